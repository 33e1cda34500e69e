// 培训: the year's coverage per county and role (每年全覆盖: trained = total) and the courses held.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Progress, Select, Space, Table } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Training, TrainingCoverage } from '../../api/workforce';
import type { Me } from '../../api/types';
import { can } from '../../auth/session';
import { chineseDate, todayInChina } from '../../shared/format';
import { AttendeesModal } from './AttendeesModal';
import { TrainingForm } from './TrainingForm';

export function TrainingsTab({ me }: { me: Me }) {
  const thisYear = Number(todayInChina().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [adding, setAdding] = useState<Training | null>(null);
  const manage = can(me, 'workforce.manage');
  const coverage = useQuery<TrainingCoverage, ApiError>({
    queryKey: ['training-coverage', year],
    queryFn: () => api.get('/workforce/training-coverage', { query: { year } }),
  });
  const trainings = useQuery<{ items: Training[] }, ApiError>({
    queryKey: ['trainings', year],
    queryFn: () => api.get('/workforce/trainings', { query: { year } }),
  });
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Select
          aria-label="年度"
          style={{ width: 120 }}
          value={year}
          onChange={setYear}
          options={[0, 1, 2, 3].map((n) => ({ value: thisYear - n, label: `${thisYear - n}年` }))}
        />
      </Space>
      {coverage.error && <Alert type="error" showIcon title={coverage.error.message} />}
      <Card size="small" title={`${year}年培训覆盖`} style={{ marginBottom: 16 }}>
        <Table
          rowKey={(r) => `${r.countyCode}-${r.role}`}
          size="small"
          className="training-coverage"
          pagination={false}
          loading={coverage.isFetching}
          dataSource={coverage.data?.items}
          locale={{ emptyText: '本年没有在岗人员' }}
          columns={[
            { title: '县（市、区）', dataIndex: 'countyName', render: (n, r) => n ?? r.countyCode },
            { title: '岗位', dataIndex: 'roleName' },
            { title: '在岗人数', dataIndex: 'total' },
            { title: '已培训', dataIndex: 'trained' },
            { title: '未培训', dataIndex: 'untrained' },
            {
              title: '覆盖率',
              dataIndex: 'rate',
              width: 220,
              render: (rate: number | null) =>
                rate === null ? (
                  '—'
                ) : (
                  <Progress
                    percent={Math.round(rate * 1000) / 10}
                    size="small"
                    status={rate >= 1 ? 'success' : 'normal'}
                  />
                ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={`${year}年培训班`}>
        {trainings.error && <Alert type="error" showIcon title={trainings.error.message} />}
        <Table<Training>
          rowKey="id"
          size="small"
          className="trainings"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          loading={trainings.isFetching}
          dataSource={trainings.data?.items}
          locale={{ emptyText: '本年尚未登记培训班' }}
          columns={[
            { title: '日期', dataIndex: 'heldOn', render: (d) => chineseDate(d) },
            { title: '培训名称', dataIndex: 'title' },
            { title: '类别', dataIndex: 'kindName' },
            { title: '组织层级', dataIndex: 'organiserLevelName' },
            { title: '参加人数', dataIndex: 'attendees' },
            ...(manage
              ? [
                  {
                    title: '',
                    key: 'add',
                    render: (_: unknown, t: Training) => (
                      <Button type="link" size="small" onClick={() => setAdding(t)}>
                        补登参加人员
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {manage && <TrainingForm me={me} />}
      <AttendeesModal training={adding} onClose={() => setAdding(null)} />
    </>
  );
}
