// The phone's account buttons: 修改密码 (issue 17.5), 两步验证 (issue 15.3) and the way out, as icons without the desktop menu's name line.
import { KeyOutlined, LogoutOutlined, SafetyOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import { logout } from '../auth/session';

export function PhoneUserMenu() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return (
    <>
      <Button
        type="text"
        size="large"
        icon={<KeyOutlined />}
        aria-label="修改密码"
        onClick={() => navigate('/change-password')}
      />
      <Button
        type="text"
        size="large"
        icon={<SafetyOutlined />}
        aria-label="两步验证"
        onClick={() => navigate('/account/security')}
      />
      <Button
        type="text"
        size="large"
        icon={<LogoutOutlined />}
        aria-label="退出登录"
        onClick={() => void logout(client).then((out) => out && navigate('/login', { replace: true }))}
      />
    </>
  );
}
