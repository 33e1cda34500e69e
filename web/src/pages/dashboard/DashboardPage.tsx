// 工作台: a director sees their children due this week and overdue first; a township or county sees its
// sub-regions rolled up, and the children most overdue.
import { Space } from 'antd';
import { useSignedIn } from '../../auth/session';
import { DueList } from './DueList';
import { RegionSummary } from './RegionSummary';

export default function DashboardPage() {
  const me = useSignedIn();
  if (me.role === 'director') return <DueList title="我的儿童：逾期与7日内到期" />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <RegionSummary />
      <DueList title="辖区内逾期与7日内到期的儿童" />
    </Space>
  );
}
