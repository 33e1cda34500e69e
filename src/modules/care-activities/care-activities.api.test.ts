// 关爱活动 over the API against the real database (issue 19.4, DOMAIN.md §7): an activity with its date, kind,
// organiser, place and the children or families it reached; the file of a child shows what reached it; the
// coverage report per village and county against 普宁's duties (003 §五.4 family education yearly, 003 §五.13
// a safety visit to every village yearly), the names behind it, the workbook; 401, 403, 404 and 400.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUNING, type TestApp, createTestApp } from '../../../test/helpers/app.ts';
import { registerChild } from '../../../test/helpers/casework.ts';

let t: TestApp;
const child: Record<string, string> = {};
let activity: string;

async function post(as: string | null, url: string, payload: object) {
  return t.call(as, { method: 'POST', url, payload });
}
async function get(as: string | null, url: string) {
  return t.call(as, { method: 'GET', url });
}

function body(overrides: Record<string, unknown> = {}) {
  return {
    title: '亲子共读与家庭教育讲座',
    kind: 'family_education',
    heldOn: '2026-05-10',
    place: '五福屿村党群服务中心',
    regionCode: PUNING.village,
    organiser: { kind: 'village' },
    reached: [{ childId: child.a }, { childId: child.b }],
    ...overrides,
  };
}

beforeAll(async () => {
  t = await createTestApp();
  child.a = await registerChild(t, 'director', { name: '甲儿童' });
  child.b = await registerChild(t, 'director', { name: '乙儿童' });
  child.c = await registerChild(t, 'director', { name: '丙儿童' });
  child.d = await registerChild(t, 'neighbour', { name: '丁儿童', villageCode: PUNING.neighbour });
});
afterAll(() => t.close());

describe('recording an activity', () => {
  it('refuses the anonymous (401), a department account (403) and a place outside one’s region (404)', async () => {
    expect((await post(null, '/api/v1/care-activities', body())).statusCode).toBe(401);
    expect((await post('department', '/api/v1/care-activities', body())).statusCode).toBe(403);
    const outside = await post('director', '/api/v1/care-activities', body({ regionCode: PUNING.neighbour }));
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.field).toBe('regionCode');
    expect((await post('staff', '/api/v1/care-activities', body({ regionCode: '320115' }))).statusCode).toBe(
      404,
    );
    // A child of another village is "not found" to the director, exactly like a missing one.
    const other = await post(
      'director',
      '/api/v1/care-activities',
      body({ reached: [{ childId: child.d }] }),
    );
    expect(other.statusCode).toBe(404);
    expect(other.json().error.field).toBe('reached.0.childId');
  });

  it('refuses a name with 留守 or 困境 in it: names reach the public (003 §七(四), DOMAIN.md §9)', async () => {
    const res = await post('director', '/api/v1/care-activities', body({ title: '留守儿童关爱讲座' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'title', message: expect.stringContaining('留守') });
    const bad = await post('director', '/api/v1/care-activities', body({ title: '困境家庭走访' }));
    expect(bad.json().error.field).toBe('title');
  });

  it('names the field of bad input and stores nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ heldOn: '2026-12-01' }, 'heldOn'],
      [{ heldOn: '2026-02-30' }, 'heldOn'],
      [{ kind: 'party' }, 'kind'],
      [{ title: ' ' }, 'title'],
      [{ reached: [], anonymousCount: 0 }, 'reached'],
      [
        { organiser: { kind: 'department', departmentId: '00000000-0000-4000-8000-000000000000' } },
        'organiser.departmentId',
      ],
      [{ regionCode: PUNING.township, organiser: { kind: 'village' } }, 'organiser.kind'],
      [{ endsOn: '2026-05-01' }, 'endsOn'],
      [{ heldOn: '2010-01-01' }, 'reached.0.childId'],
    ];
    for (const [change, field] of cases) {
      const res = await post('staff', '/api/v1/care-activities', body(change));
      expect(res.statusCode, JSON.stringify(change)).toBe(400);
      expect(res.json().error.field, JSON.stringify(change)).toBe(field);
    }
    expect((await get('staff', '/api/v1/care-activities')).json().total).toBe(0);
  });

  it('records the activity with the families and children it reached, each on the child’s audit trail', async () => {
    const res = await post(
      'director',
      '/api/v1/care-activities',
      body({
        reached: [
          { childId: child.a },
          { childId: child.b, as: 'family' },
          { childId: child.b, as: 'child' },
        ],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    activity = res.json().id;
    const detail = (await get('director', `/api/v1/care-activities/${activity}`)).json();
    expect(detail).toMatchObject({
      kind: 'family_education',
      kindName: '家庭教育指导',
      organiserName: '五福屿村委会',
      familiesReached: 2,
      childrenReached: 1,
      keeper: true,
    });
    expect(detail.reached.map((r: { name: string; as: string }) => `${r.name}:${r.as}`).sort()).toEqual([
      '乙儿童:child',
      '乙儿童:family',
      '甲儿童:family',
    ]);
    const trail = await t.database.db
      .selectFrom('audit_event')
      .select(['action', 'child_id'])
      .where('entity_id', '=', activity)
      .execute();
    expect(
      trail
        .filter((e) => e.action === 'care_activity.reached')
        .map((e) => e.child_id)
        .sort(),
    ).toEqual([child.a, child.b, child.b].sort());
    expect(trail.some((e) => e.action === 'care_activity.recorded')).toBe(true);
    expect(trail.some((e) => e.action === 'care_activity.viewed')).toBe(true);
  });

  it('shows on a child’s file what reached it, and records the read', async () => {
    const res = await get('director', `/api/v1/children/${child.a}/care-activities`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        id: activity,
        title: '亲子共读与家庭教育讲座',
        as: 'family',
        asName: '家庭（监护人）',
      }),
    ]);
    expect((await get('neighbour', `/api/v1/children/${child.a}/care-activities`)).statusCode).toBe(404);
    expect((await get('department', `/api/v1/children/${child.a}/care-activities`)).statusCode).toBe(403);
    const read = await t.database.db
      .selectFrom('audit_event')
      .select('action')
      .where('child_id', '=', child.a!)
      .where('action', '=', 'care_activity.listed')
      .execute();
    expect(read.length).toBeGreaterThan(0);
  });

  it('adds children later; another village’s director may neither see nor change it', async () => {
    expect((await get('neighbour', `/api/v1/care-activities/${activity}`)).statusCode).toBe(404);
    expect(
      (
        await post('neighbour', `/api/v1/care-activities/${activity}/reached`, {
          reached: [{ childId: child.c }],
        })
      ).statusCode,
    ).toBe(404);
    const more = await post('director', `/api/v1/care-activities/${activity}/reached`, {
      reached: [{ childId: child.a }, { childId: child.c, as: 'child' }],
    });
    expect(more.json()).toEqual({ added: 1 });
    // The county sees it in its list, with the children of its region it reached.
    const list = (await get('staff', '/api/v1/care-activities?kind=family_education')).json();
    expect(list.items[0]).toMatchObject({ id: activity, familiesReached: 2, childrenReached: 2 });
  });
});

describe('coverage against 普宁’s duties', () => {
  let lastYear: string;
  let voided: string;

  beforeAll(async () => {
    // A safety visit in 五福屿 this year; one in 西林 last year (not this year's); one voided.
    const safety = { kind: 'safety', title: '防溺水安全知识进村', reached: [], anonymousCount: 60 };
    expect(
      (await post('director', '/api/v1/care-activities', body({ ...safety, heldOn: '2026-06-20' })))
        .statusCode,
    ).toBe(201);
    lastYear = (
      await post(
        'neighbour',
        '/api/v1/care-activities',
        body({ ...safety, regionCode: PUNING.neighbour, heldOn: '2025-06-20', reached: [] }),
      )
    ).json().id;
    voided = (
      await post(
        'neighbour',
        '/api/v1/care-activities',
        body({ regionCode: PUNING.neighbour, heldOn: '2026-07-01', reached: [{ childId: child.d }] }),
      )
    ).json().id;
    const res = await post('neighbour', `/api/v1/care-activities/${voided}/void`, { reason: '重复录入' });
    expect(res.statusCode).toBe(200);
    expect(
      (await post('neighbour', `/api/v1/care-activities/${voided}/void`, { reason: '再次' })).statusCode,
    ).toBe(409);
    expect(
      (await post('director', `/api/v1/care-activities/${voided}/void`, { reason: 'x' })).statusCode,
    ).toBe(404);
  });

  it('counts each duty per village and county in its period, with its citation', async () => {
    const res = await get('staff', '/api/v1/care-activities/coverage?asOf=2026-11-23');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report.policy.id).toBe('puning');
    const rule = (id: string) => report.rules.find((r: { id: string }) => r.id === id);
    expect(rule('family_education')).toMatchObject({
      reach: 'target_family',
      every: 'P1Y',
      source: '003 §五.4',
      period: { start: '2026-01-01', until: '2026-11-23' },
    });
    expect(rule('safety_village')).toMatchObject({ reach: 'village', every: 'P1Y', source: '003 §五.13' });
    expect(rule('psychological')).toMatchObject({ every: null, source: '003 §五.2', rateName: null });
    const village = (code: string) => report.villages.find((v: { code: string }) => v.code === code);
    expect(village(PUNING.village)).toMatchObject({
      targetChildren: 3,
      rules: {
        family_education: { of: 3, reached: 2, missing: 1 },
        safety_village: { of: 1, reached: 1, missing: 0 },
      },
      activities: { family_education: 1, safety: 1 },
      familiesReached: { family_education: 2 },
      childrenReached: { family_education: 2 },
    });
    // 西林: its family-education activity was voided, its safety visit was last year.
    expect(village(PUNING.neighbour)).toMatchObject({
      targetChildren: 1,
      rules: {
        family_education: { of: 1, reached: 0, missing: 1 },
        safety_village: { of: 1, reached: 0, missing: 1 },
      },
      activities: { family_education: 0, safety: 0 },
    });
    expect(report.total.rules.family_education).toEqual({ of: 4, reached: 2, missing: 2 });
    expect(report.total.rules.safety_village.reached).toBe(1);
    expect(report.total.rules.safety_village.of).toBe(report.villages.length);
    const township = report.townships.find((x: { code: string }) => x.code === PUNING.township.slice(0, 9));
    expect(township.rules.family_education).toEqual({ of: 4, reached: 2, missing: 2 });
    // Last year's visit counts for last year.
    const before = (await get('staff', '/api/v1/care-activities/coverage?asOf=2025-12-31')).json();
    expect(
      before.villages.find((v: { code: string }) => v.code === PUNING.neighbour).rules.safety_village.reached,
    ).toBe(1);
    expect(lastYear).toBeTruthy();
  });

  it('names who was not reached (and who was), within one’s region, and records the read', async () => {
    const url = '/api/v1/care-activities/coverage/children?rule=family_education&asOf=2026-11-23';
    const county = (await get('staff', url)).json();
    expect(county.items.map((c: { name: string }) => c.name).sort()).toEqual(['丁儿童', '丙儿童']);
    expect(county.items[0]).not.toHaveProperty('idNumber');
    expect((await get('director', url)).json().items.map((c: { name: string }) => c.name)).toEqual([
      '丙儿童',
    ]);
    expect((await get('director', `${url}&reached=true`)).json().total).toBe(2);
    const listed = await t.database.db
      .selectFrom('audit_event')
      .select('detail')
      .where('action', '=', 'care_activity.coverage_listed')
      .execute();
    expect(listed.length).toBeGreaterThanOrEqual(3);
    expect((await get('director', `${url}&region=${PUNING.neighbour}`)).statusCode).toBe(404);
    expect((await get('staff', url.replace('family_education', 'nothing'))).json().error.field).toBe('rule');
    expect((await get('staff', url.replace('family_education', 'safety_village'))).statusCode).toBe(400);
    expect((await get('department', url)).statusCode).toBe(403);
    expect((await get(null, url)).statusCode).toBe(401);
  });

  it('exports the workbook with every village, the duties and the names not reached; recorded', async () => {
    expect((await get('director', '/api/v1/care-activities/coverage.xlsx')).statusCode).toBe(403);
    const res = await t.call('staff', {
      method: 'GET',
      url: '/api/v1/care-activities/coverage.xlsx?asOf=2026-11-23',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('care-coverage-445281-2026-11-23.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '村（社区）',
      '乡镇（街道）',
      '活动要求',
      '活动清单',
      '未覆盖名单',
    ]);
    const text = (name: string) =>
      book
        .getWorksheet(name)!
        .getSheetValues()
        .map((row) => (Array.isArray(row) ? row.join('|') : ''))
        .join('\n');
    expect(text('村（社区）')).toContain('五福屿村委会|3|2|1');
    expect(text('活动要求')).toContain('003 §五.4');
    expect(text('活动清单')).toContain('防溺水安全知识进村');
    expect(text('活动清单')).not.toContain('家庭教育讲座|西林');
    const names = text('未覆盖名单');
    expect(names).toContain('丙儿童');
    expect(names).toContain('丁儿童');
    // Only duties with a rate list names (003 §五.4 yearly family education here): the others are counts.
    expect(names).not.toContain('甲儿童');
    expect(names).not.toContain('普法教育');
    for (const sheet of book.worksheets) expect(sheet.name).not.toMatch(/留守|困境/);
    const exported = await t.database.db
      .selectFrom('audit_event')
      .select('detail')
      .where('action', '=', 'care_activity.coverage_exported')
      .executeTakeFirstOrThrow();
    expect((exported.detail as { childIds: string[] }).childIds).toContain(child.c);
  });
});
