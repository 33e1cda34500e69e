// 两步验证 through the HTTP API against the real database: enrolment by QR code and a code, sign-in that asks
// for the code after the password, a wrong or replayed code refused and counted like a wrong password, recovery
// codes that work once, disabling with password and code, an administrator's reset (audited), and
// TONGHU_REQUIRE_2FA=1 holding administrators and county staff back until they enrol. Codes are computed with
// otpauth from the secret the server showed, at the application's clock.
import { sql } from 'kysely';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { systemActor } from '../access/actor.ts';
import type { Role } from '../access/roles.ts';
import { createUser } from '../users/service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.forgetAll());

const now = () => t.app.ctx.clock();

function codeFor(secret: string, at = now()): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: at.getTime(),
  });
}

function login(username: string, password: string, code?: string, address = '10.0.0.1') {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: code === undefined ? { username, password } : { username, password, code },
    remoteAddress: address,
  });
}

function cookieOf(res: { cookies: { name: string; value: string }[] }): string {
  const c = res.cookies.find((x) => x.name === 'tonghu_session');
  if (!c) throw new Error('no session cookie');
  return `${c.name}=${c.value}`;
}

async function session(username: string): Promise<string> {
  const res = await login(username, PASSWORD);
  expect(res.statusCode).toBe(200);
  return cookieOf(res);
}

function as(cookie: string, method: 'GET' | 'POST', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
}

let serial = 0;
async function account(role: Role = 'director'): Promise<string> {
  const username = `tfa-user-${++serial}`;
  const county = ['civil_affairs', 'admin', 'security_admin', 'audit_admin'].includes(role);
  await createUser(t.database.db, systemActor('测试'), {
    username,
    displayName: `两步验证测试${serial}`,
    role,
    regionCode: county ? PUNING.county : PUNING.village,
    password: PASSWORD,
  });
  return username;
}

/** Enrols `username` through the API; the secret and the recovery codes shown. */
async function enrol(username: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const cookie = await session(username);
  const begun = await as(cookie, 'POST', '/api/v1/auth/second-factor/enrolment');
  expect(begun.statusCode).toBe(200);
  const { secret } = begun.json() as { secret: string };
  const confirmed = await as(cookie, 'POST', '/api/v1/auth/second-factor/enrolment/confirm', {
    code: codeFor(secret),
  });
  expect(confirmed.statusCode).toBe(200);
  // The enrolment's code is spent: the sign-ins of the test come a step later.
  t.advanceMinutes(1);
  return { secret, recoveryCodes: (confirmed.json() as { recoveryCodes: string[] }).recoveryCodes };
}

async function auditActions(
  id: string,
): Promise<{ action: string; detail: unknown; actor_id: string | null }[]> {
  return t.database.db
    .selectFrom('audit_event')
    .select(['action', 'detail', 'actor_id'])
    .where('entity', '=', 'user')
    .where('entity_id', '=', id)
    .orderBy('id')
    .execute();
}

describe('enrolment', () => {
  it('needs a session (401)', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/second-factor/enrolment' });
    expect(res.statusCode).toBe(401);
  });

  it('shows a QR code and the secret, stores the secret sealed, and takes effect only when confirmed', async () => {
    const username = await account();
    const cookie = await session(username);
    const before = await as(cookie, 'GET', '/api/v1/auth/second-factor');
    expect(before.json()).toEqual({ enabled: false, enabledAt: null, recoveryCodesLeft: 0, required: false });

    const begun = await as(cookie, 'POST', '/api/v1/auth/second-factor/enrolment');
    expect(begun.statusCode).toBe(200);
    const { secret, otpauthUri, qrDataUrl } = begun.json() as {
      secret: string;
      otpauthUri: string;
      qrDataUrl: string;
    };
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(otpauthUri).toContain(encodeURIComponent(username));
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/=]{200,}$/);

    // Sealed at rest: the stored column is an SM4 envelope that does not hold the secret.
    const raw = await sql<{ sealed: boolean; found: number }>`
      select totp_secret like 'sm4.%' as sealed, strpos(totp_secret, ${secret}) as found
      from user_second_factor where user_id = ${await t.userId(username)}`.execute(t.database.db);
    expect(raw.rows[0]).toEqual({ sealed: true, found: 0 });

    // Not yet confirmed: the password alone still signs in.
    expect((await login(username, PASSWORD)).json()).toMatchObject({ username, secondFactorEnabled: false });

    const wrong = await as(cookie, 'POST', '/api/v1/auth/second-factor/enrolment/confirm', {
      code: String((Number(codeFor(secret)) + 1) % 1_000_000).padStart(6, '0'),
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ field: 'code' });

    const confirmed = await as(cookie, 'POST', '/api/v1/auth/second-factor/enrolment/confirm', {
      code: codeFor(secret),
    });
    expect(confirmed.statusCode).toBe(200);
    const codes = (confirmed.json() as { recoveryCodes: string[] }).recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    // Kept only as hashes.
    const stored = await t.database.db.selectFrom('user_recovery_code').select('code_hash').execute();
    for (const c of codes) expect(stored.map((s) => s.code_hash).join()).not.toContain(c);

    const after = await as(cookie, 'GET', '/api/v1/auth/second-factor');
    expect(after.json()).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    const again = await as(cookie, 'POST', '/api/v1/auth/second-factor/enrolment');
    expect(again.statusCode).toBe(409);

    const actions = (await auditActions(await t.userId(username))).map((a) => a.action);
    expect(actions).toContain('auth.second_factor_enrolled');
    expect(actions).toContain('auth.second_factor_failed');
  });
});

describe('signing in with a second factor', () => {
  it('asks for the code after the right password, with no session until it is given', async () => {
    const username = await account();
    const { secret } = await enrol(username);
    const first = await login(username, PASSWORD);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ secondFactorRequired: true });
    expect(first.cookies.find((c) => c.name === 'tonghu_session')).toBeUndefined();
    // A wrong password says nothing of the factor.
    const bad = await login(username, 'Wrong-password-1');
    expect(bad.statusCode).toBe(401);
    expect(bad.json()).not.toHaveProperty('secondFactorRequired');

    const signed = await login(username, PASSWORD, codeFor(secret));
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({ username, secondFactorEnabled: true });
    const me = await as(cookieOf(signed), 'GET', '/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
  });

  it('refuses a wrong code (401, audited) and a used code replayed within its window', async () => {
    const username = await account();
    const { secret } = await enrol(username);
    const id = await t.userId(username);
    const code = codeFor(secret);
    const wrong = String((Number(code) + 500_000) % 1_000_000).padStart(6, '0');
    const refused = await login(username, PASSWORD, wrong);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('second_factor_invalid');
    expect(refused.cookies.find((c) => c.name === 'tonghu_session')).toBeUndefined();

    expect((await login(username, PASSWORD, code)).statusCode).toBe(200);
    // The same code again, still inside its 30 s (and the next step's) window: refused.
    const replay = await login(username, PASSWORD, code, '10.0.0.2');
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('second_factor_invalid');
    // A code of an earlier step than the one used: refused too.
    const earlier = codeFor(secret, new Date(now().getTime() - 30_000));
    expect((await login(username, PASSWORD, earlier, '10.0.0.2')).statusCode).toBe(401);
    // The next step's code works.
    t.advanceMinutes(1);
    expect((await login(username, PASSWORD, codeFor(secret))).statusCode).toBe(200);

    const events = await auditActions(id);
    const failed = events.filter((e) => e.action === 'auth.login_failed');
    expect(failed.map((e) => (e.detail as { reason: string }).reason)).toEqual([
      'wrong_second_factor',
      'wrong_second_factor',
      'wrong_second_factor',
    ]);
    expect(events.filter((e) => e.action === 'auth.second_factor_failed')).toHaveLength(3);
    expect(events.filter((e) => e.action === 'auth.login')).toHaveLength(3);
  });

  it('counts wrong codes in the same windows as wrong passwords: 429 after five', async () => {
    const username = await account();
    const { secret } = await enrol(username);
    const address = '10.9.9.9';
    const wrong = String((Number(codeFor(secret)) + 123_456) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 3; i++)
      expect((await login(username, PASSWORD, wrong, address)).statusCode).toBe(401);
    for (let i = 0; i < 2; i++)
      expect((await login(username, 'Wrong-password-1', undefined, address)).statusCode).toBe(401);
    const slowed = await login(username, PASSWORD, codeFor(secret), address);
    expect(slowed.statusCode).toBe(429);
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('takes a recovery code once, in place of the code, and records its use', async () => {
    const username = await account();
    const { recoveryCodes } = await enrol(username);
    const [first, second] = recoveryCodes as [string, string];
    const signed = await login(username, PASSWORD, first);
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({ username, recoveryCodesLeft: 9 });
    const again = await login(username, PASSWORD, first);
    expect(again.statusCode).toBe(401);
    // Typed in capitals and without dashes: still the code.
    const typed = await login(username, PASSWORD, second.replace(/-/g, '').toUpperCase());
    expect(typed.statusCode).toBe(200);
    const status = await as(cookieOf(typed), 'GET', '/api/v1/auth/second-factor');
    expect(status.json()).toMatchObject({ enabled: true, recoveryCodesLeft: 8 });
    const used = (await auditActions(await t.userId(username))).filter(
      (e) => e.action === 'auth.recovery_code_used',
    );
    expect(used.map((e) => (e.detail as { remaining: number }).remaining)).toEqual([9, 8]);
  });
});

describe('disabling one’s own second factor', () => {
  it('needs the password and a code, each checked (400 naming the field), then signs in without one', async () => {
    const username = await account();
    const { secret } = await enrol(username);
    const cookie = cookieOf(await login(username, PASSWORD, codeFor(secret)));
    t.advanceMinutes(1);
    const badPassword = await as(cookie, 'POST', '/api/v1/auth/second-factor/disable', {
      password: 'Wrong-password-1',
      code: codeFor(secret),
    });
    expect(badPassword.statusCode).toBe(400);
    expect(badPassword.json().error.field).toBe('password');
    const badCode = await as(cookie, 'POST', '/api/v1/auth/second-factor/disable', {
      password: PASSWORD,
      code: '000000' === codeFor(secret) ? '111111' : '000000',
    });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.field).toBe('code');
    const done = await as(cookie, 'POST', '/api/v1/auth/second-factor/disable', {
      password: PASSWORD,
      code: codeFor(secret),
    });
    expect(done.statusCode).toBe(204);
    expect((await login(username, PASSWORD)).json()).toMatchObject({ username, secondFactorEnabled: false });
    expect(
      await t.database.db
        .selectFrom('user_recovery_code')
        .selectAll()
        .where('user_id', '=', await t.userId(username))
        .execute(),
    ).toEqual([]);
    const actions = (await auditActions(await t.userId(username))).map((a) => a.action);
    expect(actions).toContain('auth.second_factor_disabled');
  });
});

describe('POST /api/v1/users/:id/second-factor/reset — a lost phone', () => {
  it('is for the system and the security administrator within their region; others 403, none 401', async () => {
    const username = await account();
    await enrol(username);
    const id = await t.userId(username);
    const url = `/api/v1/users/${id}/second-factor/reset`;
    expect((await t.call(null, { method: 'POST', url })).statusCode).toBe(401);
    for (const who of ['staff', 'supervisor', 'director', 'auditor'])
      expect((await t.call(who, { method: 'POST', url })).statusCode).toBe(403);
    const unknown = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/users/00000000-0000-4000-8000-000000000000/second-factor/reset',
    });
    expect(unknown.statusCode).toBe(404);
    const bad = await t.call('admin', { method: 'POST', url: '/api/v1/users/abc/second-factor/reset' });
    expect(bad.statusCode).toBe(400);
  });

  it('removes the factor, ends the sessions, records auth.second_factor_reset; the person enrols again', async () => {
    const username = await account();
    const { secret } = await enrol(username);
    const id = await t.userId(username);
    const cookie = cookieOf(await login(username, PASSWORD, codeFor(secret)));
    const res = await t.call('security', { method: 'POST', url: `/api/v1/users/${id}/second-factor/reset` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, secondFactorEnabled: false });
    expect((await as(cookie, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await login(username, PASSWORD)).json()).toMatchObject({ username, secondFactorEnabled: false });
    const reset = (await auditActions(id)).filter((e) => e.action === 'auth.second_factor_reset');
    expect(reset).toHaveLength(1);
    expect(reset[0]!.actor_id).toBe(await t.userId('security'));
    // Nothing left to reset.
    const twice = await t.call('admin', { method: 'POST', url: `/api/v1/users/${id}/second-factor/reset` });
    expect(twice.statusCode).toBe(409);
  });

  it('shows in the accounts list which accounts have a second factor', async () => {
    const username = await account();
    await enrol(username);
    const list = await t.call('admin', { method: 'GET', url: `/api/v1/users?q=${username}` });
    expect(list.json().items).toEqual([expect.objectContaining({ username, secondFactorEnabled: true })]);
  });
});

describe('TONGHU_REQUIRE_2FA=1', () => {
  let strict: TestApp;
  beforeAll(async () => {
    strict = await createTestApp({ config: { requireSecondFactor: true } });
  });
  afterAll(() => strict.close());

  it('holds administrators and county staff at 403 second_factor_required until they enrol; others go on', async () => {
    for (const who of ['admin', 'security', 'auditor', 'staff']) {
      const me = await strict.call(who, { method: 'GET', url: '/api/v1/auth/me' });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ mustEnrolSecondFactor: true, secondFactorEnabled: false });
      const users = await strict.call(who, { method: 'GET', url: '/api/v1/users' });
      expect(users.statusCode).toBe(403);
      expect(users.json().error.code).toBe('second_factor_required');
      const status = await strict.call(who, { method: 'GET', url: '/api/v1/auth/second-factor' });
      expect(status.json()).toMatchObject({ enabled: false, required: true });
    }
    // A director and a supervisor are not held back.
    const director = await strict.call('director', { method: 'GET', url: '/api/v1/auth/me' });
    expect(director.json()).toMatchObject({ mustEnrolSecondFactor: false });
    expect((await strict.call('director', { method: 'GET', url: '/api/v1/worklist' })).statusCode).not.toBe(
      403,
    );

    // Enrolment, me, change-password and logout answer; then, enrolled, the rest.
    const begun = await strict.call('admin', { method: 'POST', url: '/api/v1/auth/second-factor/enrolment' });
    expect(begun.statusCode).toBe(200);
    const weak = await strict.call('admin', {
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: 'Wrong-password-1', newPassword: 'x' },
    });
    expect(weak.statusCode).toBe(400);
    const { secret } = begun.json() as { secret: string };
    const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
      timestamp: strict.app.ctx.clock().getTime(),
    });
    const confirmed = await strict.call('admin', {
      method: 'POST',
      url: '/api/v1/auth/second-factor/enrolment/confirm',
      payload: { code },
    });
    expect(confirmed.statusCode).toBe(200);
    expect((await strict.call('admin', { method: 'GET', url: '/api/v1/users' })).statusCode).toBe(200);
    const me = await strict.call('admin', { method: 'GET', url: '/api/v1/auth/me' });
    expect(me.json()).toMatchObject({ mustEnrolSecondFactor: false, secondFactorEnabled: true });
    const out = await strict.call('staff', { method: 'POST', url: '/api/v1/auth/logout' });
    expect(out.statusCode).toBe(204);
  });

  it('is off by default: nobody is held back', async () => {
    const users = await t.call('admin', { method: 'GET', url: '/api/v1/users' });
    expect(users.statusCode).toBe(200);
    const me = await t.call('staff', { method: 'GET', url: '/api/v1/auth/me' });
    expect(me.json()).toMatchObject({ mustEnrolSecondFactor: false });
  });
});
