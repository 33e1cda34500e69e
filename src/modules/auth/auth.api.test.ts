// Signing in and out through the HTTP API against the real database: the session cookie, the same answer
// for an unknown user and a wrong password, failures slowed per address, account and device (never locked),
// idle and absolute session expiry, accounts that are disabled or locked by an administrator, and a password
// that must be changed before anything else.
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { systemActor } from '../access/actor.ts';
import { loadConfig } from '../../config.ts';
import { buildApp } from '../../server/app.ts';
import { createUser } from '../users/service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
// Tests move the clock forward, which ends cached sessions: every test signs the cast in afresh.
beforeEach(() => t.forgetAll());

function login(username: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
}

/** Signs in and returns the cookie header for later calls. */
async function session(username: string, password = PASSWORD): Promise<string> {
  const res = await login(username, password);
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'tonghu_session');
  if (!cookie) throw new Error('no session cookie');
  return `${cookie.name}=${cookie.value}`;
}

function me(cookie?: string) {
  return t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: cookie ? { cookie } : {} });
}

/** A fresh account of its own for each test that locks, disables or expires something. */
let serial = 0;
async function account(role: 'director' | 'supervisor' = 'director'): Promise<string> {
  const username = `auth-user-${++serial}`;
  await createUser(t.database.db, systemActor('测试'), {
    username,
    displayName: `测试账号${serial}`,
    role,
    regionCode: role === 'director' ? PUNING.village : PUNING.township,
    password: PASSWORD,
  });
  return username;
}

describe('POST /api/v1/auth/login', () => {
  it('signs in with an httpOnly, SameSite session cookie and answers who signed in', async () => {
    const res = await login('director', PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      username: 'director',
      displayName: '五福屿儿童主任',
      role: 'director',
      roleName: '儿童主任',
      regionCode: PUNING.village,
      regionName: '五福屿村委会',
    });
    const cookie = res.cookies.find((c) => c.name === 'tonghu_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie!.value.length).toBeGreaterThanOrEqual(40);
    expect(cookie!.maxAge).toBe(12 * 60 * 60);
    // Only a hash of the token is stored: a copy of the database signs nobody in.
    const stored = await t.database.db.selectFrom('user_session').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(cookie!.value);
  });

  it('records the time of the last login', async () => {
    const username = await account();
    await session(username);
    const row = await t.database.db
      .selectFrom('app_user')
      .select('last_login_at')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    expect(new Date(row.last_login_at!).toISOString()).toBe(t.app.ctx.clock().toISOString());
  });

  it('answers a wrong password and an unknown user with the same 401', async () => {
    const wrong = await login('director', 'Wrong2026x');
    const unknown = await login('nobody-here', 'Wrong2026x');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error).toEqual({ code: 'unauthenticated', message: '用户名或密码错误' });
    expect(wrong.cookies).toEqual([]);
  });

  it.each([
    [{ password: PASSWORD }, 'username'],
    [{ username: 'director' }, 'password'],
    [{ username: '  ', password: PASSWORD }, 'username'],
  ])('answers 400 naming the field for %j', async (payload, field) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'bad_input', field });
  });
});

describe('throttling, not lockout', () => {
  const from = (address: string) => ({ remoteAddress: address });
  const loginFrom = (username: string, password: string, address: string, cookie?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      ...from(address),
      headers: cookie ? { cookie } : {},
    });

  it('slows one address after five wrong passwords (429, Retry-After) while the owner elsewhere signs in', async () => {
    const username = await account();
    for (let i = 1; i <= 5; i++)
      expect((await loginFrom(username, `Wrong${i}abcdE`, '10.1.0.1')).statusCode).toBe(401);
    const sixth = await loginFrom(username, PASSWORD, '10.1.0.1');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().error.code).toBe('too_many_requests');
    expect(sixth.json().error.message).toMatch(/请15分钟后再试/);
    expect(Number(sixth.headers['retry-after'])).toBe(15 * 60);
    expect(sixth.cookies).toEqual([]);
    // Never 423, and the owner at another address is not affected.
    expect((await loginFrom(username, PASSWORD, '10.1.0.2')).statusCode).toBe(200);

    // The window slides: once the oldest failure is 15 minutes old there is room for one more try.
    t.advanceMinutes(14);
    const later = await loginFrom(username, PASSWORD, '10.1.0.1');
    expect(later.statusCode).toBe(429);
    expect(Number(later.headers['retry-after'])).toBe(60);
    t.advanceMinutes(1);
    expect((await loginFrom(username, PASSWORD, '10.1.0.1')).statusCode).toBe(200);
  });

  it('counts failures afresh after a successful login', async () => {
    const username = await account();
    for (let i = 0; i < 4; i++) expect((await login(username, 'Wrong0abcdE')).statusCode).toBe(401);
    expect((await login(username, PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(username, 'Wrong0abcdE')).statusCode).toBe(401);
    expect((await login(username, PASSWORD)).statusCode).toBe(200);
  });

  it('lets no more than five of eight wrong passwords sent at the same time be checked', async () => {
    const username = await account();
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => loginFrom(username, `Parallel${i}xY`, '10.2.0.1')),
    );
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 401).length).toBeGreaterThan(0);
    expect(codes.every((c) => c === 401 || c === 429)).toBe(true);
    expect((await loginFrom(username, PASSWORD, '10.2.0.1')).statusCode).toBe(429);
  });

  it('slows an account guessed from many addresses, but not in a browser that has signed in to it', async () => {
    const username = await account();
    // The owner's browser signs in once and keeps its device cookie.
    const first = await loginFrom(username, PASSWORD, '10.3.0.1');
    expect(first.statusCode).toBe(200);
    const device = first.cookies.find((c) => c.name === 'tonghu_device');
    expect(device).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    for (let i = 0; i < 20; i++)
      expect((await loginFrom(username, `Guess${i}abcdE`, `10.4.0.${i + 1}`)).statusCode).toBe(401);
    const stranger = await loginFrom(username, PASSWORD, '10.4.1.1');
    expect(stranger.statusCode).toBe(429);
    expect(stranger.json().error.message).toMatch(/该账号近期登录失败次数过多/);
    // The owner's own browser, even at a new address, is not locked out by the guesser.
    const owner = await loginFrom(username, PASSWORD, '10.5.0.1', `tonghu_device=${device!.value}`);
    expect(owner.statusCode).toBe(200);
    // A device cookie of another account does not count for this one.
    const other = await loginFrom('staff', PASSWORD, '10.5.0.2');
    const otherDevice = other.cookies.find((c) => c.name === 'tonghu_device')!.value;
    expect((await loginFrom(username, PASSWORD, '10.5.0.3', `tonghu_device=${otherDevice}`)).statusCode).toBe(
      429,
    );
  });

  it('treats an unknown username the same: slowed alike, so the answer tells nothing', async () => {
    for (let i = 0; i < 20; i++)
      expect((await loginFrom('no-such-user', `Guess${i}abcdE`, `10.6.0.${i + 1}`)).statusCode).toBe(401);
    const known = await account();
    for (let i = 0; i < 20; i++)
      expect((await loginFrom(known, `Guess${i}abcdE`, `10.7.0.${i + 1}`)).statusCode).toBe(401);
    const a = await loginFrom('no-such-user', 'Another1abcD', '10.8.0.1');
    const b = await loginFrom(known, 'Another1abcD', '10.8.0.2');
    expect([a.statusCode, b.statusCode]).toEqual([429, 429]);
    expect(a.json()).toEqual(b.json());
  });

  it('slows one address spraying many accounts', async () => {
    for (let i = 0; i < 50; i++)
      expect((await loginFrom(`spray-${i}`, 'Spring2026!x', '10.9.0.1')).statusCode).toBe(401);
    const res = await loginFrom('director', PASSWORD, '10.9.0.1');
    expect(res.statusCode).toBe(429);
    expect(res.json().error.message).toMatch(/本机所在网络登录失败次数过多/);
    expect((await loginFrom('director', PASSWORD, '10.9.0.2')).statusCode).toBe(200);
  });

  it('keeps the failures in the database, so that every server process sees them', async () => {
    const username = await account();
    for (let i = 0; i < 5; i++) await loginFrom(username, `Wrong${i}abcdE`, '10.10.0.1');
    const second = await buildApp({ database: t.database, config: loadConfig({}), clock: t.app.ctx.clock });
    try {
      const res = await second.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password: PASSWORD },
        remoteAddress: '10.10.0.1',
      });
      expect(res.statusCode).toBe(429);
    } finally {
      await second.close();
    }
    // Usernames are kept only as hashes.
    const keys = await t.database.db.selectFrom('login_failure').select('key').execute();
    expect(keys.some((k) => k.key.includes(username))).toBe(false);
  });
});

describe('sessions', () => {
  it('GET /api/v1/auth/me answers 401 without a session and the user with one', async () => {
    expect((await me()).statusCode).toBe(401);
    expect((await me('tonghu_session=forged')).statusCode).toBe(401);
    const res = await me(await session('supervisor'));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ username: 'supervisor', role: 'supervisor', regionName: '赤岗镇' });
    expect(body.permissions).toContain('child.level.confirm');
    expect(body.permissions).not.toContain('user.manage');
  });

  it('ends after two hours without a request, and slides with use', async () => {
    const cookie = await session(await account());
    t.advanceMinutes(119);
    expect((await me(cookie)).statusCode).toBe(200);
    t.advanceMinutes(119);
    expect((await me(cookie)).statusCode).toBe(200);
    t.advanceMinutes(120);
    const expired = await me(cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('unauthenticated');
  });

  it('writes the sliding expiry at most once a minute, yet a disabled account is refused at once', async () => {
    const username = await account();
    const cookie = await session(username);
    // The row's xmin changes with every write of it, even one writing the same values.
    const seen = async () =>
      t.database.db
        .selectFrom('user_session')
        .select(['last_seen_at', sql<string>`xmin::text`.as('written_by')])
        .where('user_id', '=', await t.userId(username))
        .executeTakeFirstOrThrow();
    const signedIn = await seen();
    t.advanceMinutes(1);
    expect((await me(cookie)).statusCode).toBe(200);
    const touched = await seen();
    expect(new Date(touched.last_seen_at).getTime() - new Date(signedIn.last_seen_at).getTime()).toBe(60_000);
    expect(touched.written_by).not.toBe(signedIn.written_by);
    // A burst within the minute reads the session each time and writes it no more.
    for (let i = 0; i < 5; i += 1) expect((await me(cookie)).statusCode).toBe(200);
    expect(await seen()).toEqual(touched);
    await t.database.db
      .updateTable('app_user')
      .set({ disabled: true })
      .where('id', '=', await t.userId(username))
      .execute();
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('ends twelve hours after signing in, however busy: used a minute before, refused at the hour', async () => {
    const cookie = await session(await account());
    for (let elapsed = 0; elapsed < 12 * 60 - 1;) {
      const step = Math.min(100, 12 * 60 - 1 - elapsed);
      t.advanceMinutes(step);
      elapsed += step;
      expect((await me(cookie)).statusCode).toBe(200);
    }
    t.advanceMinutes(1);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('logout ends the session and clears the cookie', async () => {
    const cookie = await session('staff');
    const other = await session('staff');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(res.statusCode).toBe(204);
    const cleared = res.cookies.find((c) => c.name === 'tonghu_session');
    expect(cleared?.value).toBe('');
    expect((await me(cookie)).statusCode).toBe(401);
    // Only that session: the same person signed in elsewhere stays signed in.
    expect((await me(other)).statusCode).toBe(200);
  });

  it('logout without a session is harmless', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout' });
    expect(res.statusCode).toBe(204);
  });
});

describe('accounts an administrator has stopped', () => {
  it('a disabled account cannot sign in and its sessions end', async () => {
    const username = await account();
    const cookie = await session(username);
    const id = await t.userId(username);
    const res = await t.call('admin', {
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      payload: { disabled: true },
    });
    expect(res.statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
    // Only someone with the right password learns that the account is disabled.
    expect((await login(username, 'Wrong2026xY')).json().error.code).toBe('unauthenticated');
    const refused = await login(username, PASSWORD);
    expect(refused.statusCode).toBe(423);
    expect(refused.json().error).toMatchObject({ code: 'locked', message: expect.stringMatching(/停用/) });

    await t.call('admin', { method: 'PATCH', url: `/api/v1/users/${id}`, payload: { disabled: false } });
    expect((await login(username, PASSWORD)).statusCode).toBe(200);
  });

  it('an account locked by an administrator cannot sign in until unlocked, and its sessions end', async () => {
    const username = await account('supervisor');
    const cookie = await session(username);
    const id = await t.userId(username);
    expect((await t.call('admin', { method: 'POST', url: `/api/v1/users/${id}/lock` })).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
    const refused = await login(username, PASSWORD);
    expect(refused.statusCode).toBe(423);
    expect(refused.json().error.message).toMatch(/管理员锁定/);
    // An administrator's lock does not lift by itself.
    t.advanceMinutes(24 * 60);
    expect((await login(username, PASSWORD)).statusCode).toBe(423);
    t.forget('security');
    expect((await t.call('security', { method: 'POST', url: `/api/v1/users/${id}/unlock` })).statusCode).toBe(
      200,
    );
    expect((await login(username, PASSWORD)).statusCode).toBe(200);
  });
});

describe('POST /api/v1/auth/password — changing one’s own password', () => {
  const change = (cookie: string | undefined, payload: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: payload as object,
      headers: cookie ? { cookie } : {},
    });

  it('needs a session (401)', async () => {
    expect(
      (await change(undefined, { currentPassword: PASSWORD, newPassword: 'Xinmima2027' })).statusCode,
    ).toBe(401);
  });

  it('refuses a wrong current password and a weak new one, naming the field, and changes nothing', async () => {
    const username = await account();
    const cookie = await session(username);
    const wrong = await change(cookie, { currentPassword: 'nope', newPassword: 'Xinmima2027' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.field).toBe('currentPassword');
    for (const newPassword of [
      'short',
      'password1', // the example: short, two classes
      'alllowercase2027', // two classes
      `Ab1${username}`, // holds the username
      'P@ssw0rd2025', // common
      `Aa1${'x'.repeat(254)}`, // 257 characters
    ]) {
      const weak = await change(cookie, { currentPassword: PASSWORD, newPassword });
      expect(weak.statusCode, newPassword).toBe(400);
      expect(weak.json().error.field).toBe('newPassword');
    }
    expect((await login(username, PASSWORD)).statusCode).toBe(200);
  });

  it('changes it, keeps this session, ends the others, and records it', async () => {
    const username = await account();
    const here = await session(username);
    const elsewhere = await session(username);
    const res = await change(here, { currentPassword: PASSWORD, newPassword: 'Xinmima2027' });
    expect(res.statusCode).toBe(204);
    expect((await me(here)).statusCode).toBe(200);
    expect((await me(elsewhere)).statusCode).toBe(401);
    expect((await login(username, PASSWORD)).statusCode).toBe(401);
    expect((await login(username, 'Xinmima2027')).statusCode).toBe(200);
    const audit = await t.database.db
      .selectFrom('audit_event')
      .select('action')
      .where('entity_id', '=', await t.userId(username))
      .where('action', '=', 'user.password_changed')
      .execute();
    expect(audit).toHaveLength(1);
  });
});

describe('an issued or reset password must be changed first', () => {
  async function issued(): Promise<{ username: string; password: string; id: string }> {
    const username = `issued-${++serial}`;
    const res = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/users',
      payload: { username, displayName: '新主任', role: 'director', regionCode: PUNING.village },
    });
    expect(res.statusCode).toBe(201);
    return { username, password: res.json().password, id: res.json().user.id };
  }

  it('answers 403 password_change_required everywhere but me, change-password and logout, until changed', async () => {
    const { username, password } = await issued();
    const res = await login(username, password);
    expect(res.statusCode).toBe(200);
    expect(res.json().mustChangePassword).toBe(true);
    const c = res.cookies.find((x) => x.name === 'tonghu_session')!;
    const cookie = `${c.name}=${c.value}`;
    const children = await t.app.inject({ method: 'GET', url: '/api/v1/children', headers: { cookie } });
    expect(children.statusCode).toBe(403);
    expect(children.json().error.code).toBe('password_change_required');
    expect((await me(cookie)).json()).toMatchObject({ username, mustChangePassword: true });

    // The issued password itself is not a new one.
    const same = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie },
      payload: { currentPassword: password, newPassword: password },
    });
    expect(same.statusCode).toBe(400);
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie },
      payload: { currentPassword: password, newPassword: 'Zhuren-2027' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await me(cookie)).json().mustChangePassword).toBe(false);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/children', headers: { cookie } })).statusCode,
    ).toBe(200);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
  });

  it('a reset password must be changed too', async () => {
    const username = await account();
    const id = await t.userId(username);
    const reset = await t.call('admin', { method: 'POST', url: `/api/v1/users/${id}/reset-password` });
    const password = reset.json().password as string;
    // Generated passwords pass the rules themselves: 12 characters, three classes.
    expect(password).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{12}$/);
    const res = await login(username, password);
    expect(res.json().mustChangePassword).toBe(true);
    const c = res.cookies.find((x) => x.name === 'tonghu_session')!;
    const visits = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `${c.name}=${c.value}` },
    });
    expect(visits.statusCode).toBe(200);
    const refused = await t.app.inject({
      method: 'GET',
      url: '/api/v1/worklist',
      headers: { cookie: `${c.name}=${c.value}` },
    });
    expect(refused.json().error?.code).toBe('password_change_required');
  });
});
