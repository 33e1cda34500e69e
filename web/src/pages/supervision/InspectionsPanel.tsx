// 督促检查: whether this period's inspection is done, the record so far, and the bureau's form for a new one.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Space, Table } from 'antd';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Plan, PlanOverview } from '../../api/supervision';
import { chineseDate, todayInChina } from '../../shared/format';
import { DateInput } from '../../shared/DateInput';

interface InspectionForm {
  inspectedOn: string;
  inspector: string;
  method?: string;
  findings: string;
  followUp?: string;
}

export function InspectionsPanel({
  plan,
  overview,
  canManage,
}: {
  plan: Plan;
  overview: PlanOverview;
  canManage: boolean;
}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<InspectionForm>();
  const add = useMutation<{ id: string }, ApiError, InspectionForm>({
    mutationFn: (v) =>
      api.post('/supervision/plans/{id}/inspections', {
        params: { id: plan.id },
        body: {
          ...v,
          method: v.method || null,
          followUp: v.followUp || null,
        },
      }),
    onSuccess: () => {
      message.success('已记录督促检查');
      form.resetFields();
      void client.invalidateQueries({ queryKey: ['supervision'] });
    },
    onError: (e) => message.error(e.message),
  });
  const status = overview.inspections;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type={status.overdue ? 'error' : status.doneThisPeriod ? 'success' : 'info'}
        showIcon
        title={
          status.overdue
            ? status.nextDueBy >= todayInChina()
              ? `督促检查已逾期：上一期未开展，本期应于 ${chineseDate(status.nextDueBy)} 前完成`
              : `督促检查已逾期：原应于 ${chineseDate(status.nextDueBy)} 前完成`
            : status.doneThisPeriod
              ? `本期已开展督促检查，下次应于 ${chineseDate(status.nextDueBy)} 前开展`
              : `下次督促检查应于 ${chineseDate(status.nextDueBy)} 前开展`
        }
      />
      <Table
        rowKey="id"
        size="small"
        dataSource={plan.inspections}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '尚无督促检查记录' }}
        columns={[
          { title: '检查日期', dataIndex: 'inspectedOn', render: (d) => chineseDate(d) },
          { title: '检查人', dataIndex: 'inspector' },
          { title: '方式', dataIndex: 'method', render: (m) => m ?? '—' },
          { title: '发现的问题', dataIndex: 'findings' },
          { title: '整改要求', dataIndex: 'followUp', render: (f) => f ?? '—' },
        ]}
      />
      {canManage && (
        <Card size="small" title="记录督促检查">
          <Form<InspectionForm> form={form} layout="vertical" onFinish={(v) => add.mutate(v)}>
            <Space wrap>
              <Form.Item
                name="inspectedOn"
                label="检查日期"
                rules={[{ required: true, message: '请填写检查日期' }]}
              >
                <DateInput style={{ width: 160 }} />
              </Form.Item>
              <Form.Item
                name="inspector"
                label="检查人"
                rules={[{ required: true, message: '请填写检查人' }]}
              >
                <Input style={{ width: 200 }} maxLength={200} />
              </Form.Item>
              <Form.Item name="method" label="方式">
                <Input style={{ width: 200 }} maxLength={100} placeholder="实地检查、查阅资料…" />
              </Form.Item>
            </Space>
            <Form.Item
              name="findings"
              label="发现的问题"
              rules={[{ required: true, message: '请填写发现的问题' }]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="followUp" label="整改要求">
              <Input.TextArea rows={2} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={add.isPending}>
              保存
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}
