// 登录. The server's own words are shown for a wrong password, a disabled account or too many failures (it
// says how long to wait);
// a session that ended elsewhere brings the person here with a note. A plain form rather than antd's Form
// keeps the first download of a director's phone small.
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input } from 'antd';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, post } from '../api/client';
import { beginOfflineSession } from '../offline/cache';
import type { Me } from '../api/types';
import { ME_KEY } from './session';

export default function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const expired = params.get('expired') === '1';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim()) return setMissing('请输入用户名');
    if (!password) return setMissing('请输入密码');
    setMissing(null);
    setBusy(true);
    setError(null);
    try {
      const me = await post<Me>('/auth/login', { username: username.trim(), password });
      client.clear();
      await beginOfflineSession(me);
      client.setQueryData(ME_KEY, me);
      const next = params.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('/login') ? next : '/', { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'error', '登录失败，请重试'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login-page">
      <form className="login-card" onSubmit={(e) => void submit(e)} noValidate>
        <div className="login-brand">
          <div className="login-logo">童</div>
          <h1>童护</h1>
          <div className="muted">农村留守儿童和困境儿童关爱服务</div>
        </div>
        {expired && !error && <Alert type="info" showIcon title="登录已过期，请重新登录" />}
        {(error || missing) && (
          <Alert
            type={error?.code === 'locked' || error?.code === 'too_many_requests' ? 'warning' : 'error'}
            showIcon
            title={missing ?? error?.message}
            role="alert"
          />
        )}
        <label className="login-field">
          <span>用户名</span>
          <Input
            size="large"
            prefix={<UserOutlined />}
            autoComplete="username"
            autoFocus
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            aria-label="用户名"
          />
        </label>
        <label className="login-field">
          <span>密码</span>
          <Input.Password
            size="large"
            prefix={<LockOutlined />}
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-label="密码"
          />
        </label>
        <Button type="primary" htmlType="submit" size="large" block loading={busy}>
          登录
        </Button>
      </form>
    </div>
  );
}
