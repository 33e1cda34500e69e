// Tokens for systems (issue 22 pt 4) against the real database: the county creates a client for a department
// and gets its secret once; with `Authorization: Bearer` the client uploads a roster and lists and answers its
// department's referrals, within its scopes and department only; expiry, revocation, a disabled department,
// a cookie mixed in and the per-client limit all refuse; everything is in the trail under the client's name.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, idNumberFor, PASSWORD, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { multipart } from '../../../test/helpers/multipart.ts';
import { systemActor } from '../access/actor.ts';
import { createUser } from '../users/service.ts';
import { addDepartment, registerChild, sessions } from '../../../test/helpers/departments.ts';
import { secretHash } from './secret.ts';

let t: TestApp;
let policeId: string;

const call = (...args: Parameters<ReturnType<typeof sessions>>) => sessions(t)(...args);

beforeAll(async () => {
  t = await createTestApp({ config: { apiClientRateLimit: 40 } });
  policeId = await addDepartment(t, 'police', '普宁市公安局');
});
afterAll(() => t.close());

async function createClient(body: Record<string, unknown>, as = 'staff') {
  return call(as, {
    method: 'POST',
    url: '/api/v1/api-clients',
    payload: { departmentId: t.department.id, expiresOn: '2027-06-30', ...body },
  });
}

async function newClient(name: string, scopes: string[], extra: Record<string, unknown> = {}) {
  const res = await createClient({ name, scopes, ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { client: { id: string; name: string }; secret: string };
}

function bearer(secret: string, options: InjectOptions) {
  return t.app.inject({
    ...options,
    headers: { ...(options.headers ?? {}), authorization: `Bearer ${secret}` },
  });
}

function upload(fileName: string, lines: unknown[]) {
  return multipart(fileName, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
}

/** A referral of a child of its own, so that no two are the same unanswered report. */
async function sendReferral(departmentId?: string) {
  const childId = await registerChild(t, 'director');
  const res = await call('director', {
    method: 'POST',
    url: `/api/v1/children/${childId}/referrals`,
    payload: departmentId
      ? { finding: 'other', detail: '请协助核查', departmentIds: [departmentId] }
      : { finding: 'suspected_dropout', detail: '开学两周未到校' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().items[0].id as string;
}

describe('managing API clients', () => {
  it('is for the county bureau only: 401 anonymous, 403 for other roles', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/api-clients' })).statusCode).toBe(401);
    for (const who of ['admin', 'supervisor', 'director', 'department', 'security', 'auditor'])
      expect((await call(who, { method: 'GET', url: '/api/v1/api-clients' })).statusCode, who).toBe(403);
  });

  it('shows the secret once and keeps only its sha256', async () => {
    const { client, secret } = await newClient('教育局学籍系统', ['roster.upload']);
    expect(secret).toMatch(/^thk_[A-Za-z0-9_-]{43}$/);
    const row = await t.database.db
      .selectFrom('api_client')
      .selectAll()
      .where('id', '=', client.id)
      .executeTakeFirstOrThrow();
    expect(row.secret_hash).toBe(secretHash(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(4));
    const listed = await call('staff', { method: 'GET', url: '/api/v1/api-clients' });
    expect(listed.statusCode).toBe(200);
    expect(listed.body).not.toContain(secret.slice(4));
    const item = listed.json().items.find((c: { id: string }) => c.id === client.id);
    expect(item).toMatchObject({
      name: '教育局学籍系统',
      department: { id: t.department.id, name: '普宁市教育局' },
      scopes: ['roster.upload'],
      expiresOn: '2027-06-30',
      status: 'active',
      secretHint: secret.slice(0, 10),
      createdByName: '民政局李科员',
      lastUsedAt: null,
    });
    // Nor is it anywhere in the trail.
    const trail = await t.database.db.selectFrom('audit_event').selectAll().execute();
    expect(JSON.stringify(trail)).not.toContain(secret.slice(4));
    expect(trail.find((e) => e.action === 'api_client.created' && e.entity_id === client.id)).toMatchObject({
      actor_name: '民政局李科员',
      entity: 'api_client',
    });
  });

  it.each([
    [{ name: '', scopes: ['roster.upload'] }, 'name'],
    [{ name: 'x', scopes: [] }, 'scopes'],
    [{ name: 'x', scopes: ['children.read'] }, 'scopes'],
    [{ name: 'x', scopes: ['roster.upload'], expiresOn: '2026-11-22' }, 'expiresOn'],
    [{ name: 'x', scopes: ['roster.upload'], expiresOn: '2028-01-01' }, 'expiresOn'],
    [
      { name: 'x', scopes: ['roster.upload'], departmentId: '00000000-0000-4000-8000-000000000000' },
      'departmentId',
    ],
  ])('refuses %j with 400 naming %s', async (body, field) => {
    const res = await createClient(body);
    expect(res.statusCode, res.body).toBe(400);
    expect(JSON.stringify(res.json().error)).toContain(field);
  });

  it('refuses a department of another county', async () => {
    const elsewhere = await t.database.db
      .insertInto('department')
      .values({ county_code: '445202', kind: 'education', name: '揭东区教育局' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const res = await createClient({ name: '外县', scopes: ['roster.upload'], departmentId: elsewhere.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('departmentId');
  });

  it("keeps each county to its own clients: another county's is not found, a bad id is a 400", async () => {
    const elsewhere = await t.database.db
      .insertInto('department')
      .values({ county_code: '445203', kind: 'police', name: '揭阳市公安局某分局' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const other = await t.database.db
      .insertInto('api_client')
      .values({
        name: '外县系统',
        department_id: elsewhere.id,
        county_code: '445203',
        scopes: ['referrals.read'],
        expires_on: '2027-01-01',
        secret_prefix: 'thk_xxxxxx',
        secret_hash: '0'.repeat(64),
        created_by_name: '外县民政',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await call('staff', { method: 'GET', url: `/api/v1/api-clients/${other.id}` })).statusCode).toBe(
      404,
    );
    const revoke = await call('staff', { method: 'POST', url: `/api/v1/api-clients/${other.id}/revoke` });
    expect(revoke.statusCode).toBe(404);
    const listed = await call('staff', { method: 'GET', url: '/api/v1/api-clients' });
    expect(listed.json().items.map((c: { id: string }) => c.id)).not.toContain(other.id);
    const bad = await call('staff', { method: 'GET', url: '/api/v1/api-clients/not-an-id' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('id');
  });

  it("is the county's: staff bound to a city may not issue tokens", async () => {
    await createUser(t.database.db, systemActor('测试'), {
      username: 'citystaff',
      password: PASSWORD,
      role: 'civil_affairs',
      regionCode: '445200000000',
      displayName: '揭阳市民政局',
    });
    await t.database.db
      .updateTable('app_user')
      .set({ must_change_password: false })
      .where('username', '=', 'citystaff')
      .execute();
    const res = await createClient({ name: '市级发放', scopes: ['referrals.read'] }, 'citystaff');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('县级');
  });

  it('refuses a second live client of the same name (the trail names clients by name)', async () => {
    await newClient('同名系统', ['referrals.read']);
    expect((await createClient({ name: '同名系统', scopes: ['referrals.read'] })).statusCode).toBe(409);
  });
});

describe('calling with a bearer token', () => {
  it('refuses an unknown or malformed token with 401, and a cookie mixed in', async () => {
    const { secret } = await newClient('混用测试', ['referrals.read']);
    for (const token of ['thk_' + 'A'.repeat(43), 'not-a-token', ''])
      expect(
        (await bearer(token, { method: 'GET', url: '/api/v1/departments/inbox' })).statusCode,
        token,
      ).toBe(401);
    const cookie = await t.cookie('staff');
    const mixed = await t.app.inject({
      method: 'GET',
      url: '/api/v1/departments/inbox',
      headers: { authorization: `Bearer ${secret}`, cookie },
    });
    expect(mixed.statusCode).toBe(401);
    // A made-up token is refused without a trace in the trail (anyone can make them up).
    const traces = await t.database.db
      .selectFrom('audit_event')
      .select('id')
      .where('action', '=', 'auth.token_refused')
      .execute();
    expect(traces).toHaveLength(0);
    expect(mixed.body).toContain('会话');
  });

  it('does only what its scopes grant, and nothing a person of its role could', async () => {
    const { secret } = await newClient('只读系统', ['referrals.read']);
    const inbox = await bearer(secret, { method: 'GET', url: '/api/v1/departments/inbox' });
    expect(inbox.statusCode, inbox.body).toBe(200);
    // A department user may read the action plan; this client was not given it.
    expect((await bearer(secret, { method: 'GET', url: '/api/v1/supervision/plans' })).statusCode).toBe(403);
    expect((await bearer(secret, { method: 'GET', url: '/api/v1/children' })).statusCode).toBe(403);
    expect((await bearer(secret, { method: 'GET', url: '/api/v1/api-clients' })).statusCode).toBe(403);
    // Nor what any signed-in person may: the account pages are not a system's.
    for (const url of ['/api/v1/auth/me', '/api/v1/departments/kinds'])
      expect((await bearer(secret, { method: 'GET', url })).statusCode, url).toBe(403);
    const upload1 = await bearer(secret, {
      method: 'POST',
      url: '/api/v1/comparison/runs?kind=deaths',
      ...upload('d.ndjson', []),
    });
    expect(upload1.statusCode).toBe(403);
    const id = await sendReferral();
    const answer = await bearer(secret, {
      method: 'POST',
      url: `/api/v1/referrals/${id}/receive`,
      payload: {},
    });
    expect(answer.statusCode).toBe(403);
  });

  it('lists and answers its own department referrals, in the trail under its name', async () => {
    const { secret } = await newClient('教育局业务系统', ['referrals.read', 'referrals.answer']);
    const id = await sendReferral();
    const inbox = await bearer(secret, { method: 'GET', url: '/api/v1/departments/inbox' });
    expect(inbox.statusCode, inbox.body).toBe(200);
    expect(inbox.json().referrals.map((r: { id: string }) => r.id)).toContain(id);
    const one = await bearer(secret, { method: 'GET', url: `/api/v1/referrals/${id}` });
    expect(one.statusCode, one.body).toBe(200);
    // Cross-site checks are for browsers: a system's POST with no cookie passes whatever Origin it names.
    const received = await bearer(secret, {
      method: 'POST',
      url: `/api/v1/referrals/${id}/receive`,
      payload: {},
      headers: { origin: 'https://integrator.example' },
    });
    expect(received.statusCode, received.body).toBe(200);
    const answered = await bearer(secret, {
      method: 'POST',
      url: `/api/v1/referrals/${id}/answer`,
      payload: { answer: '已联系学校劝返', actionsTaken: '家访一次' },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().status).toBe('answered');

    const trail = await t.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('actor_name', '=', '教育局业务系统')
      .orderBy('seq')
      .execute();
    const actions = trail.map((e) => e.action);
    expect(actions).toContain('referral.inbox_listed');
    expect(actions).toContain('referral.viewed');
    expect(actions.filter((a) => a.startsWith('referral.') && /receive|answer/.test(a)).length).toBe(2);
    // The client is no person: no account id; the session hash is derived from the stored hash of its
    // secret, so its records can be found from its row, and the secret itself is nowhere in them.
    expect(trail.every((e) => e.actor_id === null)).toBe(true);
    expect(new Set(trail.map((e) => e.session_hash)).size).toBe(1);
    expect(trail[0]!.session_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(trail)).not.toContain(secret.slice(4));
    const client = await t.database.db
      .selectFrom('api_client')
      .select('last_used_at')
      .where('name', '=', '教育局业务系统')
      .executeTakeFirstOrThrow();
    expect(client.last_used_at).not.toBeNull();
  });

  it('grants referrals.answer only with referrals.read (an answer shows the referral)', async () => {
    const res = await createClient({ name: '只答复系统', scopes: ['referrals.answer'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('scopes');
  });

  it('is checked for its origin like a browser when any cookie comes with it', async () => {
    const { secret } = await newClient('带Cookie系统', ['referrals.read', 'referrals.answer']);
    const id = await sendReferral();
    const res = await bearer(secret, {
      method: 'POST',
      url: `/api/v1/referrals/${id}/receive`,
      payload: {},
      headers: { origin: 'https://elsewhere.example', cookie: 'theme=dark' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('跨站');
  });

  it('sees nothing of another department: its referral is not found', async () => {
    const { secret } = await newClient('教育局答复系统', ['referrals.read', 'referrals.answer']);
    const police = await sendReferral(policeId);
    expect((await bearer(secret, { method: 'GET', url: `/api/v1/referrals/${police}` })).statusCode).toBe(
      404,
    );
    const res = await bearer(secret, {
      method: 'POST',
      url: `/api/v1/referrals/${police}/receive`,
      payload: {},
    });
    expect(res.statusCode).toBe(404);
    const inbox = await bearer(secret, { method: 'GET', url: '/api/v1/departments/inbox?status=all' });
    expect(inbox.json().referrals.map((r: { id: string }) => r.id)).not.toContain(police);
    expect(
      inbox
        .json()
        .referrals.every((r: { department: { id: string } }) => r.department.id === t.department.id),
    ).toBe(true);
  });

  it('uploads a roster for the comparison with the upload rules: all or nothing', async () => {
    const { secret } = await newClient('公安户籍系统', ['roster.upload'], { departmentId: policeId });
    const birth = '2014-06-01';
    const good = await bearer(secret, {
      method: 'POST',
      url: '/api/v1/comparison/runs?kind=deaths&asOf=2026-11-23',
      ...upload('deaths.ndjson', [
        { idNumber: idNumberFor(birth, 41), name: '某某', birthDate: birth, date: '2026-10-01' },
      ]),
    });
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json()).toMatchObject({ roster: 'deaths', rows: 1, region: '445281' });
    const run = await t.database.db
      .selectFrom('comparison_run')
      .select(['actor_name', 'actor_id'])
      .where('id', '=', good.json().runId)
      .executeTakeFirstOrThrow();
    expect(run).toEqual({ actor_name: '公安户籍系统', actor_id: null });

    const before = await t.database.db
      .selectFrom('comparison_run')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const bad = await bearer(secret, {
      method: 'POST',
      url: '/api/v1/comparison/runs?kind=deaths',
      ...upload('deaths.ndjson', [
        { idNumber: idNumberFor(birth, 43), name: '某甲', birthDate: birth, date: '2026-10-01' },
        { idNumber: idNumberFor(birth, 45), name: '某乙', birthDate: birth, date: '2026-02-30' },
      ]),
    });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'bad_input' });
    expect(bad.json().error).toMatchObject({ field: 'date', line: 2 });
    const after = await t.database.db
      .selectFrom('comparison_run')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    // Within its county only.
    const outside = await bearer(secret, {
      method: 'POST',
      url: '/api/v1/comparison/runs?kind=deaths&region=445202',
      ...upload('deaths.ndjson', []),
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.field).toBe('region');
    // Seeing the findings is the bureau's work, not the sender's.
    expect((await bearer(secret, { method: 'GET', url: '/api/v1/comparison/findings' })).statusCode).toBe(
      403,
    );
  });

  it('takes the CSV of the integrator guide (docs/api.md) as it stands', async () => {
    const { secret } = await newClient('公安户籍系统（指南示例）', ['roster.upload'], {
      departmentId: policeId,
    });
    const res = await bearer(secret, {
      method: 'POST',
      url: '/api/v1/comparison/runs?kind=deaths',
      ...upload('deaths.csv', [
        '姓名,身份证号,出生日期,死亡日期',
        '张某,445281201406010011,2014-06-01,2026-10-01',
      ]),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      roster: 'deaths',
      rows: 1,
      file: { name: 'deaths.csv', unit: 'line' },
    });
  });

  it('is refused the day after it expires', async () => {
    const { secret } = await newClient('短期系统', ['referrals.read'], { expiresOn: '2026-11-24' });
    t.setToday('2026-11-24');
    expect((await bearer(secret, { method: 'GET', url: '/api/v1/departments/inbox' })).statusCode).toBe(200);
    t.setToday('2026-11-25');
    const res = await bearer(secret, { method: 'GET', url: '/api/v1/departments/inbox' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toContain('过期');
    const listed = await call('staff', { method: 'GET', url: '/api/v1/api-clients' });
    expect(listed.json().items.find((c: { name: string }) => c.name === '短期系统').status).toBe('expired');
    t.setToday('2026-11-23');
  });

  it('is refused at once when revoked, and the revocation is in the trail', async () => {
    const { client, secret } = await newClient('将吊销系统', ['referrals.read']);
    expect((await bearer(secret, { method: 'GET', url: '/api/v1/departments/inbox' })).statusCode).toBe(200);
    const revoked = await call('staff', { method: 'POST', url: `/api/v1/api-clients/${client.id}/revoke` });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'revoked', revokedByName: '民政局李科员' });
    const res = await bearer(secret, { method: 'GET', url: '/api/v1/departments/inbox' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toContain('吊销');
    expect(
      (await call('staff', { method: 'POST', url: `/api/v1/api-clients/${client.id}/revoke` })).statusCode,
    ).toBe(409);
    const event = await t.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'api_client.revoked')
      .where('entity_id', '=', client.id)
      .executeTakeFirst();
    expect(event).toMatchObject({ actor_name: '民政局李科员', region_code: PUNING.county });
    // Its use after the end is in the trail, under its name.
    const refused = await t.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'auth.token_refused')
      .where('entity_id', '=', client.id)
      .execute();
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ actor_name: '将吊销系统', detail: { reason: 'revoked' } });
  });

  it('is refused when its department is disabled', async () => {
    const dept = await addDepartment(t, 'health', '普宁市卫生健康局');
    const { secret } = await newClient('卫健系统', ['referrals.read'], { departmentId: dept });
    expect((await bearer(secret, { method: 'GET', url: '/api/v1/departments/inbox' })).statusCode).toBe(200);
    await t.database.db.updateTable('department').set({ disabled: true }).where('id', '=', dept).execute();
    expect((await bearer(secret, { method: 'GET', url: '/api/v1/departments/inbox' })).statusCode).toBe(401);
  });

  it('is limited per client, and one client using up its budget leaves another untouched', async () => {
    const a = await newClient('限流甲', ['referrals.read']);
    const b = await newClient('限流乙', ['referrals.read']);
    const codes: number[] = [];
    for (let i = 0; i < 45; i++)
      codes.push((await bearer(a.secret, { method: 'GET', url: '/api/v1/departments/inbox' })).statusCode);
    expect(codes.filter((c) => c === 429).length, codes.join(',')).toBeGreaterThan(0);
    expect(codes.slice(0, 40).every((c) => c !== 429)).toBe(true);
    const limited = await bearer(a.secret, { method: 'GET', url: '/api/v1/departments/inbox' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.message).toContain('频繁');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await bearer(b.secret, { method: 'GET', url: '/api/v1/departments/inbox' })).statusCode).toBe(
      200,
    );
    // A person is not counted against it.
    expect((await call('staff', { method: 'GET', url: '/api/v1/departments/inbox' })).statusCode).toBe(200);
    // The next minute, the budget is back.
    t.advanceMinutes(1);
    expect((await bearer(a.secret, { method: 'GET', url: '/api/v1/departments/inbox' })).statusCode).toBe(
      200,
    );
  });
});
