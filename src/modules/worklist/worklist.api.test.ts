// The worklist and its roll-up against the real database, with the clock moved by the test: ordering
// (most overdue first, then by next due), what each item says is due, and scoping for a village
// director, a township supervisor and the county bureau.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { callWithFreshSession, registerChild } from '../../../test/helpers/casework.ts';

let t: TestApp;
const ids = {} as Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'H', string>;

// 普宁 green (003 §三.4): contact monthly, visit every 3 months, from registration until the first one.
beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-23' });
  ids.A = await registerChild(t, 'director', { name: '甲', registeredOn: '2026-09-01' }); // contact due 10-01
  ids.B = await registerChild(t, 'director', { name: '乙', registeredOn: '2026-10-15' }); // contact due 11-15
  ids.C = await registerChild(t, 'director', { name: '丙', registeredOn: '2026-06-01' });
  const visit = await t.call('director', {
    method: 'POST',
    url: `/api/v1/children/${ids.C}/contacts`,
    payload: { kind: 'visit', occurredOn: '2026-11-20' },
  }); // contact due 12-20, visit 2027-02-20
  expect(visit.statusCode, visit.body).toBe(201);
  ids.D = await registerChild(t, 'director', { name: '丁', conditions: ['harm.suspected'] }); // red, at once
  ids.E = await registerChild(t, 'neighbour', {
    name: '戊',
    villageCode: PUNING.neighbour,
    registeredOn: '2026-08-01',
  }); // contact due 09-01, visit 11-01
  ids.F = await registerChild(t, 'staff', {
    name: '己',
    villageCode: PUNING.otherTownshipVillage,
    registeredOn: '2026-07-01',
  }); // contact due 08-01, visit 10-01
  // Not target children: a town child with parents at home, and one taken off the register.
  await registerChild(t, 'director', {
    name: '庚',
    hukouType: 'urban',
    parents: [],
    registeredOn: '2026-01-01',
  });
  ids.H = await registerChild(t, 'director', { name: '辛', registeredOn: '2026-01-01' });
  const exit = await t.call('supervisor', {
    method: 'POST',
    url: `/api/v1/children/${ids.H}/exit`,
    payload: { reason: 'moved_away', exitedOn: '2026-11-01', version: 1 },
  });
  expect(exit.statusCode, exit.body).toBe(200);
});
afterAll(() => t.close());

async function worklist(as: string, query = '') {
  const res = await t.call(as, { method: 'GET', url: `/api/v1/worklist${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const names = (body: { items: { name: string }[] }) => body.items.map((i) => i.name);

describe('GET /api/v1/worklist', () => {
  it('answers 401 without a session and 403 for a department user', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/v1/worklist' })).statusCode).toBe(401);
    const res = await t.call('department', { method: 'GET', url: '/api/v1/worklist' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it('gives a director the village’s target children, a red case to handle first, then most overdue first, then by next due', async () => {
    const body = await worklist('director');
    expect(body).toMatchObject({ asOf: '2026-11-23', region: PUNING.village, total: 4, overdue: 2 });
    // 立即处置 leads until its police report and an intervention are on file (issue 17.3).
    expect(names(body)).toEqual(['丁', '甲', '乙', '丙']);
    expect(body.items[1]).toMatchObject({
      childId: ids.A,
      level: 'green',
      dueKind: 'contact',
      nextDue: '2026-10-01',
      overdue: true,
      daysOverdue: 53,
      nextContactDue: '2026-10-01',
      contactDaysOverdue: 53,
      nextVisitDue: '2026-12-01',
      visitDaysOverdue: 0,
      lastVisitOn: null,
      neverVisited: true,
      villageName: '五福屿村委会',
      townshipName: '赤岗镇',
    });
    expect(body.items[0]).toMatchObject({
      childId: ids.D,
      level: 'red',
      immediate: true,
      dueKind: 'immediate',
      redFollowUp: false,
      nextDue: '2026-11-23',
      overdue: false,
      daysOverdue: 0,
    });
    expect(body.items[3]).toMatchObject({
      childId: ids.C,
      dueKind: 'contact',
      nextDue: '2026-12-20',
      lastVisitOn: '2026-11-20',
      lastContactOn: '2026-11-20',
      neverVisited: false,
    });
  });

  it('gives the township supervisor every village of the township, and the county all of it', async () => {
    expect(names(await worklist('supervisor'))).toEqual(['丁', '戊', '甲', '乙', '丙']);
    const county = await worklist('staff');
    expect(names(county)).toEqual(['丁', '己', '戊', '甲', '乙', '丙']);
    expect(county.items[1]).toMatchObject({ daysOverdue: 114, dueKind: 'contact', townshipName: '大坝镇' });
    expect(names(await worklist('neighbour'))).toEqual(['戊']);
  });

  it('narrows to a region inside one’s own, and answers 404 for one outside', async () => {
    expect(names(await worklist('staff', `?region=${PUNING.township.slice(0, 9)}`))).toEqual([
      '丁',
      '戊',
      '甲',
      '乙',
      '丙',
    ]);
    expect(names(await worklist('supervisor', `?region=${PUNING.neighbour}`))).toEqual(['戊']);
    const outside = await t.call('director', {
      method: 'GET',
      url: `/api/v1/worklist?region=${PUNING.neighbour}`,
    });
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.field).toBe('region');
    expect(
      (await t.call('supervisor', { method: 'GET', url: '/api/v1/worklist?region=445281' })).statusCode,
    ).toBe(404);
  });

  it('keeps only what falls due within N days (overdue included), and pages', async () => {
    const soon = await worklist('director', '?dueWithinDays=0');
    expect(names(soon)).toEqual(['丁', '甲', '乙']);
    expect(soon.total).toBe(3);
    const month = await worklist('director', '?dueWithinDays=30');
    expect(month.total).toBe(4);
    const page2 = await worklist('director', '?pageSize=3&page=2');
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(names(page2)).toEqual(['丙']);
  });

  it('judges overdue against asOf, or against the clock’s today', async () => {
    const later = await worklist('director', '?asOf=2026-12-21');
    expect(later.items.find((i: { childId: string }) => i.childId === ids.C)).toMatchObject({
      overdue: true,
      daysOverdue: 1,
    });
    expect(later.overdue).toBe(4);
    t.setToday('2026-12-21');
    try {
      const res = await callWithFreshSession(t, 'director', { method: 'GET', url: '/api/v1/worklist' });
      const today = res.json();
      expect(today.asOf).toBe('2026-12-21');
      expect(today.overdue).toBe(4);
      expect(today.items[0]).toMatchObject({ childId: ids.D, dueKind: 'immediate' });
      expect(today.items[1]).toMatchObject({ childId: ids.A, daysOverdue: 81 });
    } finally {
      t.setToday('2026-11-23');
    }
  });

  it.each([
    ['?asOf=2026-02-30', 'asOf'],
    ['?region=12345', 'region'],
    ['?dueWithinDays=-1', 'dueWithinDays'],
    ['?pageSize=500', 'pageSize'],
  ])('answers 400 for %s naming %s', async (query, field) => {
    const res = await t.call('director', { method: 'GET', url: `/api/v1/worklist${query}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'bad_input', field });
  });
});

describe('GET /api/v1/worklist/summary', () => {
  it('answers 401 without a session and 403 for a department user', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/v1/worklist/summary' })).statusCode).toBe(401);
    expect((await t.call('department', { method: 'GET', url: '/api/v1/worklist/summary' })).statusCode).toBe(
      403,
    );
  });

  it('rolls the county up by township', async () => {
    const res = await t.call('staff', { method: 'GET', url: '/api/v1/worklist/summary' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      region: '445281',
      regionName: '普宁市',
      level: 'county',
      rowLevel: 'township',
    });
    const chigang = body.rows.find((r: { regionCode: string }) => r.regionCode === PUNING.township);
    expect(chigang).toEqual({
      regionCode: PUNING.township,
      regionName: '赤岗镇',
      targetChildren: 5,
      levels: { red: 1, yellow: 0, blue: 0, green: 4 },
      overdue: 3,
      overdueVisits: 1,
      overdueContacts: 3,
      dueWithin7Days: 1,
      neverVisited: 4,
      // The red child has neither a police report nor an intervention on file.
      awaitingHandling: 1,
    });
    expect(
      body.rows.find((r: { regionCode: string }) => r.regionCode === PUNING.otherTownship),
    ).toMatchObject({
      regionName: '大坝镇',
      targetChildren: 1,
      overdue: 1,
      overdueVisits: 1,
      overdueContacts: 1,
      neverVisited: 1,
    });
    // Townships with no target children are listed too, with zeros.
    expect(body.rows.length).toBeGreaterThan(10);
    expect(body.total).toMatchObject({ targetChildren: 6, overdue: 4, levels: { red: 1, green: 5 } });
  });

  it('rolls a township up by village, and a village is its own row', async () => {
    const township = (await t.call('supervisor', { method: 'GET', url: '/api/v1/worklist/summary' })).json();
    expect(township).toMatchObject({
      region: '445281102',
      rowLevel: 'village',
      total: { targetChildren: 5 },
    });
    const byVillage = Object.fromEntries(
      township.rows.map((r: { regionCode: string; targetChildren: number }) => [
        r.regionCode,
        r.targetChildren,
      ]),
    );
    expect(byVillage[PUNING.village]).toBe(4);
    expect(byVillage[PUNING.neighbour]).toBe(1);
    const village = (await t.call('director', { method: 'GET', url: '/api/v1/worklist/summary' })).json();
    expect(village.rows).toHaveLength(1);
    expect(village.rows[0]).toMatchObject({ regionCode: PUNING.village, targetChildren: 4, overdue: 2 });
  });

  it('answers 404 for a region outside one’s own and 400 for a malformed one', async () => {
    const res = await t.call('supervisor', {
      method: 'GET',
      url: '/api/v1/worklist/summary?region=445281103',
    });
    expect(res.statusCode).toBe(404);
    const bad = await t.call('staff', { method: 'GET', url: '/api/v1/worklist/summary?asOf=tomorrow' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('asOf');
  });
});
