// 工作台 extras: how many children are overdue (a link to the list filtered to them), the mandatory reports
// not yet made to the police (count and the first few), and, for those who may read the audit trail, the
// latest changes to files in the region.
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Row, Spin, Statistic, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { MandatoryReportItem, MandatoryReportList, RecentChange } from '../../api/dashboard';
import type { ChildListItem, Page } from '../../api/types';
import { chineseDate, chineseDateTime } from '../../shared/format';
import { ApiProblem } from '../../shared/NotYetAvailable';
import { FIELD_NAMES } from '../child/names';
import { auditActionName } from './auditNames';

const SHOWN_REPORTS = 5;

/** The counts at the top: overdue children (→ the list filtered to them) and open mandatory reports. */
export function DashboardStats({ reports }: { reports: boolean }) {
  const overdue = useQuery<Page<ChildListItem>, ApiError>({
    queryKey: ['children', { overdue: true, pageSize: 1 }],
    queryFn: () => api.get('/children', { query: { overdue: true, pageSize: 1 } }),
  });
  const open = useOpenReports(reports);
  return (
    <Row gutter={[12, 12]}>
      <Col xs={12} md={6}>
        <Link to="/children?overdue=true" aria-label="逾期走访联系的儿童">
          <Card size="small" hoverable>
            <Statistic
              title="逾期走访联系"
              value={overdue.data?.total ?? '—'}
              suffix={overdue.data ? '名' : undefined}
              styles={{ content: { color: overdue.data?.total ? '#cf1322' : undefined } }}
              loading={overdue.isPending && !overdue.error}
            />
          </Card>
        </Link>
      </Col>
      {reports && (
        <Col xs={12} md={6}>
          <a href="#mandatory-reports" aria-label="未报告的强制报告">
            <Card size="small" hoverable>
              <Statistic
                title="强制报告待报告"
                value={open.data?.total ?? '—'}
                suffix={open.data ? '件' : undefined}
                styles={{ content: { color: open.data?.total ? '#cf1322' : undefined } }}
                loading={open.isPending && !open.error}
              />
            </Card>
          </a>
        </Col>
      )}
    </Row>
  );
}

export function useOpenReports(enabled: boolean) {
  return useQuery<MandatoryReportList, ApiError>({
    queryKey: ['mandatory-reports', 'open'],
    queryFn: () => api.get('/mandatory-reports', { query: { status: 'open' } }),
    enabled,
  });
}

/** The mandatory reports not yet made to the police, the longest open first as the API orders them. */
export function OpenMandatoryReports({ hideEmpty = false }: { hideEmpty?: boolean }) {
  const open = useOpenReports(true);
  const data = open.data;
  // On the supervisor's 工作台 the card is an action item: shown only while some report is still to make.
  if (hideEmpty && !data?.total) return null;
  return (
    <Card
      id="mandatory-reports"
      title="强制报告（待向公安机关报告）"
      extra={data ? <span className="muted">共 {data.total} 件</span> : null}
    >
      {open.error ? (
        <ApiProblem error={open.error} what="强制报告" />
      ) : !data ? (
        <div className="center">
          <Spin />
        </div>
      ) : data.items.length ? (
        <>
          <ul className="child-rows" aria-label="待报告的强制报告">
            {data.items.slice(0, SHOWN_REPORTS).map((r: MandatoryReportItem) => (
              <li key={r.id}>
                <Link to={`/children/${r.childId}`} className={r.alert ? 'child-row overdue' : 'child-row'}>
                  <span className="child-row-main">
                    <span className="child-row-name">
                      {r.child.name} {r.alert && <Tag color="red">超过{data.thresholdHours}小时未报告</Tag>}
                    </span>
                    <span className="child-row-sub">
                      {r.situationName} · {r.child.townshipName ?? ''}
                      {r.child.villageName ?? ''} · {chineseDate(r.discoveredOn)}发现
                    </span>
                  </span>
                  <span className={r.alert ? 'child-row-due late' : 'child-row-due'}>
                    {r.hoursOpen === null ? r.statusName : `已${Math.floor(r.hoursOpen)}小时`}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          {data.total > SHOWN_REPORTS && (
            <div className="muted" style={{ marginTop: 8 }}>
              仅显示前 {SHOWN_REPORTS} 件（共 {data.total} 件）。
            </div>
          )}
        </>
      ) : (
        <Empty description="没有待报告的强制报告" />
      )}
    </Card>
  );
}

function changedFields(c: RecentChange): string {
  const names = c.changes.map((ch) => FIELD_NAMES[ch.field]).filter(Boolean);
  return names.length ? names.slice(0, 4).join('、') + (names.length > 4 ? ' 等' : '') : '';
}

/** 最近变更: the latest changes to the files of the region (reads left out), newest first. */
export function RecentChanges() {
  const recent = useQuery<{ items: RecentChange[] }, ApiError>({
    queryKey: ['audit', 'recent'],
    queryFn: () => api.get('/audit/recent', { query: { limit: 20 } }),
  });
  if (recent.error)
    return (
      <Card title="最近变更">
        <ApiProblem error={recent.error} what="最近变更" />
      </Card>
    );
  return (
    <Card title="最近变更">
      <Table<RecentChange>
        aria-label="最近变更"
        rowKey="id"
        size="small"
        loading={recent.isPending}
        dataSource={recent.data?.items}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: '辖区内暂无变更' }}
        columns={[
          { title: '时间', dataIndex: 'occurredAt', width: 170, render: (t: string) => chineseDateTime(t) },
          { title: '操作人', dataIndex: 'actorName', width: 140 },
          {
            title: '儿童',
            dataIndex: 'childName',
            width: 160,
            render: (name: string, c) => (
              <span>
                <Link to={`/children/${c.childId}`}>{name}</Link>
                {c.villageName && <span className="muted"> · {c.villageName}</span>}
              </span>
            ),
          },
          {
            title: '操作',
            dataIndex: 'action',
            render: (action: string, c) => {
              const fields = changedFields(c);
              return (
                <span>
                  {auditActionName(action)}
                  {fields && action === 'child.updated' && <span className="muted">（{fields}）</span>}
                </span>
              );
            },
          },
        ]}
      />
    </Card>
  );
}
