// The county office's layout: a side menu of the sections the person may use, the page on the right.
import { Layout, Menu } from 'antd';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useMe } from '../auth/session';
import { OfflineBar } from '../offline/OfflineBar';
import { PageLoading } from '../shared/PageLoading';
import { navFor, sectionOf } from './nav';
import { NAV_ICONS } from './navIcons';
import { NoticeBell } from './NoticeBell';
import { UserMenu } from './UserMenu';

export default function DesktopLayout() {
  const { data: me } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const items = navFor(me).map((item) => ({ key: item.path, icon: NAV_ICONS[item.icon], label: item.label }));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider theme="light" breakpoint="lg" collapsedWidth={64} width={200} className="side">
        <div className="side-brand">
          <span className="brand-logo">童</span>
          <span className="brand-name">童护</span>
        </div>
        <Menu
          mode="inline"
          selectedKeys={[sectionOf(location.pathname)]}
          items={items}
          onClick={({ key }) => navigate(key)}
          style={{ borderInlineEnd: 0 }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="top">
          <NoticeBell />
          <UserMenu />
        </Layout.Header>
        <Layout.Content className="content">
          <OfflineBar />
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
