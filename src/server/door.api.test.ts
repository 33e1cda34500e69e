// What the server refuses at the door (issue 15.1, 15.6, 15.7), through the real application: oversized
// sign-in bodies (413 before reading), strings holding NUL or half a surrogate pair (400 naming the field,
// nothing stored), the security headers and no-store, HTTPS-only cookie names and HSTS behind a trusted
// proxy, cross-site state changes (403 before the body is read), and the limit on anonymous callers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, PUNING, type TestApp } from '../../test/helpers/app.ts';
import { loadConfig } from '../config.ts';
import { buildApp } from './app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: payload as object, headers });

describe('sign-in bodies and passwords', () => {
  it('refuses a sign-in body over 16 KiB with 413, before reading it', async () => {
    const res = await login({ username: 'director', password: 'x'.repeat(17 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toEqual({ code: 'payload_too_large', message: '请求内容过大' });
    // Refused on its declared length alone: the body is never parsed.
    const declared = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json', 'content-length': String(60 * 1024 * 1024) },
      payload: '{}',
    });
    expect(declared.statusCode).toBe(413);
  });

  it('refuses a password over 256 characters, naming the field', async () => {
    const res = await login({ username: 'director', password: `A1${'b'.repeat(255)}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'bad_input', field: 'password' });
    expect((await login({ username: 'director', password: PASSWORD })).statusCode).toBe(200);
  });
});

describe('strings with NUL or half a surrogate pair', () => {
  it.each([
    ['a NUL in the username', { username: 'dir\u0000ector', password: PASSWORD }, 'username'],
    [
      'a lone high surrogate in the password',
      { username: 'director', password: 'Abc123\ud800xyz' },
      'password',
    ],
    ['a lone low surrogate', { username: '\udc00', password: PASSWORD }, 'username'],
  ])('answers 400 at sign-in for %s', async (_, payload, field) => {
    const res = await login(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'bad_input', field });
  });

  it('accepts a real pair (an emoji) and Chinese text', async () => {
    const res = await login({ username: '张三😀', password: PASSWORD });
    expect(res.statusCode).toBe(401);
  });

  it('answers 400 naming the nested field on any route, and stores nothing', async () => {
    const before = await t.database.db.selectFrom('child').select('id').execute();
    const res = await t.call('director', {
      method: 'POST',
      url: '/api/v1/children',
      payload: {
        name: '王小明',
        hukouType: 'rural',
        villageCode: PUNING.village,
        parents: [{ relation: 'father', name: '王\u0000父', statuses: ['migrant'] }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'bad_input', field: 'parents.0.name' });
    expect(await t.database.db.selectFrom('child').select('id').execute()).toEqual(before);
  });

  it('checks the query string too', async () => {
    const res = await t.call('staff', { method: 'GET', url: '/api/v1/children?q=%00' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('q');
    const lone = await t.call('staff', { method: 'GET', url: '/api/v1/children?q=%ED%A0%80' });
    expect(lone.statusCode).not.toBe(500);
  });
});

describe('headers', () => {
  it('sends a CSP without inline script, no framing, nosniff, no referrer, and no-store on the API', async () => {
    const res = await t.call('staff', { method: 'GET', url: '/api/v1/auth/me' });
    expect(res.statusCode).toBe(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
    // Served over plain HTTP: no HSTS (an intranet deployment must not pin itself to HTTPS).
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends them on errors too', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/children' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('ignores X-Forwarded-Proto unless the proxy is trusted', async () => {
    const res = await login({ username: 'director', password: PASSWORD }, { 'x-forwarded-proto': 'https' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    const cookie = res.cookies.find((c) => c.name === 'tonghu_session');
    expect(cookie?.secure).toBeFalsy();
  });
});

describe('behind a trusted proxy that terminates HTTPS', () => {
  let proxied: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    proxied = await buildApp({
      database: t.database,
      config: { ...loadConfig({ TONGHU_TRUST_PROXY: '127.0.0.1' }) },
      clock: t.app.ctx.clock,
    });
  });
  afterAll(() => proxied.close());

  it('names the cookies __Host-, makes them Secure, sends HSTS, and reads the real client address', async () => {
    const headers = {
      'x-forwarded-proto': 'https',
      'x-forwarded-for': '203.0.113.9',
      host: 'tonghu.example.cn',
    };
    const res = await proxied.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'director', password: PASSWORD },
      headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const session = res.cookies.find((c) => c.name === '__Host-tonghu_session');
    expect(session).toMatchObject({ secure: true, httpOnly: true, path: '/', sameSite: 'Strict' });
    expect(session?.domain).toBeUndefined();
    expect(res.cookies.find((c) => c.name === '__Host-tonghu_device')).toMatchObject({ secure: true });
    // The session works under its __Host- name, over HTTPS.
    const me = await proxied.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { ...headers, cookie: `${session!.name}=${session!.value}` },
    });
    expect(me.statusCode).toBe(200);
    // A failure is counted against the forwarded address, not the proxy's.
    await proxied.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'director', password: 'Wrong2026xY' },
      headers,
    });
    const rows = await t.database.db
      .selectFrom('login_failure')
      .select('key')
      .where('scope', '=', 'address')
      .execute();
    expect(rows.map((r) => r.key)).toContain('203.0.113.9');
  });

  it('takes the app’s own origin from the forwarded scheme and host', async () => {
    const res = await proxied.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: {
        'x-forwarded-proto': 'https',
        host: 'tonghu.example.cn',
        origin: 'https://tonghu.example.cn',
      },
    });
    expect(res.statusCode).toBe(204);
  });
});

describe('cross-site requests', () => {
  const post = (url: string, headers: Record<string, string>, payload?: unknown) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { host: 'localhost:3000', ...headers },
      payload: payload as object,
    });

  it('refuses a state change from another origin even with a valid session, and changes nothing', async () => {
    const cookie = await t.cookie('director');
    const before = await t.database.db.selectFrom('child').select('id').execute();
    const res = await post(
      '/api/v1/children',
      { cookie, origin: 'http://evil.example' },
      { name: '王小明', hukouType: 'rural', villageCode: PUNING.village },
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    expect(await t.database.db.selectFrom('child').select('id').execute()).toEqual(before);
    // The session is still good: the refusal ended nothing.
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode,
    ).toBe(200);
  });

  it('refuses before the body is read (a huge body is 403, not 413)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: {
        host: 'localhost:3000',
        origin: 'http://evil.example',
        'content-type': 'application/json',
        'content-length': String(60 * 1024 * 1024),
      },
      payload: '{}',
    });
    expect(res.statusCode).toBe(403);
  });

  it.each([
    ['Origin of another site', { origin: 'http://evil.example' }, 403],
    ['Origin of another port', { origin: 'http://localhost:5173' }, 403],
    ['Origin of another scheme', { origin: 'https://localhost:3000' }, 403],
    ['Origin "null"', { origin: 'null' }, 403],
    ['Referer of another site, no Origin', { referer: 'http://evil.example/page' }, 403],
    ['its own Origin', { origin: 'http://localhost:3000' }, 204],
    ['its own Referer, no Origin', { referer: 'http://localhost:3000/children?x=1' }, 204],
    ['neither header (the CLI, curl)', {}, 204],
  ])('%s → %i', async (_, headers, status) => {
    expect((await post('/api/v1/auth/logout', headers)).statusCode).toBe(status);
  });

  it('lets GET through from anywhere (it changes nothing)', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { host: 'localhost:3000', origin: 'http://evil.example', cookie: await t.cookie('staff') },
    });
    expect(res.statusCode).toBe(200);
  });

  it('accepts the origins of TONGHU_ALLOWED_ORIGINS', async () => {
    const app = await buildApp({
      database: t.database,
      config: loadConfig({ TONGHU_ALLOWED_ORIGINS: 'https://portal.example.cn' }),
      clock: t.app.ctx.clock,
    });
    try {
      const ok = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: { origin: 'https://portal.example.cn' },
      });
      expect(ok.statusCode).toBe(204);
      const no = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: { origin: 'https://other.example.cn' },
      });
      expect(no.statusCode).toBe(403);
    } finally {
      await app.close();
    }
    expect(() => loadConfig({ TONGHU_ALLOWED_ORIGINS: 'portal.example.cn' })).toThrow(
      /TONGHU_ALLOWED_ORIGINS/,
    );
  });
});

describe('callers who have not signed in', () => {
  it('are limited per address (429 with Retry-After); signed-in callers are not counted', async () => {
    const app = await buildApp({
      database: t.database,
      config: loadConfig({ TONGHU_ANON_RATE_LIMIT: '5' }),
      clock: t.app.ctx.clock,
    });
    try {
      const anon = () => app.inject({ method: 'GET', url: '/api/health', remoteAddress: '10.20.0.1' });
      for (let i = 0; i < 5; i++) expect((await anon()).statusCode).toBe(200);
      const refused = await anon();
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error.code).toBe('too_many_requests');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // Another address is its own count.
      expect(
        (await app.inject({ method: 'GET', url: '/api/health', remoteAddress: '10.20.0.2' })).statusCode,
      ).toBe(200);
      // A signed-in caller at the same address is not refused.
      const cookie = await t.cookie('staff');
      const me = await app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        remoteAddress: '10.20.0.1',
        headers: { cookie },
      });
      expect(me.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
