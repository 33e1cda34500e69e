// 儿童主任工作量 (issue 18.3) against the real database: a supervisor sees the directors of its township with the
// visits and contacts each recorded in the month asked for (through the account linked to the ledger entry),
// the village's overdue and never-visited children as the worklist counts them, and the last sign-in; a county
// sees its county; another township is "not found"; the Excel file is a real workbook with a Chinese name.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUNING, type TestApp, createTestApp } from '../../../test/helpers/app.ts';
import { adultIdNumber, registerChildren, systemContext } from '../../../test/helpers/workforce.ts';

let t: TestApp;
let village: string[] = [];
const person: Record<string, string> = {};

async function addPerson(key: string, n: number, regionCode: string, username?: string) {
  const res = await t.call('staff', {
    method: 'POST',
    url: '/api/v1/workforce/people',
    payload: { name: `主任${n}`, idNumber: adultIdNumber(300 + n), regionCode },
  });
  expect(res.statusCode, res.body).toBe(201);
  person[key] = res.json().id;
  if (!username) return;
  const link = await t.call('staff', {
    method: 'PATCH',
    url: `/api/v1/workforce/people/${person[key]}`,
    payload: { userId: await t.userId(username) },
  });
  expect(link.statusCode, link.body).toBe(200);
}

async function record(childId: string, kind: string, occurredOn: string) {
  const res = await t.call('director', {
    method: 'POST',
    url: `/api/v1/children/${childId}/contacts`,
    payload: { kind, occurredOn, findings: {} },
  });
  expect(res.statusCode, res.body).toBe(201);
}

const workload = (as: string | null, query = '') =>
  t.call(as, { method: 'GET', url: `/api/v1/workforce/workload${query}` });

beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-23' });
  const ctx = systemContext(t.database.db, t.today());
  village = await registerChildren(ctx, PUNING.village, 3, { registeredOn: '2026-01-05' });
  await registerChildren(ctx, PUNING.neighbour, 2);
  await registerChildren(ctx, PUNING.otherTownshipVillage, 1);
  await addPerson('linked', 1, PUNING.village, 'director');
  await addPerson('unlinked', 2, PUNING.neighbour);
  await addPerson('elsewhere', 3, PUNING.otherTownshipVillage);
  await record(village[0]!, 'visit', '2026-10-15');
  await record(village[0]!, 'visit', '2026-11-10');
  await record(village[1]!, 'phone', '2026-11-20');
  await record(village[1]!, 'video', '2026-11-21');
});
afterAll(() => t.close());

describe('GET /api/v1/workforce/workload', () => {
  it('answers 401 without a session and 403 to a director or a department', async () => {
    expect((await workload(null)).statusCode).toBe(401);
    expect((await workload('director')).statusCode).toBe(403);
    expect((await workload('department')).statusCode).toBe(403);
  });

  it('refuses a month that is not one, naming the field', async () => {
    const res = await workload('supervisor', '?month=2026-13');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('month');
    expect(res.json().error.message).toMatch(/月份/);
  });

  it('treats another township as not found', async () => {
    const res = await workload('supervisor', `?region=${PUNING.otherTownship}`);
    expect(res.statusCode).toBe(404);
  });

  it("gives a supervisor its township's directors with the month's records and the village worklist", async () => {
    const res = await workload('supervisor', '?month=2026-11');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      month: '2026-11',
      from: '2026-11-01',
      to: '2026-11-30',
      asOf: '2026-11-23',
    });
    expect(body.directors.map((d: { personId: string }) => d.personId).sort()).toEqual(
      [person.linked, person.unlinked].sort(),
    );
    const linked = body.directors.find((d: { personId: string }) => d.personId === person.linked);
    const worklist = await t.call('supervisor', {
      method: 'GET',
      url: `/api/v1/worklist/summary?region=${PUNING.village}`,
    });
    expect(worklist.statusCode, worklist.body).toBe(200);
    const totals = worklist.json().total;
    expect(totals.overdue).toBeGreaterThan(0);
    expect(linked).toMatchObject({
      name: '主任1',
      villageCode: PUNING.village,
      hasAccount: true,
      visits: 1,
      contacts: 2,
      targetChildren: 3,
      neverVisited: 2,
    });
    expect(linked.overdue).toBe(totals.overdue);
    // The director signed in to record the contacts above.
    expect(linked.lastSignInAt).not.toBeNull();
    const unlinked = body.directors.find((d: { personId: string }) => d.personId === person.unlinked);
    expect(unlinked).toMatchObject({ hasAccount: false, visits: null, contacts: null, targetChildren: 2 });
    expect(body.totals).toMatchObject({ directors: 2, withoutAccount: 1, visits: 1, contacts: 2 });
    // Counts only: nothing that names a child.
    expect(res.body).not.toMatch(/测试儿童/);
  });

  it('counts another month on its own', async () => {
    const res = await workload('supervisor', '?month=2026-10');
    const linked = res.json().directors.find((d: { personId: string }) => d.personId === person.linked);
    expect(linked).toMatchObject({ visits: 1, contacts: 0 });
  });

  it('reads a past month’s overdue and never-visited as they stood at that month’s end, not today', async () => {
    // Registered 5 January, on a monthly contact: by 30 September none of the three had been seen; the
    // visit of 15 October made one of them neither overdue nor never visited by 31 October.
    const september = (await workload('supervisor', '?month=2026-09')).json();
    expect(september).toMatchObject({ asOf: '2026-09-30', figuresOn: 'month_end' });
    const inSeptember = september.directors.find((d: { personId: string }) => d.personId === person.linked);
    expect(inSeptember).toMatchObject({ targetChildren: 3, overdue: 3, neverVisited: 3 });
    const october = (await workload('supervisor', '?month=2026-10')).json();
    expect(october).toMatchObject({ asOf: '2026-10-31', figuresOn: 'month_end' });
    const inOctober = october.directors.find((d: { personId: string }) => d.personId === person.linked);
    expect(inOctober).toMatchObject({ targetChildren: 3, overdue: 2, neverVisited: 2 });
    // The current month stays today's worklist.
    const november = (await workload('supervisor', '?month=2026-11')).json();
    expect(november).toMatchObject({ asOf: '2026-11-23', figuresOn: 'today' });
    // Children registered after a month's end are not counted in it (these three on 5 January 2026).
    const december = (await workload('supervisor', '?month=2025-12')).json();
    const inDecember = december.directors.find((d: { personId: string }) => d.personId === person.linked);
    expect(inDecember).toMatchObject({ targetChildren: 0, overdue: 0, neverVisited: 0 });
  });

  it('gives the county every township', async () => {
    const res = await workload('staff', '?month=2026-11');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().directors).toHaveLength(3);
  });
});

describe('GET /api/v1/workforce/workload.xlsx', () => {
  it('is a real workbook with a Chinese file name and an ASCII fallback', async () => {
    const res = await t.call('supervisor', {
      method: 'GET',
      url: '/api/v1/workforce/workload.xlsx?month=2026-11',
    });
    expect(res.statusCode, res.body).toBe(200);
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toContain('filename="workload-445281102-2026-11.xlsx"');
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe('儿童主任工作量-赤岗镇-2026-11.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(String(sheet.getCell(1, 1).value)).toBe('赤岗镇儿童主任工作量（2026年11月）');
    expect(sheet.getRow(3).values).toContain('本月走访（次）');
    const rows = [4, 5].map((r) => (sheet.getRow(r).values as unknown[]).slice(1));
    const linked = rows.find((r) => r[2] === '主任1');
    expect(linked?.slice(3, 8)).toEqual([1, 2, 3, expect.any(Number), 2]);
    const unlinked = rows.find((r) => r[2] === '主任2');
    expect(unlinked?.[3]).toBe('未关联账号');
  });

  it('answers 403 to a director', async () => {
    const res = await t.call('director', { method: 'GET', url: '/api/v1/workforce/workload.xlsx' });
    expect(res.statusCode).toBe(403);
  });
});
