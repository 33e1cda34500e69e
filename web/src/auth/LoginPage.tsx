// 登录. The server's own words are shown for a wrong password, a disabled account or too many failures (it
// says how long to wait); an account with 两步验证 is asked, after the right password, for the 6-digit code of
// its authenticator app or one of its recovery codes (the password is sent again with it: no half-signed-in state);
// a session that ended elsewhere brings the person here with a note. A plain form rather than antd's Form
// keeps the first download of a director's phone small.
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input } from 'antd';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import { beginOfflineSession } from '../offline/cache';
import { rememberSignedIn, takeHandedOverLogin } from './first-visit';
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
  /** The password was right and the account has a second factor: ask for its code. */
  const [askCode, setAskCode] = useState(false);
  const [code, setCode] = useState('');
  const expired = params.get('expired') === '1';

  // Typed into the first login card (boot.ts) before the app was there: sign in with it now. Taken in the
  // effect, not during render: a render React throws away (a part still loading) must not use it up.
  useEffect(() => {
    const typed = takeHandedOverLogin();
    if (!typed) return;
    setUsername(typed.username);
    setPassword(typed.password);
    void signIn(typed.username, typed.password);
    // Once, when the page is first shown.
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim()) return setMissing('请输入用户名');
    if (!password) return setMissing('请输入密码');
    if (askCode && !code.trim()) return setMissing('请输入动态验证码');
    await signIn(username, password);
  }

  async function signIn(username: string, password: string) {
    setMissing(null);
    setBusy(true);
    setError(null);
    try {
      const answer = await api.post('/auth/login', {
        body: {
          username: username.trim(),
          password,
          ...(askCode ? { code: code.trim() } : {}),
        },
      });
      if ('secondFactorRequired' in answer) {
        setAskCode(true);
        return;
      }
      const me = answer;
      rememberSignedIn();
      client.clear();
      await beginOfflineSession(me);
      client.setQueryData(ME_KEY, me);
      const next = params.get('next');
      // Signed in with a recovery code: the phone may be lost; 两步验证 says how many are left.
      if (me.recoveryCodesLeft !== undefined)
        return navigate('/account/security?recovery=1', { replace: true });
      navigate(next && next.startsWith('/') && !next.startsWith('/login') ? next : '/', { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'error', '登录失败，请重试'));
      if (askCode) setCode('');
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
        {askCode ? (
          <>
            <div className="muted">
              {username.trim()}{' '}
              已开启两步验证。请打开手机上的验证器，输入显示的6位动态验证码；手机不在身边时可输入一个恢复码。
            </div>
            <label className="login-field">
              <span>动态验证码</span>
              <Input
                size="large"
                prefix={<SafetyOutlined />}
                autoComplete="one-time-code"
                inputMode="numeric"
                autoFocus
                maxLength={32}
                value={code}
                onChange={(e) => setCode(e.target.value)}
                aria-label="动态验证码"
              />
            </label>
          </>
        ) : (
          <>
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
          </>
        )}
        <Button type="primary" htmlType="submit" size="large" block loading={busy}>
          登录
        </Button>
        {askCode && (
          <Button
            type="link"
            onClick={() => {
              setAskCode(false);
              setCode('');
              setPassword('');
              setError(null);
            }}
          >
            使用其他账号
          </Button>
        )}
      </form>
    </div>
  );
}
