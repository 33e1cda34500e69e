// Signing in and out through the HTTP API against the real database: the session cookie, the same answer
// for an unknown user and a wrong password, the lockout after five failures and its end after 15 minutes,
// idle and absolute session expiry, and accounts that are disabled or locked by an administrator.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CAST, createTestApp, PASSWORD, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { systemActor } from '../access/actor.ts';
import { createUser } from '../users/service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
// Tests move the clock forward, which ends cached sessions: every test signs the cast in afresh.
beforeEach(() => {
  for (const who of Object.keys(CAST)) t.forget(who);
});

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

async function userId(username: string): Promise<string> {
  const row = await t.database.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
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

describe('lockout after repeated failures', () => {
  it('locks the account after five wrong passwords, refuses the right one, and lifts after 15 minutes', async () => {
    const username = await account();
    for (let i = 1; i <= 4; i++) expect((await login(username, `Wrong${i}abcd`)).statusCode).toBe(401);
    const fifth = await login(username, 'Wrong5abcd');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('locked');
    expect(fifth.json().error.message).toMatch(/锁定15分钟，请15分钟后再试/);

    const refused = await login(username, PASSWORD);
    expect(refused.statusCode).toBe(423);
    expect(refused.json().error.message).toMatch(/已锁定.*15分钟后再试/);
    expect(refused.cookies).toEqual([]);

    t.advanceMinutes(14);
    const later = await login(username, PASSWORD);
    expect(later.statusCode).toBe(423);
    expect(later.json().error.message).toMatch(/1分钟后再试/);

    t.advanceMinutes(1);
    expect((await login(username, PASSWORD)).statusCode).toBe(200);
  });

  it('counts failures afresh after a successful login', async () => {
    const username = await account();
    for (let i = 0; i < 4; i++) expect((await login(username, 'Wrong0abcd')).statusCode).toBe(401);
    expect((await login(username, PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(username, 'Wrong0abcd')).statusCode).toBe(401);
    expect((await login(username, PASSWORD)).statusCode).toBe(200);
  });

  it('locks after five wrong passwords sent at the same time (no lost counts)', async () => {
    const username = await account();
    const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => login(username, `Parallel${i}x`)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([401, 401, 401, 401, 423]);
    expect((await login(username, PASSWORD)).statusCode).toBe(423);
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
    const id = await userId(username);
    const res = await t.call('admin', {
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      payload: { disabled: true },
    });
    expect(res.statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
    const refused = await login(username, PASSWORD);
    expect(refused.statusCode).toBe(423);
    expect(refused.json().error).toMatchObject({ code: 'locked', message: expect.stringMatching(/停用/) });

    await t.call('admin', { method: 'PATCH', url: `/api/v1/users/${id}`, payload: { disabled: false } });
    expect((await login(username, PASSWORD)).statusCode).toBe(200);
  });

  it('an account locked by an administrator cannot sign in until unlocked, and its sessions end', async () => {
    const username = await account('supervisor');
    const cookie = await session(username);
    const id = await userId(username);
    expect((await t.call('admin', { method: 'POST', url: `/api/v1/users/${id}/lock` })).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
    const refused = await login(username, PASSWORD);
    expect(refused.statusCode).toBe(423);
    expect(refused.json().error.message).toMatch(/管理员锁定/);
    // An administrator's lock does not lift by itself.
    t.advanceMinutes(24 * 60);
    expect((await login(username, PASSWORD)).statusCode).toBe(423);
    t.forget('admin');
    expect((await t.call('admin', { method: 'POST', url: `/api/v1/users/${id}/unlock` })).statusCode).toBe(
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
    const weak = await change(cookie, { currentPassword: PASSWORD, newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.field).toBe('newPassword');
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
      .where('entity_id', '=', await userId(username))
      .where('action', '=', 'user.password_changed')
      .execute();
    expect(audit).toHaveLength(1);
  });
});
