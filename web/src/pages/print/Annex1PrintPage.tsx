// 附件1 摸排情况数据表 for printing: the form's title, unit and date, and the same table as the reports page.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Spin } from 'antd';
import { useSearchParams } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Annex1 } from '../../api/reports';
import { useSignedIn } from '../../auth/session';
import { chineseDate } from '../../shared/format';
import { withFeedback } from '../../shared/withFeedback';
import { Annex1Table } from '../reports/Annex1Table';
import '../reports/reports.css';
import { PrintToolbar } from './PrintToolbar';

/** The full-width space a Chinese form puts between items on one line. */
const GAP = '\u3000';

function Annex1PrintPage() {
  const me = useSignedIn();
  const [params] = useSearchParams();
  // The unit's name as the reports page showed it (a title only: the figures are the server's for the code).
  const unit = params.get('name') ?? me.regionName ?? '';
  const query = { region: params.get('region') ?? undefined, asOf: params.get('asOf') ?? undefined };
  const annex1 = useQuery<Annex1, ApiError>({
    queryKey: ['reports', 'annex1', query],
    queryFn: () => api.get('/reports/annex1', { query }),
  });
  const d = annex1.data;
  return (
    <Card>
      <PrintToolbar ready={!!d} />
      {annex1.error && <Alert type="error" showIcon title={annex1.error.message} />}
      {!d && !annex1.error && <Spin />}
      {d && (
        <div className="print-doc">
          <div>附件1</div>
          <h1>农村留守儿童和困境儿童摸排情况数据表</h1>
          <div className="print-meta">
            填报单位：{unit}
            {GAP}
            {GAP}数据截至：{chineseDate(d.asOf)}
            {GAP}
            {GAP}服务对象合计：{d.total} 人
          </div>
          <Annex1Table data={d} />
        </div>
      )}
    </Card>
  );
}

export default withFeedback(Annex1PrintPage);
