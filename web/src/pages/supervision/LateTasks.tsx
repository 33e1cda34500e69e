// The plan's late tasks at a glance: not done and past their due date (or the plan's end when they have none).
import { Table, Tag } from 'antd';
import type { LateTask } from '../../api/supervision';
import { chineseDate } from '../../shared/format';

export function LateTasks({ tasks }: { tasks: LateTask[] }) {
  return (
    <Table<LateTask>
      rowKey="id"
      size="small"
      className="supervision-late"
      dataSource={tasks}
      pagination={false}
      scroll={{ x: 900 }}
      locale={{ emptyText: '没有逾期任务' }}
      columns={[
        { title: '序号', dataIndex: 'taskNo', width: 60, render: (n) => n ?? '—' },
        { title: '重点任务', dataIndex: 'title', width: 180 },
        { title: '所属行动', dataIndex: 'actionTitle', width: 150 },
        {
          title: '完成时限',
          dataIndex: 'dueOn',
          width: 200,
          render: (d: string, t) => (
            <span>
              {chineseDate(d)}
              {t.dueFromPlan ? '（方案结束日）' : ''}
            </span>
          ),
        },
        {
          title: '逾期',
          dataIndex: 'daysLate',
          width: 90,
          render: (n: number) => <Tag color="red">逾期{n}天</Tag>,
        },
        {
          title: '责任单位',
          dataIndex: 'units',
          render: (units: string[]) => (
            <span>
              {units.map((u) => (
                <Tag key={u}>{u}</Tag>
              ))}
            </span>
          ),
        },
      ]}
    />
  );
}
