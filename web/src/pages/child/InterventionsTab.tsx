// 帮扶干预: assistance and interventions given (Annex 1 counts a child as 已干预 by these), the mandatory
// reports opened for the child, and the 6-month transition after leaving basic living support.
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { api, ApiError, type ApiBody } from '../../api/client';
import type { ChildFile, Intervention } from '../../api/types';
import { can, useSignedIn } from '../../auth/session';
import { factorName, INTERVENTION_KIND_NAMES, INTERVENTION_KINDS, nameIn } from '../../shared/codes';
import { chineseDate, chineseDateTime, todayInChina } from '../../shared/format';
import { ApiProblem } from '../../shared/NotYetAvailable';
import { MANDATORY_REPORT_STATUS_NAMES } from './names';
import { DateInput } from '../../shared/DateInput';

interface NewIntervention {
  date: string;
  kind: ApiBody<'/children/{id}/interventions', 'post'>['kind'];
  note?: string;
}

function AddIntervention({ childId, onAdded }: { childId: string; onAdded: () => void }) {
  const [form] = Form.useForm<NewIntervention>();
  const { message } = App.useApp();
  const add = useMutation({
    mutationFn: (v: NewIntervention) =>
      api.post('/children/{id}/interventions', {
        params: { id: childId },
        body: {
          date: v.date,
          kind: v.kind,
          note: v.note || null,
        },
      }),
    onSuccess: () => {
      message.success('已记录帮扶干预');
      form.resetFields();
      onAdded();
    },
    onError: (e) => message.error(e instanceof ApiError ? e.message : '保存失败'),
  });
  return (
    <Form<NewIntervention>
      form={form}
      layout="inline"
      initialValues={{ date: todayInChina() }}
      onFinish={(v) => add.mutate(v)}
      className="inline-form"
    >
      <Form.Item name="date" rules={[{ required: true, message: '请选择日期' }]}>
        <DateInput aria-label="干预日期" max={todayInChina()} />
      </Form.Item>
      <Form.Item name="kind" rules={[{ required: true, message: '请选择干预类型' }]}>
        <Select
          placeholder="干预类型"
          style={{ width: 220 }}
          options={INTERVENTION_KINDS.map((k) => ({ value: k, label: INTERVENTION_KIND_NAMES[k] }))}
        />
      </Form.Item>
      <Form.Item name="note">
        <Input placeholder="说明（如：纳入低保、送医就诊）" style={{ width: 280 }} maxLength={2000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={add.isPending}>
        记录
      </Button>
    </Form>
  );
}

export function InterventionsTab({ child }: { child: ChildFile }) {
  const me = useSignedIn();
  const interventions = useQuery<{ items: Intervention[] }, ApiError>({
    queryKey: ['child', child.id, 'interventions'],
    queryFn: () => api.get('/children/{id}/interventions', { params: { id: child.id } }),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title="帮扶干预记录">
        {can(me, 'child.write') && child.status === 'active' && !interventions.error && (
          <AddIntervention childId={child.id} onAdded={() => void interventions.refetch()} />
        )}
        {interventions.error ? (
          <ApiProblem error={interventions.error} what="帮扶干预" />
        ) : (
          <Table<Intervention>
            rowKey="id"
            size="small"
            loading={interventions.isPending}
            dataSource={interventions.data?.items}
            locale={{ emptyText: '尚无帮扶干预记录' }}
            style={{ marginTop: 12 }}
            columns={[
              { title: '日期', dataIndex: 'date', render: (d: string) => chineseDate(d), width: 140 },
              { title: '类型', dataIndex: 'kind', render: (k: string) => nameIn(INTERVENTION_KIND_NAMES, k) },
              { title: '说明', dataIndex: 'note', render: (n) => n ?? '—' },
              { title: '记录人', dataIndex: 'recordedByName', render: (n) => n ?? '—', width: 140 },
            ]}
          />
        )}
      </Card>
      <Card size="small" title="强制报告">
        {child.mandatoryReports.length ? (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={child.mandatoryReports}
            columns={[
              { title: '发现日期', dataIndex: 'discoveredOn', render: (d) => chineseDate(d) },
              {
                title: '情形',
                dataIndex: 'factors',
                render: (f: string[]) => f.map(factorName).join('；') || '—',
              },
              { title: '说明', dataIndex: 'situation' },
              {
                title: '状态',
                dataIndex: 'status',
                render: (s: string) => (
                  <Tag color={s === 'open' ? 'red' : s === 'reported' ? 'gold' : 'default'}>
                    {MANDATORY_REPORT_STATUS_NAMES[s] ?? s}
                  </Tag>
                ),
              },
              { title: '启动时间', dataIndex: 'openedAt', render: (t) => chineseDateTime(t) },
            ]}
          />
        ) : (
          <Typography.Text type="secondary">无强制报告</Typography.Text>
        )}
      </Card>
      {child.supportTransitions.length > 0 && (
        <Card size="small" title="退出基本生活保障过渡期（6个月）">
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={child.supportTransitions}
            columns={[
              {
                title: '原保障',
                dataIndex: 'supportKind',
                render: (k: string) => (k === 'orphan' ? '孤儿' : '事实无人抚养儿童'),
              },
              { title: '退出日期', dataIndex: 'exitedOn', render: (d) => chineseDate(d) },
              { title: '过渡期至', dataIndex: 'endsOn', render: (d) => chineseDate(d) },
              {
                title: '状态',
                dataIndex: 'inTransition',
                render: (v: boolean) => (v ? <Tag color="processing">过渡期内</Tag> : '已结束'),
              },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
