// Where "/" leads: a director on a phone straight to visiting; otherwise the first section the person
// may use.
import { Navigate } from 'react-router-dom';
import { useSignedIn } from '../auth/session';
import { navFor } from '../layout/nav';
import { isPhone } from '../layout/useIsPhone';

export function HomeRedirect() {
  const me = useSignedIn();
  const items = navFor(me);
  const visit = items.find((i) => i.path === '/visit');
  if (me.role === 'director' && isPhone() && visit) return <Navigate to="/visit" replace />;
  // A department account's work is what was sent to it.
  if (me.role === 'department' && items.some((i) => i.path === '/inbox'))
    return <Navigate to="/inbox" replace />;
  if (items[0]) return <Navigate to={items[0].path} replace />;
  return <Navigate to="/welcome" replace />;
}
