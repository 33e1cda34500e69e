// The village director's phone: a compact header, the page, and a bottom bar with big tap targets for
// one-handed use. No antd Layout or Menu here, to keep what a phone downloads small.
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useMe } from '../auth/session';
import { OfflineBar } from '../offline/OfflineBar';
import { PageLoading } from '../shared/PageLoading';
import { navFor, sectionOf } from './nav';
import { NoticeBell } from './NoticeBell';
import { PhoneUserMenu } from './PhoneUserMenu';

export default function PhoneLayout() {
  const { data: me } = useMe();
  const location = useLocation();
  const all = navFor(me);
  const items = all.filter((i) => !i.desktopOnly);
  const current = sectionOf(location.pathname);
  const title = all.find((i) => i.path === current)?.label ?? '童护';
  return (
    <div className="phone">
      <header className="phone-header">
        <span className="brand-logo small">童</span>
        <span className="phone-title">{title}</span>
        <span className="phone-user">{me?.displayName}</span>
        <NoticeBell />
        <PhoneUserMenu />
      </header>
      <main className="phone-main">
        <OfflineBar />
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      {items.length > 1 && (
        <nav className="bottom-nav" aria-label="主导航">
          {items.map((item) => (
            <Link
              key={item.path}
              to={item.path}
              className={item.path === current ? 'active' : undefined}
              aria-current={item.path === current ? 'page' : undefined}
            >
              <span className="bottom-nav-icon">{item.icon}</span>
              <span>{item.label}</span>
            </Link>
          ))}
        </nav>
      )}
    </div>
  );
}
