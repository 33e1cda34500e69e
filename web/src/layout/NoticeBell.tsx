// The bell in the header with the number of unread notices (通知), on every page of a director or supervisor.
import { BellOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { can, useMe } from '../auth/session';
import { useUnreadNotices } from '../pages/notices/notices';

export function NoticeBell() {
  const { data: me } = useMe();
  const unread = useUnreadNotices().data?.unread ?? 0;
  if (!can(me, 'notice.read')) return null;
  return (
    <Link
      to="/notices"
      className="notice-bell"
      aria-label={unread ? `通知，${unread}条未读` : '通知'}
      data-testid="notice-bell"
    >
      <BellOutlined />
      {unread > 0 && (
        <span className="notice-badge" data-testid="notice-badge">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
