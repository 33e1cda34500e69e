// 修改密码. Everyone can reach it from the user menu; a person signed in with an issued or reset password is
// sent here first and can use nothing else until it is changed (the server answers 403
// password_change_required meanwhile). The rules are shown before typing; the server's own words are shown
// for a refusal, next to the field it names.
import { LockOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input } from 'antd';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import type { Me } from '../api/types';
import { readThrough } from '../offline/cache';
import { logout, ME_KEY, useSignedIn } from './session';

const RULES = '至少10位，包含小写字母、大写字母、数字、符号中的至少三类；不能包含用户名，不能是常见密码。';

export default function ChangePasswordPage() {
  const me = useSignedIn();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<{ field?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  function goOn() {
    const target = params.get('next');
    navigate(target && target.startsWith('/') && !target.startsWith('/change-password') ? target : '/', {
      replace: true,
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!current) return setProblem({ field: 'currentPassword', message: '请输入当前密码' });
    if (!next) return setProblem({ field: 'newPassword', message: '请输入新密码' });
    if (next !== again) return setProblem({ field: 'confirm', message: '两次输入的新密码不一致' });
    setProblem(null);
    setBusy(true);
    try {
      await api.post('/auth/password', { body: { currentPassword: current, newPassword: next } });
      client.setQueryData<Me>(ME_KEY, { ...me, mustChangePassword: false });
      // The copy kept for offline use must not send her back to this page without signal.
      void readThrough('/auth/me').catch(() => undefined);
      setDone(true);
      setCurrent('');
      setNext('');
      setAgain('');
      if (me.mustChangePassword) goOn();
    } catch (e) {
      setProblem(
        e instanceof ApiError ? { field: e.field, message: e.message } : { message: '修改失败，请重试' },
      );
    } finally {
      setBusy(false);
    }
  }

  async function signOut() {
    if (await logout(client)) navigate('/login', { replace: true });
  }

  const status = (field: string) => (problem?.field === field ? 'error' : undefined);

  return (
    <div className="login-page">
      <form className="login-card" onSubmit={(e) => void submit(e)} noValidate>
        <div className="login-brand">
          <div className="login-logo">童</div>
          <h1>修改密码</h1>
          <div className="muted">
            {me.displayName}（{me.username}）
          </div>
        </div>
        {me.mustChangePassword && (
          <Alert type="warning" showIcon title="您的密码是发放或重置的初始密码，须先修改密码才能继续使用" />
        )}
        {done && !me.mustChangePassword && (
          <Alert type="success" showIcon title="密码已修改，其他设备上的登录已退出" />
        )}
        {problem && <Alert type="error" showIcon title={problem.message} role="alert" />}
        <div className="muted">{RULES}</div>
        <label className="login-field">
          <span>当前密码</span>
          <Input.Password
            size="large"
            prefix={<LockOutlined />}
            autoComplete="current-password"
            autoFocus
            value={current}
            status={status('currentPassword')}
            onChange={(e) => setCurrent(e.target.value)}
            aria-label="当前密码"
          />
        </label>
        <label className="login-field">
          <span>新密码</span>
          <Input.Password
            size="large"
            prefix={<LockOutlined />}
            autoComplete="new-password"
            value={next}
            status={status('newPassword')}
            onChange={(e) => setNext(e.target.value)}
            aria-label="新密码"
          />
        </label>
        <label className="login-field">
          <span>确认新密码</span>
          <Input.Password
            size="large"
            prefix={<LockOutlined />}
            autoComplete="new-password"
            value={again}
            status={status('confirm')}
            onChange={(e) => setAgain(e.target.value)}
            aria-label="确认新密码"
          />
        </label>
        <Button type="primary" htmlType="submit" size="large" block loading={busy}>
          修改密码
        </Button>
        {me.mustChangePassword ? (
          <Button type="link" onClick={() => void signOut()}>
            退出登录
          </Button>
        ) : (
          <Button type="link" onClick={goOn}>
            返回
          </Button>
        )}
      </form>
    </div>
  );
}
