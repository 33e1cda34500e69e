// The department kinds referrals need and a county has not registered, as the bureau reads them (部门管理 and
// the 工作台).
import { Alert, Tag } from 'antd';
import type { DepartmentGap } from '../../api/departments';

/** The kinds referrals need and the county lacks, as the bureau reads them. */
export function GapAlert({ gaps }: { gaps: DepartmentGap[] }) {
  if (!gaps.length) return null;
  const byCounty = new Map<string, DepartmentGap[]>();
  for (const g of gaps)
    byCounty.set(g.countyName ?? g.countyCode, [...(byCounty.get(g.countyName ?? g.countyCode) ?? []), g]);
  return (
    <Alert
      type="warning"
      showIcon
      className="department-gaps"
      title="以下部门尚未登记：发现相应情况时无法报送"
      description={[...byCounty].map(([county, list]) => (
        <div key={county}>
          {byCounty.size > 1 && `${county}：`}
          {list.map((g) => (
            <Tag key={g.kind} color="orange" title={`报送事项：${g.findings.join('；')}`}>
              {g.kindName}
            </Tag>
          ))}
        </div>
      ))}
    />
  );
}
