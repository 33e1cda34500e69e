// Every task of the plan by action: its measures and responsible units, its deadline, done or late; the bureau
// marks a task done.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Table, Tag, Typography } from 'antd';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Plan, PlanTask } from '../../api/supervision';
import { Citation } from '../../shared/Citation';
import { chineseDate, daysBetween } from '../../shared/format';

interface Row extends PlanTask {
  actionNo: number;
  actionTitle: string;
}

export function TasksTable({ plan, asOf, canManage }: { plan: Plan; asOf: string; canManage: boolean }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const planEnd = plan.phases.reduce((end, p) => (p.endsOn > end ? p.endsOn : end), '');
  const rows: Row[] = plan.actions.flatMap((a) =>
    a.tasks.map((t) => ({ ...t, actionNo: a.no, actionTitle: a.title })),
  );
  const done = useMutation<unknown, ApiError, PlanTask>({
    mutationFn: (t) =>
      api.patch('/supervision/tasks/{id}', { params: { id: t.id }, body: { status: 'done', doneOn: asOf } }),
    onSuccess: () => {
      message.success('已标记完成');
      void client.invalidateQueries({ queryKey: ['supervision'] });
    },
    onError: (e) => message.error(e.message),
  });

  return (
    <Table<Row>
      rowKey="id"
      size="small"
      className="supervision-tasks"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1000 }}
      expandable={{
        expandedRowRender: (t) => (
          <ol style={{ margin: 0, paddingLeft: 20 }}>
            {t.measures.map((m) => (
              <li key={m.seq} style={{ marginBottom: 6 }}>
                {m.text}
                <Typography.Text type="secondary">（责任单位：{m.units.join('、')}）</Typography.Text>
              </li>
            ))}
          </ol>
        ),
        rowExpandable: (t) => t.measures.length > 0,
      }}
      columns={[
        { title: '行动', key: 'action', render: (_, t) => `${t.actionNo}. ${t.actionTitle}` },
        { title: '序号', dataIndex: 'no', width: 60, render: (n) => n ?? '—' },
        {
          title: '重点任务',
          dataIndex: 'title',
          render: (title: string, t) => (
            <span>
              {title} {t.source ? <Citation source={t.source} /> : <Tag>自行添加</Tag>}
            </span>
          ),
        },
        {
          title: '责任单位',
          key: 'units',
          render: (_, t) => [...new Set(t.measures.flatMap((m) => m.units))].join('、') || '—',
        },
        {
          title: '完成时限',
          dataIndex: 'dueOn',
          render: (d: string | null) => (d ? chineseDate(d) : `${chineseDate(planEnd)}（方案结束日）`),
        },
        {
          title: '状态',
          key: 'status',
          render: (_, t) => {
            if (t.status === 'done') return <Tag color="green">{chineseDate(t.doneOn)} 完成</Tag>;
            const due = t.dueOn ?? planEnd;
            const late = due ? daysBetween(due, asOf) : 0;
            return late > 0 ? <Tag color="red">逾期{late}天</Tag> : <Tag color="blue">推进中</Tag>;
          },
        },
        ...(canManage
          ? [
              {
                title: '',
                key: 'done',
                render: (_: unknown, t: Row) =>
                  t.status === 'open' ? (
                    <Popconfirm
                      title={`将“${t.title}”标记为完成？`}
                      okText="完成"
                      cancelText="取消"
                      onConfirm={() => done.mutate(t)}
                    >
                      <Button type="link" size="small">
                        标记完成
                      </Button>
                    </Popconfirm>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}
