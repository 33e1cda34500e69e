import { Button, Result } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { useSignedIn } from '../auth/session';
import { navFor } from '../layout/nav';

export default function NotFoundPage() {
  const me = useSignedIn();
  const { pathname } = useLocation();
  if (pathname === '/welcome' || navFor(me).length === 0)
    return (
      <Result
        status="info"
        title={`您好，${me.displayName}`}
        subTitle={`当前角色（${me.roleName}）暂无可用的功能页面。转介与数据共享功能开通后将在此显示。`}
      />
    );
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="您访问的页面不存在或已移动。"
      extra={
        <Link to="/">
          <Button type="primary">返回首页</Button>
        </Link>
      }
    />
  );
}
