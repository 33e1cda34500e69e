// 变更记录: every change to the file and every read of it, who and when, with old and new values.
import { useQuery } from '@tanstack/react-query';
import { Table } from 'antd';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { AuditItem } from '../../api/types';
import { chineseDateTime } from '../../shared/format';
import { ApiProblem } from '../../shared/NotYetAvailable';
import { auditValue } from './auditValues';
import { AUDIT_ACTION_NAMES, FIELD_NAMES } from './names';

export function AuditTab({ childId }: { childId: string }) {
  const audit = useQuery<{ items: AuditItem[] }, ApiError>({
    queryKey: ['child', childId, 'audit'],
    queryFn: () => api.get('/children/{id}/audit', { params: { id: childId } }),
  });
  if (audit.error) return <ApiProblem error={audit.error} what="变更记录" />;
  return (
    <Table<AuditItem>
      rowKey="id"
      size="small"
      loading={audit.isPending}
      dataSource={audit.data?.items}
      scroll={{ x: 800 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        { title: '时间', dataIndex: 'occurredAt', render: (t) => chineseDateTime(t), width: 170 },
        { title: '操作人', dataIndex: 'actorName', width: 140 },
        { title: '操作', dataIndex: 'action', render: (a: string) => AUDIT_ACTION_NAMES[a] ?? a, width: 160 },
        {
          title: '变更内容',
          dataIndex: 'changes',
          render: (changes: AuditItem['changes']) =>
            changes?.length ? (
              <ul className="changes">
                {changes.map((c, i) => (
                  <li key={i}>
                    <b>{FIELD_NAMES[c.field] ?? c.field}</b>：{auditValue(c.field, c.old)} →{' '}
                    {auditValue(c.field, c.new)}
                  </li>
                ))}
              </ul>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
