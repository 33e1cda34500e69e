// Accounts through the HTTP API against the real database: every route for no session (401), a role other
// than administrator (403), an account outside the administrator's region (404, exactly like a missing
// one), bad input (400 naming the field), a taken username (409) and the happy paths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { systemActor } from '../access/actor.ts';
import { createUser } from './service.ts';

let t: TestApp;
/** An account in 江宁区, outside the 普宁 administrator's region. */
let outsiderId: string;
beforeAll(async () => {
  t = await createTestApp();
  const outsider = await createUser(t.database.db, systemActor('测试'), {
    username: 'jiangning-director',
    displayName: '江宁儿童主任',
    role: 'director',
    regionCode: (
      await t.database.db
        .selectFrom('region')
        .select('code')
        .where('code', 'like', '320115%')
        .where('level', '=', 'village')
        .orderBy('code')
        .executeTakeFirstOrThrow()
    ).code,
    password: PASSWORD,
  });
  outsiderId = outsider.id;
});
afterAll(() => t.close());

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

function newUser(overrides: Record<string, unknown> = {}) {
  return {
    username: 'wufu-2',
    displayName: '陈秀英',
    role: 'director',
    regionCode: PUNING.village,
    phone: '0663-2222222',
    ...overrides,
  };
}

function login(username: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
}

async function cookieOf(username: string, password = PASSWORD): Promise<string> {
  const res = await login(username, password);
  expect(res.statusCode).toBe(200);
  const c = res.cookies.find((x) => x.name === 'tonghu_session')!;
  return `${c.name}=${c.value}`;
}

const ROUTES = [
  { method: 'GET', path: '/api/v1/users', url: () => '/api/v1/users' },
  {
    method: 'POST',
    path: '/api/v1/users',
    url: () => '/api/v1/users',
    payload: () => newUser({ username: 'never-made' }),
  },
  {
    method: 'PATCH',
    path: '/api/v1/users/:id',
    url: (id: string) => `/api/v1/users/${id}`,
    payload: () => ({ displayName: '改名' }),
  },
  {
    method: 'POST',
    path: '/api/v1/users/:id/reset-password',
    url: (id: string) => `/api/v1/users/${id}/reset-password`,
    payload: () => ({}),
  },
  { method: 'POST', path: '/api/v1/users/:id/lock', url: (id: string) => `/api/v1/users/${id}/lock` },
  {
    method: 'POST',
    path: '/api/v1/users/:id/unlock',
    url: (id: string) => `/api/v1/users/${id}/unlock`,
    // 三员分立: unlocking is the security administrator's.
    as: 'security',
  },
] as const;

const callerOf = (route: (typeof ROUTES)[number]) => ('as' in route ? route.as : 'admin');

describe('every users route', () => {
  it.each(ROUTES)('$method $path answers 401 without a session', async (route) => {
    const id = await t.userId('director');
    const res = await t.call(null, {
      method: route.method,
      url: route.url(id),
      ...('payload' in route ? { payload: route.payload() } : {}),
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it.each(ROUTES)('$method $path answers 403 to everyone but an administrator', async (route) => {
    const id = await t.userId('director');
    for (const who of ['staff', 'supervisor', 'director', 'department', 'auditor']) {
      const res = await t.call(who, {
        method: route.method,
        url: route.url(id),
        ...('payload' in route ? { payload: route.payload() } : {}),
      });
      expect(res.statusCode, who).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
  });

  it.each(ROUTES.filter((r) => r.path !== '/api/v1/users'))(
    '$method $path answers 404 for an account outside the region, exactly as for a missing one',
    async (route) => {
      const call = (id: string) =>
        t.call(callerOf(route), {
          method: route.method,
          url: route.url(id),
          ...('payload' in route ? { payload: route.payload() } : {}),
        });
      const outside = await call(outsiderId);
      const missing = await call(MISSING_ID);
      expect(outside.statusCode).toBe(404);
      expect(missing.statusCode).toBe(404);
      expect(outside.json()).toEqual(missing.json());
    },
  );

  it.each(ROUTES.filter((r) => r.path !== '/api/v1/users'))(
    '$method $path answers 400 naming the id for a malformed one',
    async (route) => {
      const res = await t.call(callerOf(route), {
        method: route.method,
        url: route.url('not-a-uuid'),
        ...('payload' in route ? { payload: route.payload() } : {}),
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe('id');
    },
  );
});

describe('GET /api/v1/users', () => {
  it('lists the accounts under the administrator’s region, not those elsewhere', async () => {
    const res = await t.call('admin', { method: 'GET', url: '/api/v1/users' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { username: string }[];
    const names = items.map((u) => u.username);
    expect(names).toEqual(expect.arrayContaining(['admin', 'staff', 'supervisor', 'director', 'department']));
    expect(names).not.toContain('jiangning-director');
    expect(items.find((u) => u.username === 'director')).toMatchObject({
      displayName: '五福屿儿童主任',
      role: 'director',
      roleName: '儿童主任',
      regionCode: PUNING.village,
      regionName: '五福屿村委会',
      disabled: false,
      locked: false,
    });
    expect(JSON.stringify(items)).not.toMatch(/password|argon2/i);
  });
});

describe('POST /api/v1/users', () => {
  it('creates an account with a generated password, shown once, that signs in', async () => {
    const res = await t.call('admin', { method: 'POST', url: '/api/v1/users', payload: newUser() });
    expect(res.statusCode).toBe(201);
    const { user, password } = res.json();
    expect(user).toMatchObject({ username: 'wufu-2', role: 'director', regionName: '五福屿村委会' });
    expect(password).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{12}$/);
    expect((await login('wufu-2', password)).statusCode).toBe(200);
    const list = await t.call('admin', { method: 'GET', url: '/api/v1/users' });
    expect(list.body).not.toContain(password);
    const audit = await t.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'user.created')
      .where('entity_id', '=', user.id)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('takes a password when given one and returns none', async () => {
    const res = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/users',
      payload: newUser({
        username: 'chigang-2',
        role: 'supervisor',
        regionCode: PUNING.township,
        password: 'Chigang2026',
      }),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().password).toBeNull();
    expect((await login('chigang-2', 'Chigang2026')).statusCode).toBe(200);
  });

  it.each([
    [{ role: 'mayor' }, 'role'],
    [{ role: 'director', regionCode: PUNING.county }, 'regionCode'],
    [{ role: 'supervisor', regionCode: PUNING.village }, 'regionCode'],
    [{ role: 'civil_affairs', regionCode: PUNING.township }, 'regionCode'],
    [{ regionCode: '320115001001' }, 'regionCode'],
    [{ regionCode: '445281102999' }, 'regionCode'],
    [{ regionCode: 'abc' }, 'regionCode'],
    [{ password: 'short1' }, 'password'],
    [{ password: 'onlyletters' }, 'password'],
    [{ password: '1234567890' }, 'password'],
    [{ password: 'alllowercase2027' }, 'password'],
    [{ password: 'Woaini1314520' }, 'password'],
    [{ username: 'has space' }, 'username'],
    [{ username: '张三' }, 'username'],
    [{ displayName: ' ' }, 'displayName'],
  ])('answers 400 naming the field for %j', async (overrides, field) => {
    const before = await t.database.db
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const res = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/users',
      payload: newUser({ username: 'bad-input', ...overrides }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'bad_input', field });
    const after = await t.database.db
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
  });

  it('refuses a username already taken (409), even one outside the region', async () => {
    for (const username of ['director', 'jiangning-director']) {
      const res = await t.call('admin', {
        method: 'POST',
        url: '/api/v1/users',
        payload: newUser({ username }),
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'conflict', field: 'username' });
    }
  });
});

describe('PATCH /api/v1/users/:id', () => {
  it('changes name and phone without ending the account’s sessions', async () => {
    const id = await t.userId('neighbour');
    const cookie = await cookieOf('neighbour');
    const res = await t.call('admin', {
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      payload: { displayName: '西林村儿童主任', phone: '13800000000' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ displayName: '西林村儿童主任', phone: '13800000000' });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
  });

  it('moves an account to a new role and region, which ends its sessions at once', async () => {
    await createUser(t.database.db, systemActor('测试'), {
      username: 'mover',
      displayName: '调岗人员',
      role: 'director',
      regionCode: PUNING.village,
      password: PASSWORD,
    });
    const cookie = await cookieOf('mover');
    // A new role with its region: the security administrator's (三员分立).
    const res = await t.call('security', {
      method: 'PATCH',
      url: `/api/v1/users/${await t.userId('mover')}`,
      payload: { role: 'supervisor', regionCode: PUNING.otherTownship },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      role: 'supervisor',
      regionCode: PUNING.otherTownship,
      regionName: '大坝镇',
    });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode,
    ).toBe(401);
    const fresh = await cookieOf('mover');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: fresh } });
    expect(me.json()).toMatchObject({ role: 'supervisor', regionCode: PUNING.otherTownship });
  });

  it.each([
    [{ role: 'supervisor' }, 'regionCode'],
    [{ regionCode: PUNING.township }, 'regionCode'],
    [{ role: 'chief' }, 'role'],
    [{ displayName: '' }, 'displayName'],
    [{ disabled: 'yes' }, 'disabled'],
  ])('answers 400 naming the field for %j and changes nothing', async (payload, field) => {
    const id = await t.userId('director');
    const res = await t.call('role' in payload ? 'security' : 'admin', {
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
    const row = await t.database.db
      .selectFrom('app_user')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      role: 'director',
      region_code: PUNING.village,
      display_name: '五福屿儿童主任',
    });
  });
});

describe('POST /api/v1/users/:id/reset-password', () => {
  it('sets a generated password shown once, to be changed; forgets the failures and ends the sessions', async () => {
    await createUser(t.database.db, systemActor('测试'), {
      username: 'forgetful',
      displayName: '忘记密码的人',
      role: 'director',
      regionCode: PUNING.neighbour,
      password: PASSWORD,
    });
    const cookie = await cookieOf('forgetful');
    for (let i = 0; i < 5; i++) await login('forgetful', 'Wrong0abcdE');
    expect((await login('forgetful', PASSWORD)).statusCode).toBe(429);

    const res = await t.call('admin', {
      method: 'POST',
      url: `/api/v1/users/${await t.userId('forgetful')}/reset-password`,
    });
    expect(res.statusCode).toBe(200);
    const { password } = res.json();
    expect(password).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{12}$/);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode,
    ).toBe(401);
    expect((await login('forgetful', PASSWORD)).statusCode).toBe(401);
    const signedIn = await login('forgetful', password);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().mustChangePassword).toBe(true);
  });

  it('sets a given password and returns none; refuses a weak one naming the field', async () => {
    const id = await t.userId('forgetful');
    const weak = await t.call('admin', {
      method: 'POST',
      url: `/api/v1/users/${id}/reset-password`,
      payload: { password: 'weak' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.field).toBe('password');
    const res = await t.call('admin', {
      method: 'POST',
      url: `/api/v1/users/${id}/reset-password`,
      payload: { password: 'Remember2026' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ password: null });
    expect((await login('forgetful', 'Remember2026')).statusCode).toBe(200);
  });
});

describe('POST /api/v1/users/:id/lock and /unlock', () => {
  it('locks and unlocks an account, shown in the list', async () => {
    const id = await t.userId('department');
    const locked = await t.call('admin', { method: 'POST', url: `/api/v1/users/${id}/lock` });
    expect(locked.statusCode).toBe(200);
    expect(locked.json()).toMatchObject({ username: 'department', locked: true });
    expect((await login('department', PASSWORD)).statusCode).toBe(423);
    const list = (await t.call('admin', { method: 'GET', url: '/api/v1/users' })).json().items;
    expect(list.find((u: { username: string }) => u.username === 'department').locked).toBe(true);
    const unlocked = await t.call('security', { method: 'POST', url: `/api/v1/users/${id}/unlock` });
    expect(unlocked.json()).toMatchObject({ locked: false, lockedUntil: null });
    expect((await login('department', PASSWORD)).statusCode).toBe(200);
  });
});
