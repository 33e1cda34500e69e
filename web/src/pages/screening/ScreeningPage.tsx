// 排查轮次: where the local policy document sets full screenings (江宁 “一年两排”, 000 (一)1) — the rule and its
// citation, whether this period's round has started, each round village by village until every child is
// seen (a home visit within its dates, or a screening record), and the children not yet seen.
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  Modal,
  Progress,
  Space,
  Table,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { RoundChildren, RoundProgress, RoundSummary, ScreeningOverview } from '../../api/care';
import { can, useSignedIn } from '../../auth/session';
import { Citation } from '../../shared/Citation';
import { chineseDate, todayInChina } from '../../shared/format';
import { ApiProblem } from '../../shared/NotYetAvailable';
import { withFeedback } from '../../shared/withFeedback';

const STATE: Record<RoundSummary['state'], { text: string; color: string }> = {
  upcoming: { text: '未开始', color: 'default' },
  open: { text: '进行中', color: 'blue' },
  complete: { text: '已全部见到', color: 'green' },
  overdue: { text: '逾期未完成', color: 'red' },
};

function OpenRound({ open, onClose }: { open: boolean; onClose: () => void }) {
  const me = useSignedIn();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ name?: string; dates: [Dayjs, Dayjs] }>();
  const save = useMutation<{ name: string }, ApiError, { name?: string; dates: [Dayjs, Dayjs] }>({
    mutationFn: (v) =>
      api.post('/screening/rounds', {
        body: {
          regionCode: me.regionCode.slice(0, 6),
          name: v.name || null,
          startsOn: v.dates[0].format('YYYY-MM-DD'),
          endsOn: v.dates[1].format('YYYY-MM-DD'),
        },
      }),
    onSuccess: (r) => {
      message.success(`已开展${r.name}`);
      form.resetFields();
      void client.invalidateQueries({ queryKey: ['screening'] });
      onClose();
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <Modal
      title="开展一轮全面排查"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="开展"
      cancelText="取消"
      confirmLoading={save.isPending}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="dates" label="起止日期" rules={[{ required: true, message: '请选择起止日期' }]}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item name="name" label="名称（可不填，默认“某年第N轮全面排查”）">
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function UnseenModal({
  round,
  village,
  onClose,
}: {
  round: RoundSummary;
  village: string | null;
  onClose: () => void;
}) {
  const me = useSignedIn();
  const { message } = App.useApp();
  const client = useQueryClient();
  const children = useQuery<RoundChildren, ApiError>({
    queryKey: ['screening', 'unseen', round.id, village],
    queryFn: () =>
      api.get('/screening/rounds/{id}/children', {
        params: { id: round.id },
        query: { village: village ?? undefined },
      }),
    enabled: village !== null,
  });
  const today = todayInChina();
  const seenOn = today > round.endsOn ? round.endsOn : today;
  const seen = useMutation<unknown, ApiError, string>({
    mutationFn: (childId) =>
      api.post('/screening/rounds/{id}/seen', { params: { id: round.id }, body: { childId, seenOn } }),
    onSuccess: () => {
      message.success('已记录');
      void client.invalidateQueries({ queryKey: ['screening'] });
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <Modal
      title={`${round.name}：尚未见到的儿童`}
      open={village !== null}
      onCancel={onClose}
      footer={null}
      width={680}
    >
      {children.error && <ApiProblem error={children.error} what="名单" />}
      <Table
        className="screening-unseen"
        rowKey="childId"
        size="small"
        loading={children.isPending}
        dataSource={children.data?.items}
        pagination={false}
        locale={{ emptyText: '全部已见到' }}
        columns={[
          {
            title: '姓名',
            dataIndex: 'name',
            render: (n: string, c) => <Link to={`/children/${c.childId}`}>{n}</Link>,
          },
          { title: '村（社区）', dataIndex: 'villageName' },
          { title: '年龄', dataIndex: 'age', render: (n: number) => `${n}岁` },
          { title: '上次走访', dataIndex: 'lastVisitOn', render: (d: string | null) => chineseDate(d) },
          ...(can(me, 'screening.record') && round.startsOn <= today
            ? [
                {
                  title: '',
                  key: 'seen',
                  render: (_: unknown, c: RoundChildren['items'][number]) => (
                    <Button
                      size="small"
                      loading={seen.isPending && seen.variables === c.childId}
                      onClick={() => seen.mutate(c.childId)}
                    >
                      记录已见到（{chineseDate(seenOn)}）
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Modal>
  );
}

function RoundCard({ round }: { round: RoundSummary }) {
  const [village, setVillage] = useState<string | null>(null);
  const progress = useQuery<RoundProgress, ApiError>({
    queryKey: ['screening', 'round', round.id],
    queryFn: () => api.get('/screening/rounds/{id}', { params: { id: round.id } }),
  });
  const state = STATE[round.state];
  return (
    <Card
      size="small"
      className="screening-round"
      title={`${round.name}（${chineseDate(round.startsOn)} 至 ${chineseDate(round.endsOn)}）`}
      extra={<Tag color={state.color}>{state.text}</Tag>}
      style={{ marginBottom: 12 }}
    >
      <Progress
        percent={round.children ? Math.round((round.seen / round.children) * 100) : 100}
        format={() => `${round.seen}/${round.children}`}
      />
      {progress.error && <ApiProblem error={progress.error} what="进度" />}
      <Table
        className="screening-villages"
        rowKey="villageCode"
        // Each row counts its children in a field named `children`, which a table would read as nested rows.
        expandable={{ childrenColumnName: 'nestedRows' }}
        size="small"
        loading={progress.isPending}
        dataSource={progress.data?.villages}
        pagination={{ pageSize: 30, hideOnSinglePage: true }}
        columns={[
          { title: '乡镇（街道）', dataIndex: 'townshipName' },
          { title: '村（社区）', dataIndex: 'villageName' },
          { title: '应排查', dataIndex: 'children' },
          { title: '已见到', dataIndex: 'seen' },
          {
            title: '未见到',
            dataIndex: 'unseen',
            render: (n: number, v) =>
              n ? (
                <Button type="link" danger size="small" onClick={() => setVillage(v.villageCode)}>
                  {n} 名
                </Button>
              ) : (
                0
              ),
          },
        ]}
      />
      <UnseenModal round={round} village={village} onClose={() => setVillage(null)} />
    </Card>
  );
}

function ScreeningPage() {
  const me = useSignedIn();
  const [opening, setOpening] = useState(false);
  const overview = useQuery<ScreeningOverview, ApiError>({
    queryKey: ['screening', 'overview'],
    queryFn: () => api.get('/screening/overview'),
  });
  const o = overview.data;
  return (
    <Card
      title="排查轮次"
      extra={
        o?.applies && can(me, 'screening.manage') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
            开展新一轮排查
          </Button>
        ) : null
      }
    >
      {overview.error && <ApiProblem error={overview.error} what="排查轮次" />}
      {o && !o.applies && (
        <Empty
          description={`${o.regionName}所在地的政策文件未规定全面排查的轮次（如江宁区“一年两排”），无需按轮次排查。`}
        />
      )}
      {o?.applies && o.rule && o.schedule && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Alert
            type={
              o.schedule.overdue || o.overdueRounds.length
                ? 'error'
                : o.schedule.startedThisPeriod
                  ? 'success'
                  : 'warning'
            }
            showIcon
            title={
              <span>
                {o.rule.text} <Citation source={o.rule.source} />
              </span>
            }
            description={
              (o.schedule.startedThisPeriod
                ? `本期（${o.schedule.period?.label}）已开展排查。`
                : `本期（${o.schedule.period?.label}）尚未开展排查，应于 ${chineseDate(o.schedule.nextDueBy)} 前开展。`) +
              (o.schedule.overdue ? '上一期未开展排查。' : '') +
              (o.overdueRounds.length ? `逾期未完成的轮次 ${o.overdueRounds.length} 个。` : '')
            }
          />
          {o.rounds.length ? (
            o.rounds.map((r) => <RoundCard key={r.id} round={r} />)
          ) : (
            <Empty description="尚未开展排查" />
          )}
        </Space>
      )}
      <OpenRound open={opening} onClose={() => setOpening(false)} />
    </Card>
  );
}

export default withFeedback(ScreeningPage);
