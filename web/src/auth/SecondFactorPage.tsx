// 账号安全 · 两步验证. Everyone can reach it from the user menu (on the phone too, beside 修改密码). Binding: the
// server makes a secret and its QR code (an image in the answer: nothing is loaded from outside), the person
// scans it with an authenticator app (or types the secret), confirms with the 6-digit code, and is shown ten
// recovery codes once. Someone whom TONGHU_REQUIRE_2FA=1 holds back is sent here first and can use nothing else
// until bound. Disabling takes the password and a code.
import { LockOutlined, SafetyOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input, Spin } from 'antd';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, ApiError, type ApiAnswer } from '../api/client';
import type { Me } from '../api/types';
import { readThrough } from '../offline/cache';
import { logout, ME_KEY, useSignedIn } from './session';

type Status = ApiAnswer<'/auth/second-factor'>;

type Enrolment = ApiAnswer<'/auth/second-factor/enrolment', 'post'>;

const STATUS_KEY = ['second-factor'] as const;

/** The secret in groups of four, easier to type into an app by hand. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

export default function SecondFactorPage() {
  const me = useSignedIn();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const status = useQuery<Status, ApiError>({
    queryKey: STATUS_KEY,
    queryFn: () => api.get('/auth/second-factor'),
  });
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<{ field?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [disabled, setDisabled] = useState(false);

  function goOn() {
    const target = params.get('next');
    navigate(target && target.startsWith('/') && !target.startsWith('/account/security') ? target : '/', {
      replace: true,
    });
  }

  async function run(action: () => Promise<void>) {
    setProblem(null);
    setBusy(true);
    try {
      await action();
    } catch (e) {
      setProblem(
        e instanceof ApiError ? { field: e.field, message: e.message } : { message: '操作失败，请重试' },
      );
    } finally {
      setBusy(false);
    }
  }

  const begin = () =>
    run(async () => {
      setEnrolment(await api.post('/auth/second-factor/enrolment'));
      setCode('');
    });

  function confirm(event: FormEvent) {
    event.preventDefault();
    if (!code.trim()) return setProblem({ field: 'code', message: '请输入验证器上显示的6位数字' });
    void run(async () => {
      const result = await api.post('/auth/second-factor/enrolment/confirm', {
        body: {
          code: code.trim(),
        },
      });
      setRecoveryCodes(result.recoveryCodes);
      setEnrolment(null);
      setCode('');
      client.setQueryData<Me>(ME_KEY, { ...me, secondFactorEnabled: true, mustEnrolSecondFactor: false });
      void readThrough('/auth/me').catch(() => undefined);
      await client.invalidateQueries({ queryKey: STATUS_KEY });
    });
  }

  function disable(event: FormEvent) {
    event.preventDefault();
    if (!password) return setProblem({ field: 'password', message: '请输入密码' });
    if (!code.trim()) return setProblem({ field: 'code', message: '请输入验证码' });
    void run(async () => {
      await api.post('/auth/second-factor/disable', { body: { password, code: code.trim() } });
      setPassword('');
      setCode('');
      setDisabled(true);
      const required = status.data?.required ?? false;
      client.setQueryData<Me>(ME_KEY, { ...me, secondFactorEnabled: false, mustEnrolSecondFactor: required });
      void readThrough('/auth/me').catch(() => undefined);
      await client.invalidateQueries({ queryKey: STATUS_KEY });
    });
  }

  async function signOut() {
    if (await logout(client)) navigate('/login', { replace: true });
  }

  const fieldStatus = (field: string) => (problem?.field === field ? 'error' : undefined);
  const held = me.mustEnrolSecondFactor && !recoveryCodes;

  let body;
  if (status.isPending) body = <Spin />;
  else if (status.error) body = <Alert type="error" showIcon title={status.error.message} />;
  else if (recoveryCodes)
    body = (
      <>
        <Alert type="success" showIcon title="两步验证已开启" />
        <Alert
          type="warning"
          showIcon
          title="请抄下或打印以下恢复码，妥善保管"
          description="手机丢失或不在身边时，可用一个恢复码代替动态验证码登录，每个只能用一次。恢复码只显示这一次。"
        />
        <ol className="recovery-codes" aria-label="恢复码">
          {recoveryCodes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ol>
        <Button type="primary" size="large" block onClick={goOn}>
          我已保存恢复码，继续
        </Button>
      </>
    );
  else if (status.data?.enabled)
    body = (
      <form onSubmit={disable} noValidate className="login-form">
        <Alert
          type="success"
          showIcon
          title="两步验证已开启"
          description={`开启于 ${new Date(status.data.enabledAt ?? '').toLocaleString('zh-CN')}，剩余恢复码 ${status.data.recoveryCodesLeft} 个。`}
        />
        {params.get('recovery') === '1' && (
          <Alert
            type="warning"
            showIcon
            title="您刚用恢复码登录"
            description="如手机已丢失，请停用后用新手机重新绑定；恢复码用完后将无法登录。"
          />
        )}
        {status.data.recoveryCodesLeft <= 3 && (
          <Alert type="warning" showIcon title="恢复码所剩不多：停用后重新绑定即可得到新的10个" />
        )}
        <div className="muted">停用两步验证须输入密码和验证器上的动态验证码（或一个恢复码）。</div>
        <label className="login-field">
          <span>密码</span>
          <Input.Password
            size="large"
            prefix={<LockOutlined />}
            autoComplete="current-password"
            value={password}
            status={fieldStatus('password')}
            onChange={(e) => setPassword(e.target.value)}
            aria-label="密码"
          />
        </label>
        <label className="login-field">
          <span>动态验证码</span>
          <Input
            size="large"
            prefix={<SafetyOutlined />}
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={32}
            value={code}
            status={fieldStatus('code')}
            onChange={(e) => setCode(e.target.value)}
            aria-label="动态验证码"
          />
        </label>
        <Button danger htmlType="submit" size="large" block loading={busy}>
          停用两步验证
        </Button>
      </form>
    );
  else if (enrolment)
    body = (
      <form onSubmit={confirm} noValidate className="login-form">
        <div className="muted">
          1. 在手机上打开验证器应用（如“腾讯身份验证器”“Microsoft Authenticator”“Google
          身份验证器”），扫描二维码：
        </div>
        <div style={{ textAlign: 'center' }}>
          <img src={enrolment.qrDataUrl} alt="两步验证二维码" width={200} height={200} />
        </div>
        <div className="muted">无法扫码时，在应用中手动输入密钥：</div>
        <code className="totp-secret" aria-label="密钥" data-secret={enrolment.secret}>
          {grouped(enrolment.secret)}
        </code>
        <div className="muted">2. 输入应用上显示的6位数字，完成绑定：</div>
        <label className="login-field">
          <span>验证码</span>
          <Input
            size="large"
            prefix={<SafetyOutlined />}
            autoComplete="one-time-code"
            inputMode="numeric"
            autoFocus
            maxLength={6}
            value={code}
            status={fieldStatus('code')}
            onChange={(e) => setCode(e.target.value)}
            aria-label="验证码"
          />
        </label>
        <Button type="primary" htmlType="submit" size="large" block loading={busy}>
          确认绑定
        </Button>
        <Button type="link" onClick={() => void begin()}>
          换一个二维码
        </Button>
      </form>
    );
  else
    body = (
      <>
        {disabled && <Alert type="info" showIcon title="两步验证已停用" />}
        <div className="muted">
          开启后，登录时除了密码还须输入手机验证器上的6位动态验证码：即使密码泄露，别人也无法登录。
        </div>
        <Button type="primary" size="large" block loading={busy} onClick={() => void begin()}>
          开启两步验证
        </Button>
      </>
    );

  return (
    <div className="login-page">
      <div className="login-card">
        <div className="login-brand">
          <div className="login-logo">童</div>
          <h1>两步验证</h1>
          <div className="muted">
            账号安全 · {me.displayName}（{me.username}）
          </div>
        </div>
        {held && <Alert type="warning" showIcon title="按本系统的安全要求，您须先开启两步验证才能继续使用" />}
        {problem && <Alert type="error" showIcon title={problem.message} role="alert" />}
        {body}
        {held ? (
          <Button type="link" onClick={() => void signOut()}>
            退出登录
          </Button>
        ) : (
          !recoveryCodes && (
            <Button type="link" onClick={goOn}>
              返回
            </Button>
          )
        )}
      </div>
    </div>
  );
}
