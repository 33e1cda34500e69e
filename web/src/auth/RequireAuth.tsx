// Pages behind the login: while /auth/me loads, a spinner; without a session, the login page (remembering
// where the person was going); with an issued or reset password, the change-password page first; held back
// by TONGHU_REQUIRE_2FA=1 without a second factor, 两步验证 next. It is in the first script every page
// loads: a plain box for the error instead of antd's Alert (issue 17.7).
import { Button, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useMe } from './session';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { data, error, isPending, refetch } = useMe();
  const location = useLocation();
  if (isPending)
    return (
      <div style={{ padding: '30vh 0', textAlign: 'center' }}>
        <Spin size="large" />
      </div>
    );
  if (error?.status === 401 || (!data && !error)) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (data?.mustChangePassword && location.pathname !== '/change-password') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/change-password?next=${encodeURIComponent(next)}`} replace />;
  }
  if (
    data?.mustEnrolSecondFactor &&
    location.pathname !== '/account/security' &&
    location.pathname !== '/change-password'
  ) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/account/security?next=${encodeURIComponent(next)}`} replace />;
  }
  if (error)
    return (
      <div className="auth-error" role="alert">
        <div>
          <div className="auth-error-title">无法取得登录信息</div>
          <div>{error.message}</div>
        </div>
        <Button onClick={() => void refetch()}>重试</Button>
      </div>
    );
  return <>{children}</>;
}
