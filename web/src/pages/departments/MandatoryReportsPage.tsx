// 强制报告: the reports of one's region, those not yet made to the police first (past the time limit at the
// very top), with the clock from discovery, the time limit and every step; a row opens into its timeline.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Segmented, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { MandatoryReport, MandatoryReportList } from '../../api/departments';
import { chineseDateTime } from '../../shared/format';
import { withFeedback } from '../../shared/withFeedback';
import {
  MandatoryReportSteps,
  MandatoryReportTimeline,
  ReportClock,
  ReportStatusTag,
} from './MandatoryReportParts';
import { ChildCell } from './ReferralParts';

const RANK = { open: 0, reported: 1, closed: 2 } as const;

/** Open first (those past the limit on top, longest open first), then reported, then closed; newest first. */
export function openFirst(items: MandatoryReport[]): MandatoryReport[] {
  return [...items].sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      Number(b.alert) - Number(a.alert) ||
      (b.hoursOpen ?? 0) - (a.hoursOpen ?? 0) ||
      b.discoveredAt.localeCompare(a.discoveredAt),
  );
}

function deadline(report: MandatoryReport, hours: number): string {
  return chineseDateTime(new Date(new Date(report.discoveredAt).getTime() + hours * 3_600_000).toISOString());
}

function MandatoryReportsPage() {
  const client = useQueryClient();
  const [status, setStatus] = useState<'all' | 'open' | 'reported' | 'closed'>('all');
  const list = useQuery<MandatoryReportList, ApiError>({
    queryKey: ['mandatory-reports', status],
    queryFn: () => api.get('/mandatory-reports', { query: { status } }),
  });
  const refetch = () => void client.invalidateQueries({ queryKey: ['mandatory-reports'] });
  if (list.error)
    return <Alert type="error" showIcon title="无法载入强制报告" description={list.error.message} />;
  const hours = list.data?.thresholdHours ?? 24;
  const items = openFirst(list.data?.items ?? []);
  const alerts = items.filter((r) => r.alert).length;
  return (
    <Card
      title="强制报告"
      extra={
        <Segmented
          value={status}
          onChange={(v) => setStatus(v as typeof status)}
          options={[
            { value: 'all', label: '全部' },
            { value: 'open', label: '待报告' },
            { value: 'reported', label: '已报告' },
            { value: 'closed', label: '已结案' },
          ]}
        />
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          发现侵害或疑似侵害未成年人的情形，应立即向公安机关报告；超过 {hours}{' '}
          小时仍未报告的标为“超时未报告”。
        </Typography.Text>
        {alerts > 0 && (
          <Alert type="error" showIcon title={`${alerts} 份强制报告已超过 ${hours} 小时仍未向公安机关报告`} />
        )}
        <Table<MandatoryReport>
          rowKey="id"
          loading={list.isPending}
          dataSource={items}
          locale={{ emptyText: '暂无强制报告' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          expandable={{
            expandRowByClick: true,
            expandedRowRender: (r) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <MandatoryReportSteps report={r} onDone={refetch} />
                <MandatoryReportTimeline report={r} />
              </Space>
            ),
          }}
          columns={[
            {
              title: '儿童',
              key: 'child',
              render: (_, r) => (
                <ChildCell
                  id={r.childId}
                  name={r.child.name}
                  detail={`${r.child.townshipName ?? ''}${r.child.villageName ?? ''}`}
                />
              ),
            },
            { title: '情形', dataIndex: 'situationName', width: 260 },
            { title: '状态', key: 'status', render: (_, r) => <ReportStatusTag report={r} /> },
            { title: '发现时间', dataIndex: 'discoveredAt', render: (t: string) => chineseDateTime(t) },
            {
              title: '报告时限',
              key: 'deadline',
              render: (_, r) =>
                r.status === 'open' ? (
                  r.alert ? (
                    <Typography.Text type="danger">{deadline(r, hours)}</Typography.Text>
                  ) : (
                    deadline(r, hours)
                  )
                ) : (
                  '—'
                ),
            },
            { title: '报告时长', key: 'clock', render: (_, r) => <ReportClock report={r} /> },
            {
              title: '报告情况',
              key: 'police',
              render: (_, r) => (r.reportedAt ? `${r.reportMethodName ?? ''} · ${r.policeUnit ?? ''}` : '—'),
            },
          ]}
        />
      </Space>
    </Card>
  );
}

export default withFeedback(MandatoryReportsPage);
