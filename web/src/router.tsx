// The pages, each its own chunk: a director's phone loads the visit page without the county's charts,
// tables and forms. At start the chunks the first screen will need are asked for at once, side by side,
// instead of one after the other as each lazy part renders (issue 17.7: a chain of chunks is a chain of
// round trips on a village's 3G, and of service-worker reads when offline).
import { Suspense, type ComponentType } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { RequireAuth } from './auth/RequireAuth';
import { AppShell, loadDesktopLayout, loadPhoneLayout } from './layout/AppShell';
import { isPhone } from './layout/useIsPhone';
import { readAhead } from './offline/cache';
import { HomeRedirect } from './pages/HomeRedirect';
import { MINE } from './pages/visit/mine';
import { PageLoading } from './shared/PageLoading';
import { preload, preloadedLazy } from './shared/preloaded-lazy';

function page(load: () => Promise<{ default: ComponentType }>) {
  const Page = preloadedLazy(load);
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

const loadLogin = () => import('./auth/LoginPage');
const loadVisit = () => import('./pages/visit/VisitPage');
const loadChild = () => import('./pages/child/ChildPage');
const loadChildren = () => import('./pages/children/ChildrenPage');
const loadDashboard = () => import('./pages/dashboard/DashboardPage');

/** The chunks the first screen at this path needs, fetched together (the director's pages). */
function preloadFirstScreen(pathname: string): void {
  const [section = '', id] = pathname.split('/').slice(1);
  if (section === 'login') return void preload(loadLogin).catch(() => undefined);
  let returning = false;
  try {
    returning = localStorage.getItem('tonghu-offline-returning') === '1';
  } catch {
    // no storage
  }
  // A first visit has no session yet: the login page is what it shows next, and only that is fetched early
  // (the visit page's chunks would share a slow link with it).
  if (!returning) return void preload(loadLogin).catch(() => undefined);
  const loads: (() => Promise<{ default: unknown }>)[] = [isPhone() ? loadPhoneLayout : loadDesktopLayout];
  // Who she is, and (for her list) the list itself: read from the server, or from the phone without signal,
  // while the app renders.
  readAhead('/auth/me');
  if (section === 'visit' || (section === '' && isPhone())) {
    loads.push(loadVisit);
    if (!id) readAhead('/children', { query: MINE });
  } else if (section === 'children') loads.push(id ? loadChild : loadChildren);
  else if (section === 'dashboard') loads.push(loadDashboard);
  for (const load of loads) void preload(load).catch(() => undefined);
}
preloadFirstScreen(window.location.pathname);

export const router = createBrowserRouter([
  { path: '/login', element: page(loadLogin) },
  {
    // Outside the shell: a person who must still change an issued password may call nothing else.
    path: '/change-password',
    element: <RequireAuth>{page(() => import('./auth/ChangePasswordPage'))}</RequireAuth>,
  },
  {
    // 账号安全 · 两步验证: outside the shell too, for a person who must bind it before anything else.
    path: '/account/security',
    element: <RequireAuth>{page(() => import('./auth/SecondFactorPage'))}</RequireAuth>,
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'dashboard', element: page(loadDashboard) },
      { path: 'visit', element: page(loadVisit) },
      { path: 'visit/:id', element: page(loadVisit) },
      { path: 'children', element: page(loadChildren) },
      { path: 'children/:id/print', element: page(() => import('./pages/print/ChildPrintPage')) },
      { path: 'children/:id', element: page(loadChild) },
      { path: 'users', element: page(() => import('./pages/users/UsersPage')) },
      { path: 'departments', element: page(() => import('./pages/department-admin/DepartmentsPage')) },
      { path: 'audit', element: page(() => import('./pages/audit/AuditTrailPage')) },
      { path: 'inbox', element: page(() => import('./pages/departments/InboxPage')) },
      { path: 'mandatory-reports', element: page(() => import('./pages/departments/MandatoryReportsPage')) },
      { path: 'referrals', element: page(() => import('./pages/departments/ReferralsPage')) },
      { path: 'conferences', element: page(() => import('./pages/departments/ConferencesPage')) },
      { path: 'reports', element: page(() => import('./pages/reports/ReportsPage')) },
      { path: 'reports/annex1/print', element: page(() => import('./pages/print/Annex1PrintPage')) },
      { path: 'reports/annex2/print', element: page(() => import('./pages/print/Annex2PrintPage')) },
      { path: 'import', element: page(() => import('./pages/import/ImportPage')) },
      { path: 'comparison', element: page(() => import('./pages/comparison/ComparisonPage')) },
      { path: 'workforce', element: page(() => import('./pages/workforce/WorkforcePage')) },
      { path: 'workload', element: page(() => import('./pages/workload/WorkloadPage')) },
      { path: 'supervision', element: page(() => import('./pages/supervision/SupervisionPage')) },
      { path: 'spot-checks', element: page(() => import('./pages/spot-checks/SpotChecksPage')) },
      { path: 'care-activities', element: page(() => import('./pages/care/CareActivitiesPage')) },
      { path: 'screening', element: page(() => import('./pages/screening/ScreeningPage')) },
      { path: 'api-clients', element: page(() => import('./pages/api-clients/ApiClientsPage')) },
      { path: 'notices', element: page(() => import('./pages/notices/NoticesPage')) },
      { path: '*', element: page(() => import('./pages/NotFoundPage')) },
    ],
  },
]);
