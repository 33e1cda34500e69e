// The village director's phone: a compact header, the page, and a bottom bar with big tap targets for
// one-handed use. No antd Layout or Menu here, to keep what a phone downloads small.
import {
  AppstoreOutlined,
  BarChartOutlined,
  FormOutlined,
  HomeOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Suspense, type ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useMe } from '../auth/session';
import { OfflineBar } from '../offline/OfflineBar';
import { PageLoading } from '../shared/PageLoading';
import { navFor, sectionOf, type NavIcon } from './nav';

// The bottom bar's icons: the field's four sections drawn, any other section (rare on a phone) a plain tile —
// the phone does not download the office menu's icons (issue 17.7).
const PHONE_ICONS: Partial<Record<NavIcon, ReactNode>> = {
  HomeOutlined: <HomeOutlined />,
  FormOutlined: <FormOutlined />,
  TeamOutlined: <TeamOutlined />,
  BarChartOutlined: <BarChartOutlined />,
};
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
              <span className="bottom-nav-icon">{PHONE_ICONS[item.icon] ?? <AppstoreOutlined />}</span>
              <span>{item.label}</span>
            </Link>
          ))}
        </nav>
      )}
    </div>
  );
}
