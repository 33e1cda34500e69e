// 儿童主任台账: the ledger of child directors and supervisors, coverage per village, and trainings.
import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useSignedIn } from '../../auth/session';
import { withFeedback } from '../../shared/withFeedback';
import { CoverageTab } from './CoverageTab';
import { LedgerTab } from './LedgerTab';
import { TrainingsTab } from './TrainingsTab';

function WorkforcePage() {
  const me = useSignedIn();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'ledger';
  return (
    <Card title="儿童主任台账">
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'ledger' ? {} : { tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'ledger', label: '人员台账', children: <LedgerTab me={me} /> },
          { key: 'coverage', label: '配备情况', children: <CoverageTab me={me} /> },
          { key: 'trainings', label: '培训', children: <TrainingsTab me={me} /> },
        ]}
      />
    </Card>
  );
}

export default withFeedback(WorkforcePage);
