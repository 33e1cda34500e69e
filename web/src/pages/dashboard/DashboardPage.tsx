// 工作台: a director sees their children due this week and overdue first; a township or county sees its
// sub-regions rolled up, and the children most overdue. Both see how many are overdue and the mandatory
// reports still to be made; those who may read the audit trail also see the latest changes.
import { Space } from 'antd';
import { can, useSignedIn } from '../../auth/session';
import { ComparisonDueCard, ScreeningDue } from './CareDue';
import { DashboardStats, OpenMandatoryReports, RecentChanges } from './DashboardExtras';
import { DepartmentGaps } from './DepartmentGaps';
import { DueList } from './DueList';
import { RegionSummary } from './RegionSummary';

export default function DashboardPage() {
  const me = useSignedIn();
  const reports = can(me, 'mandatory_report.read');
  if (me.role === 'director')
    return (
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <DashboardStats reports={reports} />
        {can(me, 'screening.read') && <ScreeningDue />}
        <DueList title="我的儿童：逾期与7日内到期" />
        {reports && <OpenMandatoryReports />}
      </Space>
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <DashboardStats reports={reports} />
      {can(me, 'screening.read') && <ScreeningDue />}
      {can(me, 'comparison.run') && <ComparisonDueCard />}
      {can(me, 'department.manage') && <DepartmentGaps />}
      <RegionSummary />
      {reports && <OpenMandatoryReports />}
      {can(me, 'audit.read') && <RecentChanges />}
      <DueList title="辖区内逾期与7日内到期的儿童" />
    </Space>
  );
}
