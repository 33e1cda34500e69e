// 走访记录: the child's visits and contacts, newest first, with what was found in each of the seven areas.
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Table, Tag } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { ChildFile, Contact, ContactKind, FindingStatus } from '../../api/types';
import { can, useSignedIn } from '../../auth/session';
import { factorName } from '../../shared/codes';
import { CONTACT_KIND_NAMES, FINDING_AREAS, FINDING_STATUS_NAMES } from '../../shared/contactNames';
import { chineseDate } from '../../shared/format';
import { ApiProblem } from '../../shared/NotYetAvailable';
import { useIsPhone } from '../../layout/useIsPhone';
import { WorkLogs } from './WorkLogs';

const STATUS_COLOURS: Record<FindingStatus, string> = {
  normal: 'default',
  attention: 'gold',
  problem: 'red',
};

function Findings({ contact }: { contact: Contact }) {
  const flagged = FINDING_AREAS.filter(([key]) => {
    const status = contact.findings[key]?.status;
    return status && status !== 'normal';
  });
  if (!flagged.length) return <span>各项正常</span>;
  return (
    <span className="tags">
      {flagged.map(([key, label]) => {
        const finding = contact.findings[key]!;
        const note = finding.note;
        return (
          <Tag key={key} color={STATUS_COLOURS[finding.status]}>
            {label}：{FINDING_STATUS_NAMES[finding.status]}
            {note ? `（${note}）` : ''}
          </Tag>
        );
      })}
    </span>
  );
}

export function ContactsTab({ child }: { child: ChildFile }) {
  const me = useSignedIn();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const contacts = useQuery<{ items: Contact[] }, ApiError>({
    queryKey: ['child', child.id, 'contacts'],
    queryFn: () => api.get('/children/{id}/contacts', { params: { id: child.id } }),
  });
  return (
    <div>
      {can(me, 'child.write') && child.status === 'active' && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          style={{ marginBottom: 12 }}
          onClick={() => navigate(`/visit/${child.id}`)}
        >
          记录走访或联系
        </Button>
      )}
      {contacts.error ? (
        <ApiProblem error={contacts.error} what="走访记录" />
      ) : phone ? (
        <ul className="contact-cards">
          {(contacts.data?.items ?? []).map((c) => (
            <li key={c.id} className="contact-card">
              <div className="contact-card-head">
                <strong>{chineseDate(c.occurredOn)}</strong> {CONTACT_KIND_NAMES[c.kind]} · {c.workerName}
              </div>
              <Findings contact={c} />
              {c.note && <div className="muted">{c.note}</div>}
            </li>
          ))}
          {contacts.data?.items.length === 0 && <li className="muted">尚无走访或联系记录</li>}
        </ul>
      ) : (
        <Table<Contact>
          rowKey="id"
          size="small"
          loading={contacts.isPending}
          dataSource={contacts.data?.items}
          scroll={{ x: 800 }}
          locale={{ emptyText: '尚无走访或联系记录' }}
          columns={[
            { title: '日期', dataIndex: 'occurredOn', render: (d) => chineseDate(d), width: 140 },
            {
              title: '方式',
              dataIndex: 'kind',
              render: (k: ContactKind) => CONTACT_KIND_NAMES[k] ?? k,
              width: 100,
            },
            { title: '工作人员', dataIndex: 'workerName', width: 120 },
            { title: '发现情况', key: 'findings', render: (_, c) => <Findings contact={c} /> },
            {
              title: '情形变化',
              key: 'conditions',
              render: (_, c) =>
                [
                  ...(c.conditionsAdded ?? []).map((x) => `新增：${factorName(x)}`),
                  ...(c.conditionsCleared ?? []).map((x) => `消除：${factorName(x)}`),
                ].join('；') || '—',
            },
            { title: '备注', dataIndex: 'note', render: (n) => n ?? '—' },
          ]}
        />
      )}
      <WorkLogs child={child} />
    </div>
  );
}
