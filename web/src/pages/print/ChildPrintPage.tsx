// 一人一档 for printing: the child's file on A4, its sections one after another instead of in tabs — basic
// facts, family and guardianship, assessment, visits and contacts, interventions. Each section reads through the
// same API as the tabs, so each read is recorded as it is on screen.
import { Alert, Card } from 'antd';
import { useParams } from 'react-router-dom';
import { chineseDate, todayInChina } from '../../shared/format';
import { LevelTag } from '../../shared/LevelTag';
import { PageLoading } from '../../shared/PageLoading';
import { withFeedback } from '../../shared/withFeedback';
import { AssessmentTab } from '../child/AssessmentTab';
import { BasicTab } from '../child/BasicTab';
import { ContactsTab } from '../child/ContactsTab';
import { FamilyTab } from '../child/FamilyTab';
import { InterventionsTab } from '../child/InterventionsTab';
import { useChildFile } from '../child/useChild';
import { PrintToolbar } from './PrintToolbar';

/** The full-width space a Chinese form puts between items on one line. */
const GAP = '\u3000';

function ChildPrintPage() {
  const { id = '' } = useParams();
  const file = useChildFile(id);
  if (file.isPending) return <PageLoading />;
  if (file.error)
    return (
      <Card>
        <PrintToolbar ready={false} />
        <Alert
          type="error"
          showIcon
          title={file.error.status === 404 ? '未找到该儿童档案，或不在您的辖区内' : file.error.message}
        />
      </Card>
    );
  const child = file.data;
  const sections = [
    { title: '基本信息', body: <BasicTab child={child} /> },
    { title: '家庭与监护', body: <FamilyTab child={child} /> },
    { title: '风险评估', body: <AssessmentTab child={child} /> },
    { title: '走访记录', body: <ContactsTab child={child} /> },
    { title: '帮扶干预', body: <InterventionsTab child={child} /> },
  ];
  return (
    <Card>
      <PrintToolbar ready />
      <div className="print-doc">
        <h1>儿童档案</h1>
        <div className="print-meta">
          {child.name}
          {GAP}
          {child.gender === 'male' ? '男' : child.gender === 'female' ? '女' : ''}
          {GAP}
          {child.age}岁{GAP}
          {child.townshipName}
          {child.villageName}
          {GAP}
          <LevelTag level={child.level} />
          {GAP}打印日期：{chineseDate(todayInChina())}
        </div>
        {sections.map((s) => (
          <section key={s.title} className="print-section">
            <h2>{s.title}</h2>
            {s.body}
          </section>
        ))}
      </div>
    </Card>
  );
}

export default withFeedback(ChildPrintPage);
