// 关爱活动: the care activities that reached this child or its family (DOMAIN.md §7), newest first.
import { useQuery } from '@tanstack/react-query';
import { Table } from 'antd';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { ChildActivity } from '../../api/care';
import type { ChildFile } from '../../api/types';
import { chineseDate } from '../../shared/format';
import { ApiProblem } from '../../shared/NotYetAvailable';

export function CareActivitiesTab({ child }: { child: ChildFile }) {
  const activities = useQuery<{ items: ChildActivity[] }, ApiError>({
    queryKey: ['child', child.id, 'care-activities'],
    queryFn: () => api.get('/children/{id}/care-activities', { params: { id: child.id } }),
  });
  if (activities.error) return <ApiProblem error={activities.error} what="关爱活动" />;
  return (
    <Table<ChildActivity>
      className="child-care-activities"
      rowKey={(a) => `${a.id}:${a.as}`}
      size="small"
      loading={activities.isPending}
      dataSource={activities.data?.items}
      pagination={false}
      locale={{ emptyText: '尚无覆盖该儿童或其家庭的关爱活动' }}
      columns={[
        { title: '日期', dataIndex: 'heldOn', width: 140, render: (d: string) => chineseDate(d) },
        { title: '类型', dataIndex: 'kindName', width: 150 },
        { title: '活动名称', dataIndex: 'title' },
        { title: '地点', dataIndex: 'place' },
        { title: '组织单位', dataIndex: 'organiserName' },
        { title: '覆盖', dataIndex: 'asName', width: 120 },
      ]}
    />
  );
}
