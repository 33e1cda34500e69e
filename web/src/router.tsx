// The pages, each its own chunk: a director's phone loads the visit page without the county's charts,
// tables and forms.
import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { RequireAuth } from './auth/RequireAuth';
import { AppShell } from './layout/AppShell';
import { HomeRedirect } from './pages/HomeRedirect';
import { PageLoading } from './shared/PageLoading';

function page(load: () => Promise<{ default: ComponentType }>) {
  const Page = lazy(load);
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

export const router = createBrowserRouter([
  { path: '/login', element: page(() => import('./auth/LoginPage')) },
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
      { path: 'dashboard', element: page(() => import('./pages/dashboard/DashboardPage')) },
      { path: 'visit', element: page(() => import('./pages/visit/VisitPage')) },
      { path: 'visit/:id', element: page(() => import('./pages/visit/VisitPage')) },
      { path: 'children', element: page(() => import('./pages/children/ChildrenPage')) },
      { path: 'children/:id/print', element: page(() => import('./pages/print/ChildPrintPage')) },
      { path: 'children/:id', element: page(() => import('./pages/child/ChildPage')) },
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
