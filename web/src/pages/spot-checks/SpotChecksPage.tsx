// 档案抽查: whether this period's check is due or overdue, the year's report, the checks so far, and drawing a
// new reproducible sample; a check opens with its files, suggestions, review and fixes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { SpotCheckSchedule, SpotCheckSummary, SpotCheckYearReport } from '../../api/supervision';
import { can, useSignedIn } from '../../auth/session';
import { chineseDate, todayInChina } from '../../shared/format';
import { withFeedback } from '../../shared/withFeedback';
import { CheckDetail } from './CheckDetail';

function DrawModal({
  open,
  onClose,
  onDrawn,
}: {
  open: boolean;
  onClose: () => void;
  onDrawn: (id: string) => void;
}) {
  const me = useSignedIn();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ size?: number; seed?: string }>();
  const draw = useMutation<
    { id: string; population: number; sampleSize: number },
    ApiError,
    { size?: number; seed?: string }
  >({
    mutationFn: (v) =>
      api.post('/spot-checks', {
        body: { regionCode: me.regionCode, size: v.size ?? null, seed: v.seed || null },
      }),
    onSuccess: (r) => {
      message.success(`已从 ${r.population} 份档案中抽取 ${r.sampleSize} 份`);
      form.resetFields();
      onDrawn(r.id);
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <Modal
      open={open}
      title="抽取档案"
      okText="抽取"
      cancelText="取消"
      okButtonProps={{ loading: draw.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" onFinish={(v) => draw.mutate(v)}>
        <Form.Item name="size" label="抽取份数（不填则按档案数的5%，至少10份）">
          <InputNumber min={1} max={10000} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="seed" label="随机种子（不填则随机生成；同一种子可重现同一样本）">
          <Input maxLength={64} style={{ width: 260 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SpotChecksPage() {
  const me = useSignedIn();
  const client = useQueryClient();
  const thisYear = Number(todayInChina().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [open, setOpen] = useState<string | null>(null);
  const [drawing, setDrawing] = useState(false);
  const schedule = useQuery<SpotCheckSchedule, ApiError>({
    queryKey: ['spot-checks', 'schedule'],
    queryFn: () => api.get('/spot-checks/schedule'),
  });
  const checks = useQuery<{ items: SpotCheckSummary[] }, ApiError>({
    queryKey: ['spot-checks', 'list', year],
    queryFn: () => api.get('/spot-checks', { query: { year } }),
  });
  const report = useQuery<SpotCheckYearReport, ApiError>({
    queryKey: ['spot-checks', 'report', year],
    queryFn: () => api.get('/spot-checks/report', { query: { year } }),
  });
  const s = schedule.data;
  const r = report.data;
  return (
    <Card
      title="档案抽查"
      extra={
        can(me, 'spotcheck.manage') && (
          <Button type="primary" onClick={() => setDrawing(true)}>
            抽取档案
          </Button>
        )
      }
    >
      {schedule.error && (
        <Alert type="error" showIcon title={schedule.error.message} style={{ marginBottom: 16 }} />
      )}
      {s && (
        <Alert
          className="spot-check-schedule"
          type={s.overdue ? 'error' : s.doneThisPeriod ? 'success' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          title={
            s.overdue
              ? s.period
                ? `档案抽查已逾期：上一期未开展抽查，本期（${s.period.label}）应于 ${chineseDate(s.nextDueBy)} 前完成`
                : `档案抽查已逾期：原应于 ${chineseDate(s.nextDueBy)} 前完成`
              : s.doneThisPeriod
                ? // Drift: the schedule's period is nullable in the API (spot-checks); the page assumed it present here.
                  `${s.period?.label ?? '本期'} 已开展抽查（${chineseDate(s.lastCheckOn)}），下次应于 ${chineseDate(s.nextDueBy)} 前开展`
                : `本期（${s.period?.label ?? '—'}）应于 ${chineseDate(s.nextDueBy)} 前开展抽查`
          }
          description={`${s.rule.text}（${s.rule.source}）`}
        />
      )}
      <Select
        aria-label="年度"
        style={{ width: 120, marginBottom: 16 }}
        value={year}
        onChange={setYear}
        options={[0, 1, 2].map((n) => ({ value: thisYear - n, label: `${thisYear - n}年` }))}
      />
      {r && (
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          <Col xs={12} md={4}>
            <Statistic title="抽查次数" value={r.checksDone} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title="抽取档案" value={r.filesDrawn} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title="已检查" value={r.filesChecked} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title="有问题的档案" value={r.filesWithProblems} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title="发现问题" value={r.problemsFound} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title="已整改" value={r.problemsFixed} />
          </Col>
        </Row>
      )}
      {r && r.byKind.length > 0 && (
        <Typography.Paragraph type="secondary">
          按问题类别：
          {r.byKind.map((k) => `${k.name} ${k.found ?? 0} 个（已整改 ${k.fixed ?? 0}）`).join('；')}
        </Typography.Paragraph>
      )}
      {checks.error && <Alert type="error" showIcon title={checks.error.message} />}
      <Table<SpotCheckSummary>
        rowKey="id"
        size="middle"
        className="spot-checks"
        loading={checks.isFetching}
        dataSource={checks.data?.items}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: `${year}年尚未开展档案抽查` }}
        columns={[
          { title: '抽取日期', dataIndex: 'drawnOn', render: (d) => chineseDate(d) },
          { title: '档案总数', dataIndex: 'population' },
          { title: '抽取', dataIndex: 'sampleSize' },
          { title: '已检查', dataIndex: 'checked' },
          { title: '发现问题', dataIndex: 'findings' },
          { title: '已整改', dataIndex: 'fixed' },
          { title: '随机种子', dataIndex: 'seed', render: (v) => <span className="mono">{v}</span> },
          { title: '抽取人', dataIndex: 'drawnBy', render: (v) => v ?? '—' },
          {
            title: '',
            key: 'open',
            render: (_, c) => (
              <Button type="link" size="small" onClick={() => setOpen(c.id)}>
                查看
              </Button>
            ),
          },
        ]}
      />
      <DrawModal
        open={drawing}
        onClose={() => setDrawing(false)}
        onDrawn={(id) => {
          setDrawing(false);
          void client.invalidateQueries({ queryKey: ['spot-checks'] });
          setOpen(id);
        }}
      />
      <CheckDetail
        checkId={open}
        onClose={() => setOpen(null)}
        canReview={can(me, 'spotcheck.manage')}
        canFix={can(me, 'spotcheck.fix')}
      />
    </Card>
  );
}

export default withFeedback(SpotChecksPage);
