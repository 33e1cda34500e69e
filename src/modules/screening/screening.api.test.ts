// Screening rounds over the API against the real database (issue 19.5): 江宁's “一年两排” (000 (一)1, the
// profile's `screening`), a round with its dates, each village's children seen in it by a home visit or a
// screening record, overdue rounds and the round due this half-year; a profile without rounds (普宁) refuses
// one; 401, 403, 404 and 400.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberFor, PASSWORD, type TestApp, createTestApp } from '../../../test/helpers/app.ts';
import { registerChild } from '../../../test/helpers/casework.ts';
import { systemActor } from '../access/actor.ts';
import { createUser } from '../users/service.ts';

const A = '320115001001'; // 中前社区
const B = '320115001002'; // 东山社区
let t: TestApp;
let round: string;
const kids: Record<string, string> = {};
let sequence = 500;

async function post(as: string | null, url: string, payload: object) {
  return t.call(as, { method: 'POST', url, payload });
}
async function get(as: string | null, url: string) {
  return t.call(as, { method: 'GET', url });
}

async function register(as: string, name: string, villageCode: string, extra: Record<string, unknown> = {}) {
  sequence += 1;
  return registerChild(t, as, {
    name,
    idNumber: idNumberFor('2014-05-06', sequence, '320115'),
    villageCode,
    ...extra,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  const system = systemActor('测试');
  const user = (
    username: string,
    role: 'civil_affairs' | 'director',
    regionCode: string,
    displayName: string,
  ) => createUser(t.database.db, system, { username, role, regionCode, displayName, password: PASSWORD });
  await user('jn', 'civil_affairs', '320115000000', '江宁区民政局');
  await user('jna', 'director', A, '中前社区儿童主任');
  await user('jnb', 'director', B, '东山社区儿童主任');
  kids.visited = await register('jna', '赵一', A, { registeredOn: '2026-03-01' });
  kids.recorded = await register('jna', '赵二', A, { registeredOn: '2026-03-01' });
  kids.unseen = await register('jna', '赵三', A, { registeredOn: '2026-03-01' });
  kids.late = await register('jna', '赵四', A, { registeredOn: '2026-10-20' });
  kids.other = await register('jnb', '钱一', B, { registeredOn: '2026-03-01' });
});
afterAll(() => t.close());

describe('opening a round', () => {
  it('is refused where the profile sets no rounds: 普宁’s plan has no 一年两排', async () => {
    const res = await post('staff', '/api/v1/screening/rounds', {
      regionCode: '445281',
      startsOn: '2026-07-01',
      endsOn: '2026-09-30',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      field: 'regionCode',
      message: expect.stringContaining('一年两排'),
    });
  });

  it('opens 江宁’s round with its dates (000 (一)1); refuses overlap, a township, another county, a director', async () => {
    const body = { regionCode: '320115', startsOn: '2026-07-01', endsOn: '2026-09-30' };
    expect((await post(null, '/api/v1/screening/rounds', body)).statusCode).toBe(401);
    expect((await post('jna', '/api/v1/screening/rounds', body)).statusCode).toBe(403);
    expect((await post('staff', '/api/v1/screening/rounds', body)).statusCode).toBe(404);
    expect(
      (await post('jn', '/api/v1/screening/rounds', { ...body, regionCode: '320115001' })).json().error.field,
    ).toBe('regionCode');
    expect(
      (await post('jn', '/api/v1/screening/rounds', { ...body, endsOn: '2026-06-01' })).json().error.field,
    ).toBe('endsOn');
    const res = await post('jn', '/api/v1/screening/rounds', body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().name).toBe('2026年第1轮全面排查');
    round = res.json().id;
    expect(
      (
        await post('jn', '/api/v1/screening/rounds', {
          ...body,
          startsOn: '2026-09-01',
          endsOn: '2026-12-31',
        })
      ).statusCode,
    ).toBe(409);
  });
});

describe('children seen in the round', () => {
  it('counts a home visit within the dates, and a screening record', async () => {
    const visit = await post('jna', `/api/v1/children/${kids.visited}/contacts`, {
      kind: 'visit',
      occurredOn: '2026-08-01',
    });
    expect(visit.statusCode, visit.body).toBe(201);
    const seen = await post('jna', `/api/v1/screening/rounds/${round}/seen`, {
      childId: kids.recorded,
      seenOn: '2026-08-02',
      note: '在校见到，情况良好',
    });
    expect(seen.statusCode, seen.body).toBe(201);
    const again = await post('jna', `/api/v1/screening/rounds/${round}/seen`, {
      childId: kids.recorded,
      seenOn: '2026-08-03',
    });
    expect(again.statusCode).toBe(409);
    const outside = await post('jna', `/api/v1/screening/rounds/${round}/seen`, {
      childId: kids.unseen,
      seenOn: '2026-10-02',
    });
    expect(outside.json().error.field).toBe('seenOn');
    // Another village's child is "not found" to this director; 普宁's staff cannot see the round at all.
    expect(
      (
        await post('jna', `/api/v1/screening/rounds/${round}/seen`, {
          childId: kids.other,
          seenOn: '2026-08-02',
        })
      ).statusCode,
    ).toBe(404);
    expect((await get('staff', `/api/v1/screening/rounds/${round}`)).statusCode).toBe(404);
    const trail = await t.database.db
      .selectFrom('audit_event')
      .select('action')
      .where('child_id', '=', kids.recorded!)
      .where('action', '=', 'screening.seen')
      .execute();
    expect(trail).toHaveLength(1);
  });

  it('shows each village’s children seen and not seen; a child registered after the round is not in it', async () => {
    const res = await get('jn', `/api/v1/screening/rounds/${round}?asOf=2026-09-30`);
    expect(res.statusCode, res.body).toBe(200);
    const progress = res.json();
    expect(progress).toMatchObject({ state: 'open', children: 4, seen: 2, unseen: 2, villagesIncomplete: 2 });
    expect(progress.villages).toEqual([
      expect.objectContaining({ villageCode: A, children: 3, seen: 2, unseen: 1 }),
      expect.objectContaining({ villageCode: B, children: 1, seen: 0, unseen: 1 }),
    ]);
    const mine = (await get('jna', `/api/v1/screening/rounds/${round}?asOf=2026-09-30`)).json();
    expect(mine.villages).toEqual([expect.objectContaining({ villageCode: A, children: 3 })]);
  });

  it('names the children not yet seen, within one’s region, and records the read', async () => {
    const county = (await get('jn', `/api/v1/screening/rounds/${round}/children?asOf=2026-10-15`)).json();
    expect(county.items.map((c: { name: string }) => c.name)).toEqual(['赵三', '钱一']);
    expect(county.items[0]).not.toHaveProperty('idNumber');
    const mine = (await get('jna', `/api/v1/screening/rounds/${round}/children?asOf=2026-10-15`)).json();
    expect(mine.items.map((c: { name: string }) => c.name)).toEqual(['赵三']);
    expect((await get('jna', `/api/v1/screening/rounds/${round}/children?village=${B}`)).statusCode).toBe(
      400,
    );
    const seen = (
      await get('jn', `/api/v1/screening/rounds/${round}/children?seen=true&asOf=2026-10-15`)
    ).json();
    expect(seen.items.map((c: { name: string }) => c.name)).toEqual(['赵一', '赵二']);
    const listed = await t.database.db
      .selectFrom('audit_event')
      .select('detail')
      .where('action', '=', 'screening.children_listed')
      .execute();
    expect(listed.length).toBeGreaterThanOrEqual(3);
  });
});

describe('the overview: overdue rounds and the round due this half-year', () => {
  it('shows the round overdue once its end has passed with children unseen', async () => {
    const during = (await get('jn', '/api/v1/screening/overview?asOf=2026-09-15')).json();
    expect(during).toMatchObject({
      applies: true,
      rule: { every: 'P6M', source: '000 (一)1' },
      schedule: { startedThisPeriod: true, overdue: false, nextDueBy: '2027-06-30' },
      overdueRounds: [],
    });
    const after = (await get('jn', '/api/v1/screening/overview?asOf=2026-10-15')).json();
    expect(after.overdueRounds).toEqual([
      expect.objectContaining({ id: round, state: 'overdue', unseen: 2, villagesIncomplete: 2 }),
    ]);
    const mine = (await get('jnb', '/api/v1/screening/overview?asOf=2026-10-15')).json();
    expect(mine.overdueRounds[0]).toMatchObject({ unseen: 1, villages: 1 });
  });

  it('says when this half-year has no round yet, and when a half-year passed without one', async () => {
    const next = (await get('jn', '/api/v1/screening/overview?asOf=2027-01-10')).json();
    expect(next.schedule).toMatchObject({
      startedThisPeriod: false,
      overdue: false,
      nextDueBy: '2027-06-30',
    });
    const missed = (await get('jn', '/api/v1/screening/overview?asOf=2027-07-02')).json();
    expect(missed.schedule).toMatchObject({ startedThisPeriod: false, overdue: true });
  });

  it('says rounds do not apply where the profile sets none; 401, 403 and 400', async () => {
    expect((await get('staff', '/api/v1/screening/overview')).json()).toMatchObject({
      applies: false,
      rule: null,
      schedule: null,
      rounds: [],
    });
    expect((await get(null, '/api/v1/screening/overview')).statusCode).toBe(401);
    expect((await get('department', '/api/v1/screening/overview')).statusCode).toBe(403);
    expect((await get('jn', '/api/v1/screening/overview?region=445281')).statusCode).toBe(404);
    expect((await get('jn', '/api/v1/screening/overview?asOf=2026-02-30')).json().error.field).toBe('asOf');
  });
});
