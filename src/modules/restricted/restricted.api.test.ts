// Restricted files (敏感个案, issue 16.4) against the real database, for each role of the cast: the village's
// director, a named case worker and the county's designated officer see the details; the rest of the county
// sees a 受限 row with the name masked and whom to contact; out of region stays 404; every change audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, idNumberFor, PASSWORD, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { systemActor } from '../access/actor.ts';
import { createUser } from '../users/service.ts';

let t: TestApp;
let child: string;
let other: string;
const users: Record<string, string> = {};

async function register(name: string, village: string, seq: number) {
  const res = await t.call('staff', {
    method: 'POST',
    url: '/api/v1/children',
    payload: {
      name,
      idNumber: idNumberFor('2014-06-01', seq),
      hukouType: 'rural',
      villageCode: village,
      parents: [{ relation: 'father', statuses: ['deceased'] }],
      conditions: ['harm.suspected'],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

const restriction = (
  as: string | null,
  id: string,
  method: 'GET' | 'PUT' | 'DELETE' = 'GET',
  payload?: object,
) => t.call(as, { method, url: `/api/v1/children/${id}/restriction`, ...(payload ? { payload } : {}) });
const file = (as: string, id: string) => t.call(as, { method: 'GET', url: `/api/v1/children/${id}` });
const listed = async (as: string) =>
  (await t.call(as, { method: 'GET', url: '/api/v1/children?pageSize=200' })).json().items as {
    id: string;
    name: string;
    idNumber: string | null;
    restricted: boolean;
    difficultyTypes: string[];
  }[];

beforeAll(async () => {
  t = await createTestApp();
  // Another of the county's civil-affairs staff: in scope, but neither named nor the designated officer.
  // (The system administrator is no one to test this with: under 三员分立 it reads no child's file at all.)
  await createUser(t.database.db, systemActor('测试'), {
    username: 'colleague',
    password: PASSWORD,
    role: 'civil_affairs',
    regionCode: PUNING.county,
    displayName: '民政局王科员',
    departmentId: null,
  });
  for (const u of await t.database.db.selectFrom('app_user').select(['id', 'username']).execute())
    users[u.username] = u.id;
  child = await register('林秘密', PUNING.village, 41);
  other = await register('林公开', PUNING.village, 43);
  const officer = await t.call('admin', {
    method: 'PUT',
    url: '/api/v1/privacy-officers/445281',
    payload: { userId: users.staff },
  });
  expect(officer.statusCode, officer.body).toBe(200);
});
afterAll(() => t.close());

describe('restricting a file', () => {
  it('answers 401, 403 for a role that may not restrict, 404 out of region, 400 naming the field', async () => {
    const body = { reason: 'sexual_abuse', memberIds: [users.supervisor] };
    expect((await restriction(null, child, 'PUT', body)).statusCode).toBe(401);
    expect((await restriction('supervisor', child, 'PUT', body)).statusCode).toBe(403);
    expect((await restriction('neighbour', child, 'GET')).statusCode).toBe(404);
    const bad = await restriction('staff', child, 'PUT', { reason: 'gossip', memberIds: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toContain('reason');
    // The neighbouring village's director cannot see the child, so cannot be named.
    const outsider = await restriction('staff', child, 'PUT', {
      reason: 'other',
      memberIds: [users.neighbour],
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().error.field).toBe('memberIds.0');
    expect(await t.database.db.selectFrom('child_restriction').selectAll().execute()).toHaveLength(0);
    const notOfficer = await t.call('admin', {
      method: 'PUT',
      url: '/api/v1/privacy-officers/445281',
      payload: { userId: users.director },
    });
    expect(notOfficer.statusCode).toBe(400);
  });

  it('restricts with the supervisor named, audited', async () => {
    const res = await restriction('staff', child, 'PUT', {
      reason: 'sexual_abuse',
      note: '公安已立案',
      memberIds: [users.supervisor],
    });
    expect(res.statusCode, res.body).toBe(200);
    const [event] = await t.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'child.restricted')
      .execute();
    expect(event).toMatchObject({ child_id: child, actor_name: '民政局李科员' });
    expect(event!.changes).toEqual(
      expect.arrayContaining([{ field: 'reason', old: null, new: 'sexual_abuse' }]),
    );
  });

  it('shows the details to the village director, the named supervisor and the county officer', async () => {
    for (const who of ['director', 'supervisor', 'staff']) {
      const res = await file(who, child);
      expect(res.statusCode, `${who}: ${res.body}`).toBe(200);
      expect(res.json()).toMatchObject({ name: '林秘密', restricted: true });
      const row = (await listed(who)).find((c) => c.id === child)!;
      expect(row).toMatchObject({ name: '林秘密', restricted: true });
      const r = (await restriction(who, child)).json();
      expect(r).toMatchObject({ restricted: true, canSeeDetails: true, details: { reason: 'sexual_abuse' } });
      expect(r.details.members.map((m: { name: string }) => m.name)).toEqual(['赤岗镇督导员']);
    }
  });

  it('shows others in scope a masked 受限 row and whom to contact, nothing more', async () => {
    const rows = await listed('colleague');
    const row = rows.find((c) => c.id === child)!;
    expect(row).toMatchObject({
      name: '（受限档案）',
      idNumber: null,
      restricted: true,
      difficultyTypes: [],
    });
    expect(rows.find((c) => c.id === other)).toMatchObject({ name: '林公开', restricted: false });
    const worklist = (
      await t.call('colleague', { method: 'GET', url: '/api/v1/worklist?pageSize=200' })
    ).json();
    const duty = worklist.items.find((i: { childId: string }) => i.childId === child);
    expect(duty).toMatchObject({ name: '（受限档案）', gender: null, restricted: true });
    expect(JSON.stringify(worklist)).not.toContain('林秘密');
    const mine = (await t.call('director', { method: 'GET', url: '/api/v1/worklist?pageSize=200' })).json();
    expect(mine.items.find((i: { childId: string }) => i.childId === child)).toMatchObject({
      name: '林秘密',
    });
    const opened = await file('colleague', child);
    expect(opened.statusCode).toBe(403);
    expect(opened.json().error.field).toBe('restricted');
    expect(opened.body).not.toContain('林秘密');
    // Nothing hanging off the file either.
    expect(
      (await t.call('colleague', { method: 'GET', url: `/api/v1/children/${child}/assessments` })).statusCode,
    ).toBe(403);
    const stub = (await restriction('colleague', child)).json();
    expect(stub).toMatchObject({ restricted: true, canSeeDetails: false, details: null });
    expect(stub.contact).toMatchObject({ name: '民政局李科员', role: '县级指定联系人' });
    // Searching by name does not tell a restricted child's name either.
    const search = await t.call('colleague', {
      method: 'GET',
      url: `/api/v1/children?q=${encodeURIComponent('秘密')}`,
    });
    expect(search.json().total).toBe(0);
    // Nor does a full-ID export.
    const exported = await t.call('colleague', {
      method: 'GET',
      url: `/api/v1/children/export.xlsx?fullIdNumber=true&purpose=${encodeURIComponent('核对户籍')}`,
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.rawPayload.includes(Buffer.from(idNumberFor('2014-06-01', 41)))).toBe(false);
    // Only someone who sees the details may change or lift the restriction.
    expect((await restriction('colleague', child, 'DELETE', { reason: '已结案' })).statusCode).toBe(403);
  });

  it('changes and lifts the restriction, each audited', async () => {
    const changed = await restriction('staff', child, 'PUT', {
      reason: 'whereabouts_hidden',
      memberIds: [users.supervisor, users.colleague!],
    });
    expect(changed.statusCode).toBe(200);
    expect((await file('colleague', child)).statusCode).toBe(200);
    const noReason = await restriction('staff', child, 'DELETE', { reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toContain('reason');
    expect((await restriction('staff', child, 'DELETE', { reason: '案件已结，家庭安全' })).statusCode).toBe(
      200,
    );
    const actions = (
      await t.database.db
        .selectFrom('audit_event')
        .select('action')
        .where('child_id', '=', child)
        .where('action', 'like', 'child.restrict%')
        .orderBy('id')
        .execute()
    ).map((e) => e.action);
    expect(actions).toEqual(['child.restricted', 'child.restriction_changed', 'child.restriction_lifted']);
    expect((await listed('neighbour')).find((c) => c.id === child)).toBeUndefined();
    expect((await file('department', child)).statusCode).toBe(403);
  });
});
