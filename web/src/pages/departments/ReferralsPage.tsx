// 转介跟踪: for the township and the county, every referral sent from their region — which department has
// it, since when, and which are past the time the department had to answer (逾期), department by department.
// A row opens the referral's timeline, where the sender's side may close it or send it again.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Select, Space, Switch, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { ApiAnswer, ApiError, ApiQuery } from '../../api/client';
import { api } from '../../api/client';
import type { Department, ReferralSummary } from '../../api/departments';
import type { Page } from '../../api/types';
import { useSignedIn } from '../../auth/session';
import { chineseDate } from '../../shared/format';
import { RegionCascader } from '../../shared/RegionCascader';
import { withFeedback } from '../../shared/withFeedback';
import { ReferralDrawer } from './ReferralDrawer';
import { ChildCell, ReferralDue, ReferralStatusTag } from './ReferralParts';
import { REFERRAL_STATUS_NAMES } from './referralSteps';

type Overdue = ApiAnswer<'/referrals/overdue'>;

interface Filters {
  status: NonNullable<NonNullable<ApiQuery<'/referrals'>>['status']>;
  departmentId?: string;
  overdue: boolean;
  region?: string[];
  page: number;
}

const STATUS_OPTIONS = [
  { value: 'open', label: '待部门办理' },
  ...Object.entries(REFERRAL_STATUS_NAMES).map(([value, label]) => ({ value, label })),
  { value: 'all', label: '全部' },
];

const PAGE_SIZE = 50;

function ReferralsPage() {
  const me = useSignedIn();
  const [filters, setFilters] = useState<Filters>({ status: 'open', overdue: false, page: 1 });
  const [openId, setOpenId] = useState<string | null>(null);
  const change = (next: Partial<Filters>) => setFilters((f) => ({ ...f, page: 1, ...next }));
  const region = filters.region?.at(-1);
  // A county (or a township in it) has its own departments; a city or province picks a county first.
  const county = (region ?? me.regionCode).length >= 6 ? (region ?? me.regionCode).slice(0, 6) : undefined;

  const list = useQuery<Page<ReferralSummary> & { asOf: string }, ApiError>({
    queryKey: ['referrals', filters],
    queryFn: () =>
      api.get('/referrals', {
        query: {
          status: filters.status,
          departmentId: filters.departmentId,
          overdue: filters.overdue ? 'true' : undefined,
          region,
          page: filters.page,
          pageSize: PAGE_SIZE,
        },
      }),
    placeholderData: keepPreviousData,
  });
  const overdue = useQuery<Overdue, ApiError>({
    queryKey: ['referrals-overdue', region],
    queryFn: () => api.get('/referrals/overdue', { query: { region } }),
  });
  const departments = useQuery<{ items: Department[] }, ApiError>({
    queryKey: ['departments', county],
    queryFn: () => api.get('/departments', { query: { county } }),
    enabled: !!county,
  });
  const refresh = () => {
    void list.refetch();
    void overdue.refetch();
  };

  const columns: ColumnsType<ReferralSummary> = [
    {
      title: '儿童',
      key: 'child',
      render: (_, r) => (
        <ChildCell
          id={r.childId}
          name={r.child.name}
          detail={`${r.child.age}岁${r.child.villageName ? ` · ${r.child.villageName}` : ''}`}
        />
      ),
    },
    { title: '报送事项', dataIndex: 'findingName' },
    { title: '接收部门', key: 'department', render: (_, r) => r.department.name },
    {
      title: '报送日期',
      dataIndex: 'sentOn',
      render: (d: string, r) => (
        <span>
          {chineseDate(d)}
          {r.sends > 1 && <Tag style={{ marginInlineStart: 6 }}>第{r.sends}次报送</Tag>}
        </span>
      ),
    },
    {
      title: '答复期限',
      key: 'due',
      render: (_, r) =>
        r.status === 'answered' || r.status === 'closed' ? (
          chineseDate(r.dueOn)
        ) : (
          <ReferralDue dueOn={r.dueOn} overdue={r.overdue} daysOverdue={r.daysOverdue} />
        ),
    },
    { title: '状态', dataIndex: 'status', render: (s) => <ReferralStatusTag status={s} /> },
  ];

  return (
    <Card title="转介跟踪">
      {overdue.data && (
        <Alert
          type={overdue.data.total ? 'error' : 'success'}
          showIcon
          style={{ marginBottom: 16 }}
          title={
            overdue.data.total
              ? `逾期未答复 ${overdue.data.total} 件（截至${chineseDate(overdue.data.asOf)}）`
              : `没有逾期未答复的报送（截至${chineseDate(overdue.data.asOf)}）`
          }
          description={
            overdue.data.byDepartment.length > 0 && (
              <Space wrap className="referrals-overdue-by-department">
                {overdue.data.byDepartment.map((d) => (
                  <Tag
                    key={d.department.id}
                    color="red"
                    style={{ cursor: 'pointer' }}
                    onClick={() => change({ departmentId: d.department.id, overdue: true })}
                  >
                    {d.department.name} {d.overdue}件
                  </Tag>
                ))}
              </Space>
            )
          }
        />
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label="状态"
          style={{ width: 150 }}
          value={filters.status}
          onChange={(status) => change({ status })}
          options={STATUS_OPTIONS}
        />
        <Select
          aria-label="接收部门"
          allowClear
          placeholder={county ? '全部部门' : '先选择县'}
          style={{ width: 220 }}
          value={filters.departmentId}
          onChange={(departmentId) => change({ departmentId })}
          options={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
          disabled={!county}
        />
        <RegionCascader
          root={me.regionCode}
          value={filters.region}
          onChange={(path) => change({ region: path.length ? path : undefined, departmentId: undefined })}
          style={{ width: 240 }}
          id="referrals-region"
        />
        <Space>
          <Switch
            aria-label="只看逾期"
            checked={filters.overdue}
            onChange={(on) => change({ overdue: on })}
          />
          只看逾期
        </Space>
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />}
      <Table<ReferralSummary>
        rowKey="id"
        size="middle"
        className="referrals-table"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
        pagination={{
          current: filters.page,
          pageSize: PAGE_SIZE,
          total: list.data?.total,
          showSizeChanger: false,
          showTotal: (n) => `共 ${n} 件`,
          onChange: (page) => setFilters((f) => ({ ...f, page })),
        }}
        locale={{ emptyText: list.isFetching ? '正在载入…' : '没有报送' }}
      />
      <ReferralDrawer id={openId} side="sender" onClose={() => setOpenId(null)} onChanged={refresh} />
    </Card>
  );
}

export default withFeedback(ReferralsPage);
