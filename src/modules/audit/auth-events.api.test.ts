// Sign-in events in the audit trail, through the HTTP API: a sign-in, each kind of refusal with its reason,
// sign-out, a password change and an expired session — each with the client address, user agent, the hash of
// the session id (never the token) and the request id, and never a password.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { systemActor } from '../access/actor.ts';
import { createUser } from '../users/service.ts';
import { sessionHashOf } from './context.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.forgetAll());

const AGENT = 'Mozilla/5.0 (审计测试)';
let serial = 0;
async function account(): Promise<{ username: string; id: string }> {
  const username = `audit-auth-${++serial}`;
  const user = await createUser(t.database.db, systemActor('测试'), {
    username,
    displayName: `审计账号${serial}`,
    role: 'director',
    regionCode: PUNING.village,
    password: PASSWORD,
  });
  return { username, id: user.id };
}

function login(username: string, password: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    headers: { 'user-agent': AGENT },
    remoteAddress: '203.0.113.7',
  });
}

async function records(action: string) {
  return t.database.db
    .selectFrom('audit_event')
    .selectAll()
    .where('action', '=', action)
    .orderBy('seq', 'desc')
    .execute();
}

describe('auth events in the trail', () => {
  it('records a sign-in with address, user agent, session hash and request id', async () => {
    const { username, id } = await account();
    const res = await login(username, PASSWORD);
    expect(res.statusCode).toBe(200);
    const token = res.cookies.find((c) => c.name === 'tonghu_session')!.value;
    const [event] = await records('auth.login');
    expect(event).toMatchObject({
      actor_id: id,
      actor_name: `审计账号${serial}`,
      entity: 'user',
      entity_id: id,
      client_address: '203.0.113.7',
      user_agent: AGENT,
      session_hash: sessionHashOf(token),
      region_code: PUNING.village,
    });
    expect(event!.request_id).toMatch(/\S+/);
    expect(event!.session_hash).not.toContain(token);
    expect(event!.detail).toEqual({ username });
  });

  it('records refusals with their reason: unknown user, bad password, throttled', async () => {
    const { username, id } = await account();
    expect((await login('nobody-at-all', 'Wrong2026x')).statusCode).toBe(401);
    let [event] = await records('auth.login_failed');
    expect(event).toMatchObject({ actor_id: null, client_address: '203.0.113.7', session_hash: null });
    expect(event!.detail).toEqual({ username: 'nobody-at-all', reason: 'unknown_user' });
    expect((await login(username, 'Wrong2026x')).statusCode).toBe(401);
    [event] = await records('auth.login_failed');
    expect(event).toMatchObject({ actor_id: id });
    expect(event!.detail).toEqual({ username, reason: 'bad_password' });
    // Failures are slowed, never turned into a lock (login-throttle.ts): the sixth try is refused with 429.
    let last = 401;
    for (let i = 0; i < 6 && last !== 429; i++) last = (await login(username, `Wrong${i}abcdX`)).statusCode;
    expect(last).toBe(429);
    [event] = await records('auth.login_failed');
    expect(event!.detail).toMatchObject({ reason: 'throttled' });
    const all = JSON.stringify(await records('auth.login_failed'));
    expect(all).not.toContain('Wrong2026x');
    expect(all).not.toContain(PASSWORD);
  });

  it('keeps a username that looks like an ID number or phone only as a keyed hash', async () => {
    expect((await login('13800138000', 'Wrong2026x')).statusCode).toBe(401);
    const [event] = await records('auth.login_failed');
    expect(JSON.stringify(event)).not.toContain('13800138000');
    expect((event!.detail as { username: string }).username).toMatch(/^hmac:[0-9a-f]{64}$/);
  });

  it('records a sign-out and a password change by the signed-in person', async () => {
    const { username, id } = await account();
    const res = await login(username, PASSWORD);
    const cookie = `tonghu_session=${res.cookies.find((c) => c.name === 'tonghu_session')!.value}`;
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: PASSWORD, newPassword: 'Xinmima2027abc' },
      headers: { cookie },
    });
    expect(change.statusCode).toBe(204);
    const [changed] = await records('auth.password_changed');
    expect(changed).toMatchObject({ actor_id: id, session_hash: sessionHashOf(cookie.split('=')[1]!) });
    expect(JSON.stringify(changed)).not.toContain('Xinmima2027abc');
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const [logout] = await records('auth.logout');
    expect(logout).toMatchObject({ actor_id: id });
    // A logout without a session records nothing.
    const before = (await records('auth.logout')).length;
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout' });
    expect((await records('auth.logout')).length).toBe(before);
  });

  it('records a session that ended by the idle timeout when it is next used', async () => {
    const { username, id } = await account();
    const res = await login(username, PASSWORD);
    const cookie = `tonghu_session=${res.cookies.find((c) => c.name === 'tonghu_session')!.value}`;
    t.advanceMinutes(121);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    const [event] = await records('auth.session_expired');
    expect(event).toMatchObject({ actor_id: id, detail: { reason: 'idle' } });
    expect(event!.request_id).toMatch(/\S+/);
  });
});
