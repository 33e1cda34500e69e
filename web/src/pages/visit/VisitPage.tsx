// 走访联系: pick a child from "my children", record what was found.
import { useParams } from 'react-router-dom';
import { MyChildren } from './MyChildren';
import { RecordContact } from './RecordContact';

export default function VisitPage() {
  const { id } = useParams();
  return <div className="visit-page">{id ? <RecordContact key={id} childId={id} /> : <MyChildren />}</div>;
}
