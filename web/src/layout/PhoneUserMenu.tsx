// The way out on the phone: one icon button, without the desktop menu's name line.
import { LogoutOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import { logout } from '../auth/session';

export function PhoneUserMenu() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return (
    <Button
      type="text"
      size="large"
      icon={<LogoutOutlined />}
      aria-label="退出登录"
      onClick={() => void logout(client).then(() => navigate('/login', { replace: true }))}
    />
  );
}
