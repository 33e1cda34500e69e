// 工作台: a director sees their children due this week and overdue first; a township or county sees what
// needs action today first and the rest folded (RegionDashboard.tsx).
import { Space } from 'antd';
import { can, useSignedIn } from '../../auth/session';
import { ScreeningDue } from './CareDue';
import { DashboardStats, OpenMandatoryReports } from './DashboardExtras';
import { DueList } from './DueList';
import { RegionDashboard } from './RegionDashboard';

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
  return <RegionDashboard />;
}
