// 通知 (issue 17.4): the signed-in person's notices and their unread count, kept on the server.
import { useQuery } from '@tanstack/react-query';
import type { ApiError } from '../../api/client';
import { api, type ApiAnswer } from '../../api/client';
import { can, useMe } from '../../auth/session';

export type NoticePage = ApiAnswer<'/notices'>;
export type Notice = NoticePage['items'][number];

export const NOTICE_KIND_NAMES: Record<Notice['kind'], string> = {
  referral_answered: '报送答复',
  referral_overdue: '报送逾期',
  report_feedback: '强制报告反馈',
  child_moved_in: '儿童迁入',
  child_moved_out: '儿童迁出',
  assessment_confirmed: '评估确认',
};

export const UNREAD_KEY = ['notices', 'unread'] as const;

/** The unread count, refreshed every minute and whenever the window comes back into focus. */
export function useUnreadNotices() {
  const { data: me } = useMe();
  return useQuery<{ unread: number }, ApiError>({
    queryKey: UNREAD_KEY,
    queryFn: () => api.get('/notices/unread-count'),
    enabled: can(me, 'notice.read'),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}
