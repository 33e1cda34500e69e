// 通知: what came back — a department's answer or delay, the police's feedback, a child moved in or out, an
// assessment confirmed by the township. Opening one marks it read and goes to the child's file.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Pagination, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import { chineseDateTime } from '../../shared/format';
import { NOTICE_KIND_NAMES, UNREAD_KEY, type Notice, type NoticePage } from './notices';

const PAGE_SIZE = 20;

export default function NoticesPage() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const list = useQuery<NoticePage, ApiError>({
    queryKey: ['notices', 'list', page],
    queryFn: () => api.get('/notices', { query: { page, pageSize: PAGE_SIZE } }),
  });
  const refresh = () => void client.invalidateQueries({ queryKey: ['notices'] });
  const read = useMutation<{ unread: number }, ApiError, Notice>({
    mutationFn: (n) => api.post('/notices/{id}/read', { params: { id: n.id } }),
    onSuccess: (res, n) => {
      client.setQueryData(UNREAD_KEY, { unread: res.unread });
      refresh();
      if (n.childId) navigate(`/children/${n.childId}`);
    },
  });
  const readAll = useMutation<{ unread: number }, ApiError>({
    mutationFn: () => api.post('/notices/read-all'),
    onSuccess: refresh,
  });
  const data = list.data;
  return (
    <div className="notices">
      <div className="list-summary notices-head">
        <span>{data ? `共 ${data.total} 条，未读 ${data.unread} 条` : '通知'}</span>
        {!!data?.unread && (
          <Button size="large" onClick={() => readAll.mutate()} loading={readAll.isPending}>
            全部标为已读
          </Button>
        )}
      </div>
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      {read.error && <Alert type="error" showIcon title={read.error.message} />}
      {list.isPending ? (
        <div className="center">
          <Spin />
        </div>
      ) : (
        <ul className="notice-rows" aria-label="通知">
          {data?.items.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                className={n.read ? 'notice-row' : 'notice-row unread'}
                onClick={() => read.mutate(n)}
              >
                <span className="notice-row-title">
                  {!n.read && <span className="notice-dot" aria-label="未读" />}
                  <Tag color={n.kind === 'referral_overdue' ? 'red' : 'blue'}>
                    {NOTICE_KIND_NAMES[n.kind]}
                  </Tag>
                  {n.childName ?? '（已不在您的辖区）'}
                </span>
                <span className="notice-row-message">{n.message}</span>
                <span className="notice-row-time muted">{chineseDateTime(n.createdAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {data && !data.items.length && <div className="center muted">暂无通知</div>}
      {data && data.total > PAGE_SIZE && (
        <Pagination simple current={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
      )}
    </div>
  );
}
