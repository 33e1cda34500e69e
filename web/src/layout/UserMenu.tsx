// Who is signed in, their account's security (修改密码, 两步验证), and the way out.
import { KeyOutlined, LogoutOutlined, SafetyOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { logout, useSignedIn } from '../auth/session';

export function UserMenu() {
  const me = useSignedIn();
  const client = useQueryClient();
  const navigate = useNavigate();
  async function signOut() {
    if (await logout(client)) navigate('/login', { replace: true });
  }
  return (
    <div className="user-menu">
      <Typography.Text className="user-menu-name" ellipsis>
        {me.displayName}
        <Typography.Text type="secondary">
          {' '}
          · {me.roleName}
          {me.regionName ? ` · ${me.regionName}` : ''}
        </Typography.Text>
      </Typography.Text>
      <Button
        type="text"
        icon={<KeyOutlined />}
        onClick={() => navigate('/change-password')}
        aria-label="修改密码"
      >
        修改密码
      </Button>
      <Button
        type="text"
        icon={<SafetyOutlined />}
        onClick={() => navigate('/account/security')}
        aria-label="两步验证"
      >
        两步验证
      </Button>
      <Button type="text" icon={<LogoutOutlined />} onClick={() => void signOut()} aria-label="退出登录">
        退出
      </Button>
    </div>
  );
}
