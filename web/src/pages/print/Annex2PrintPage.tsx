// 附件2 排查表 for printing, A4 landscape: the roster's rows as the workbook has them, ID numbers masked. The
// server records each viewing, as it does each download.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Spin } from 'antd';
import { useSearchParams } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Annex2Print } from '../../api/reports';
import { chineseDate } from '../../shared/format';
import { withFeedback } from '../../shared/withFeedback';
import { PrintToolbar } from './PrintToolbar';

const LEVEL_COLOURS: Record<string, string> = {
  red: '#f8cbad',
  yellow: '#ffe699',
  blue: '#bdd7ee',
  green: '#c6e0b4',
};

/** The full-width space a Chinese form puts between items on one line. */
const GAP = '\u3000';

function Annex2PrintPage() {
  const [params] = useSearchParams();
  const query = { region: params.get('region') ?? undefined, asOf: params.get('asOf') ?? undefined };
  const annex2 = useQuery<Annex2Print, ApiError>({
    queryKey: ['reports', 'annex2-print', query],
    queryFn: () => api.get('/reports/annex2', { query }),
  });
  const d = annex2.data;
  return (
    <Card>
      <PrintToolbar ready={!!d} />
      {annex2.error && <Alert type="error" showIcon title={annex2.error.message} />}
      {!d && !annex2.error && <Spin />}
      {d && (
        <div className="print-doc landscape">
          <div>附件2</div>
          <h1>{d.regionName}农村留守儿童和困境儿童排查表</h1>
          <div className="print-meta">
            数据截至：{chineseDate(d.asOf)}
            {GAP}
            {GAP}共 {d.count} 人{GAP}
            {GAP}身份证号码只显示地址码，出生日期以年龄代替
          </div>
          <table className="print-table" aria-label="附件2 排查表">
            <thead>
              <tr>
                {d.headers.map((h) => (
                  <th key={h}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {d.rows.map((row, i) => (
                <tr key={i}>
                  {row.cells.map((cell, j) => (
                    <td
                      key={j}
                      style={
                        j === row.cells.length - 1 ? { background: LEVEL_COLOURS[row.level] } : undefined
                      }
                    >
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
              {d.rows.length === 0 && (
                <tr>
                  <td colSpan={d.headers.length}>本辖区在统计日期没有服务对象</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

export default withFeedback(Annex2PrintPage);
