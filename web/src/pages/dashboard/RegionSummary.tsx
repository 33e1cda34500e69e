// 辖区概况 for the township and the county: per sub-region, target children by level and what is overdue,
// with the region's total.
import { useQuery } from '@tanstack/react-query';
import { Card, Spin, Table } from 'antd';
import { lazy, Suspense } from 'react';
import type { ApiError } from '../../api/client';
import type { WorklistCounts, WorklistSummary } from '../../api/types';
import { LEVELS } from '../../shared/codes';
import { LevelTag } from '../../shared/LevelTag';
import { ApiProblem } from '../../shared/NotYetAvailable';
import { fetchSummary, type SummaryRow } from './worklist';

const SummaryChart = lazy(() => import('./SummaryChart'));

/** The figures of a row, in the order of the columns after the region's name. */
function figures(c: WorklistCounts): number[] {
  return [
    c.targetChildren,
    c.overdue,
    ...LEVELS.map((l) => c.levels[l]),
    c.overdueVisits,
    c.overdueContacts,
    c.dueWithin7Days,
    c.neverVisited,
  ];
}

const HEADERS = ['服务对象', '逾期人数', ...LEVELS, '走访逾期', '联系逾期', '7日内到期', '从未走访'];

export function RegionSummary() {
  const summary = useQuery<WorklistSummary, ApiError>({
    queryKey: ['worklist', 'summary'],
    queryFn: fetchSummary,
  });
  const data = summary.data;
  // A county lists every township; those with no target children yet only push the others apart.
  const rows = data?.rows.filter((r) => r.targetChildren > 0) ?? [];
  const empty = (data?.rows.length ?? 0) - rows.length;
  return (
    <Card title={data?.regionName ? `${data.regionName}走访联系情况` : '辖区走访联系情况'}>
      {summary.error ? (
        <ApiProblem error={summary.error} what="辖区概况" />
      ) : !data ? (
        <div className="center">
          <Spin />
        </div>
      ) : (
        <>
          <Suspense
            fallback={
              <div className="center">
                <Spin />
              </div>
            }
          >
            <SummaryChart rows={rows} />
          </Suspense>
          <Table<SummaryRow>
            rowKey="regionCode"
            size="small"
            pagination={false}
            dataSource={rows}
            scroll={{ x: 900 }}
            columns={[
              {
                title: '辖区',
                dataIndex: 'regionName',
                fixed: 'left',
                render: (name: string | null, r) => name ?? r.regionCode,
              },
              ...HEADERS.map((header, i) => ({
                title: LEVELS.includes(header as (typeof LEVELS)[number]) ? (
                  <LevelTag level={header as (typeof LEVELS)[number]} short />
                ) : (
                  header
                ),
                key: String(i),
                render: (_: unknown, r: SummaryRow) => figures(r)[i],
              })),
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <strong>合计</strong>
                </Table.Summary.Cell>
                {figures(data.total).map((n, i) => (
                  <Table.Summary.Cell key={i} index={i + 1}>
                    <strong>{n}</strong>
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            )}
          />
          {empty > 0 && (
            <div className="muted" style={{ marginTop: 8 }}>
              另有 {empty} 个辖区暂无服务对象，未列出。
            </div>
          )}
        </>
      )}
    </Card>
  );
}
