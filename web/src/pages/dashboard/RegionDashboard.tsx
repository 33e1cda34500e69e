// 工作台 of a township supervisor or the county (issue 18.7): first what needs action today, in one screen —
// red cases still to handle at once, children overdue, referrals the departments have not answered in time,
// mandatory reports not yet made, unread notices, and the children to act on first (the first eight of the
// worklist: red cases to handle at once lead, then the most overdue). Duties that fall due (screening rounds,
// data comparison, missing departments) show only when due. The rest — the roll-up per sub-region, the full
// list due this week, the latest changes — is folded below and loads only when opened.
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Collapse, Row, Space, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { ChildListItem, Page, WorklistSummary } from '../../api/types';
import { can, useSignedIn } from '../../auth/session';
import { useUnreadNotices } from '../notices/notices';
import { ComparisonDueCard, ScreeningDue } from './CareDue';
import { OpenMandatoryReports, RecentChanges, useOpenReports } from './DashboardExtras';
import { DepartmentGaps } from './DepartmentGaps';
import { DueList } from './DueList';
import { RegionSummary } from './RegionSummary';
import { fetchSummary } from './worklist';

/** How many children the "today" list shows; the whole list is one click away. */
const TODAY_ROWS = 8;

function Figure(props: {
  to: string;
  label: string;
  title: string;
  value: number | undefined;
  unit: string;
  loading: boolean;
}) {
  const { value } = props;
  return (
    <Col xs={12} md={8} xl={4}>
      <Link to={props.to} aria-label={props.label}>
        <Card size="small" hoverable>
          <Statistic
            title={props.title}
            value={value ?? '—'}
            suffix={value === undefined ? undefined : props.unit}
            styles={{ content: { color: value ? '#cf1322' : undefined } }}
            loading={props.loading}
          />
        </Card>
      </Link>
    </Col>
  );
}

/** The figures that call for action today, each a link to where it is acted on. */
function TodayFigures() {
  const me = useSignedIn();
  const reports = can(me, 'mandatory_report.read');
  const summary = useQuery<WorklistSummary, ApiError>({
    queryKey: ['worklist', 'summary'],
    queryFn: fetchSummary,
  });
  const referrals = useQuery<{ total: number }, ApiError>({
    queryKey: ['referrals-overdue', undefined],
    queryFn: () => api.get('/referrals/overdue'),
    enabled: can(me, 'referral.read'),
  });
  // The same count as the list the figure opens (儿童档案 filtered to the overdue).
  const overdue = useQuery<Page<ChildListItem>, ApiError>({
    queryKey: ['children', { overdue: true, pageSize: 1 }],
    queryFn: () => api.get('/children', { query: { overdue: true, pageSize: 1 } }),
  });
  const open = useOpenReports(reports);
  const notices = useUnreadNotices();
  const total = summary.data?.total;
  return (
    <Row gutter={[12, 12]}>
      <Figure
        to="/children?awaitingHandling=true"
        label="红色待立即处置的儿童"
        title="红色待立即处置"
        value={total?.awaitingHandling}
        unit="名"
        loading={summary.isPending && !summary.error}
      />
      <Figure
        to="/children?overdue=true"
        label="逾期走访联系的儿童"
        title="逾期走访联系"
        value={overdue.data?.total}
        unit="名"
        loading={overdue.isPending && !overdue.error}
      />
      {can(me, 'referral.read') && (
        <Figure
          to={can(me, 'referral.track') ? '/referrals' : '/children'}
          label="逾期未答复的转介"
          title="转介逾期未答复"
          value={referrals.data?.total}
          unit="件"
          loading={referrals.isPending && !referrals.error}
        />
      )}
      {reports && (
        <Figure
          to={can(me, 'mandatory_report.void') ? '/mandatory-reports' : '/dashboard'}
          label="未报告的强制报告"
          title="强制报告待报告"
          value={open.data?.total}
          unit="件"
          loading={open.isPending && !open.error}
        />
      )}
      {can(me, 'notice.read') && (
        <Figure
          to="/notices"
          label="未读通知"
          title="未读通知"
          value={notices.data?.unread}
          unit="条"
          loading={notices.isPending && !notices.error}
        />
      )}
    </Row>
  );
}

export function RegionDashboard() {
  const me = useSignedIn();
  const reports = can(me, 'mandatory_report.read');
  const folded: { key: string; label: ReactNode; children: ReactNode }[] = [
    { key: 'summary', label: '各辖区走访联系情况（汇总表与图）', children: <RegionSummary /> },
    {
      key: 'due',
      label: '逾期与7日内到期的全部儿童',
      children: <DueList title="辖区内逾期与7日内到期的儿童" />,
    },
    ...(can(me, 'audit.read') ? [{ key: 'recent', label: '最近变更', children: <RecentChanges /> }] : []),
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} className="region-dashboard">
      <section aria-label="今日待办">
        <TodayFigures />
      </section>
      {can(me, 'department.manage') && <DepartmentGaps />}
      {reports && <OpenMandatoryReports hideEmpty />}
      <DueList
        title="今日先办：待立即处置与逾期最久的儿童"
        limit={TODAY_ROWS}
        moreLink="/children?overdue=true"
      />
      {can(me, 'screening.read') && <ScreeningDue />}
      {can(me, 'comparison.run') && <ComparisonDueCard />}
      <Collapse aria-label="更多情况" className="dashboard-folded" items={folded} />
    </Space>
  );
}
