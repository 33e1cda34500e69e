// The inventory of reads (issue 15.5): every GET route of the API is either a read of children's data or
// named as returning none, and each read of children's data — called here on the demo county as the county's
// staff — leaves an audit record of that very request (its request id), with the filters it was asked for and
// an ID number searched for kept only as a keyed hash. A new GET route fails here until it is classified, and
// a classified one that records nothing fails too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, idNumberFor, PASSWORD, type TestApp } from '../../../test/helpers/app.ts';
import { compareFile, csvFile } from '../../../test/helpers/comparison.ts';
import { addDepartment } from '../../../test/helpers/departments.ts';
import { declaredRoutes } from '../../server/permissions.ts';
import { systemActor } from '../access/actor.ts';
import { createUser } from '../users/service.ts';
import { loadDemo } from '../demo/load.ts';
import { CHILD_DATA_READS, NO_CHILD_DATA } from './child-reads.ts';

let t: TestApp;
const ids: Record<string, string> = {};

/** Detail routes other than a child's: the table their id comes from. */
const FAMILIES: Record<string, string> = {
  referrals: 'referral',
  'mandatory-reports': 'mandatory_report',
  conferences: 'conference',
  'list-shares': 'list_share',
  'spot-checks': 'spot_check',
  'comparison/runs': 'comparison_run',
  'comparison/findings': 'comparison_finding',
  'care-activities': 'care_activity',
  'screening/rounds': 'screening_round',
};

/** Who reads each route (the trail's own routes are the audit administrator's). */
const READER: Record<string, string> = {
  '/api/v1/audit/events': 'auditor',
  '/api/v1/audit/events.xlsx': 'auditor',
  // One's own notices: the director's and the supervisor's.
  '/api/v1/notices': 'director',
  // The only round is 江宁's (detailFixtures).
  '/api/v1/screening/rounds/:id/children': 'jn',
};
/** Query strings a route needs. */
const QUERY: Record<string, string> = {};

async function anyId(table: string): Promise<string | undefined> {
  const row = await t.database.db
    .selectFrom(table as 'child')
    .select('id')
    .limit(1)
    .executeTakeFirst();
  return row ? String(row.id) : undefined;
}

/**
 * One row of each family the demo's year of casework does not hold, so that every detail route is read here:
 * without one the route's test returned early and passed, and eight routes were never read (until 2026-12-08).
 * Made through the API by the county's staff (the round by 江宁's bureau), the comparison through its service as
 * `tonghu compare` runs it.
 */
async function detailFixtures(childId: string): Promise<void> {
  const post = async (url: string, payload: Record<string, unknown>) => {
    const res = await t.call('staff', { method: 'POST', url, payload });
    if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  };
  await post(`/api/v1/children/${childId}/referrals`, {
    finding: 'suspected_dropout',
    detail: '开学两周未到校',
  });
  await post(`/api/v1/children/${childId}/conferences`, {
    topic: '就学和监护困难',
    heldOn: t.today(),
    location: '市民政局三楼会议室',
    participants: [{ departmentId: t.department.id }, { name: '张律师', unit: '普宁市法律援助中心' }],
  });
  // The list of children goes to the county's 团委 (the profile's recipients; one registered is enough).
  await addDepartment(t, 'youth_league', '共青团普宁市委员会');
  await post('/api/v1/list-shares', { countyCode: '445281' });
  await post('/api/v1/spot-checks', { regionCode: '445281', size: 8, seed: 'S1' });
  await post('/api/v1/care-activities', {
    title: '亲子共读与家庭教育讲座',
    kind: 'family_education',
    heldOn: t.today(),
    place: '村党群服务中心',
    regionCode: '445281',
    organiser: { kind: 'county' },
    reached: [{ childId }],
  });
  // 普宁's plan has no screening rounds; 江宁's has (一年两排): a round there, read by 江宁's bureau.
  await createUser(t.database.db, systemActor('测试'), {
    username: 'jn',
    role: 'civil_affairs',
    regionCode: '320115000000',
    displayName: '江宁区民政局',
    password: PASSWORD,
  });
  const round = await t.call('jn', {
    method: 'POST',
    url: '/api/v1/screening/rounds',
    payload: { regionCode: '320115', startsOn: '2026-07-01', endsOn: '2026-09-30' },
  });
  if (round.statusCode !== 201) throw new Error(`screening round: ${round.statusCode} ${round.body}`);
  // A school roster naming one child the register does not hold: a run, and findings of it.
  const roster = csvFile([
    '姓名,身份证号,出生日期,学校',
    `未登记,${idNumberFor('2016-06-06', 21)},2016-06-06,第一小学`,
  ]);
  await compareFile(t.database.db, 'school_enrolment', roster, { asOf: t.today() });
}

beforeAll(async () => {
  t = await createTestApp();
  await loadDemo(t.database.db, { county: '445281', today: t.today() });
  ids.children = (await anyId('child'))!;
  await detailFixtures(ids.children);
  for (const [family, table] of Object.entries(FAMILIES)) {
    const id = await anyId(table);
    if (id) ids[family] = id;
  }
  // A care-activity rule of 普宁's profile.
  QUERY['/api/v1/care-activities/coverage/children'] = '?rule=family_education';
}, 600_000);
afterAll(() => t.close());

function concrete(url: string): string {
  return url.replace(/^\/api\/v1\/(.+?)\/:id/, (_all, family: string) => {
    const id = ids[family];
    if (!id) throw new Error(`no ${family} to read: add one to detailFixtures`);
    return `/api/v1/${family}/${id}`;
  });
}

describe('the inventory of reads', () => {
  it('classifies every GET route as a read of children’s data or not, exactly once', () => {
    const gets = [
      ...new Set(
        declaredRoutes(t.app)
          .filter((r) => r.method === 'GET')
          .map((r) => r.url),
      ),
    ];
    const unclassified = gets.filter((u) => !(u in CHILD_DATA_READS) && !(u in NO_CHILD_DATA));
    expect(unclassified).toEqual([]);
    expect(Object.keys(CHILD_DATA_READS).filter((u) => u in NO_CHILD_DATA)).toEqual([]);
    // Nothing listed that is no route.
    // The web app's catch-all route exists only once web/dist has been built (the browser tests build it).
    const stale = [...Object.keys(CHILD_DATA_READS), ...Object.keys(NO_CHILD_DATA)].filter(
      (u) => !gets.includes(u) && u !== '/*',
    );
    expect(stale).toEqual([]);
  });

  it.each(Object.keys(CHILD_DATA_READS))('%s leaves an audit record of the request', async (url) => {
    const before = Number(
      (await t.database.db.selectFrom('audit_chain_head').select('seq').executeTakeFirstOrThrow()).seq,
    );
    const reader = READER[url] ?? 'staff';
    const res = await t.call(reader, { method: 'GET', url: concrete(url) + (QUERY[url] ?? '') });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const records = await t.database.db
      .selectFrom('audit_event')
      .select(['action', 'actor_name', 'request_id', 'detail'])
      .where('seq', '>', before)
      .where('action', 'not like', 'auth.%')
      .execute();
    expect(records.length, `no audit record for ${url}`).toBeGreaterThan(0);
    expect(records.every((r) => r.request_id === records[0]!.request_id && r.request_id)).toBe(true);
  });
});

describe('what a search leaves in the trail', () => {
  it('records the filters of a list, and an ID number searched for only as a keyed hash', async () => {
    const idNumber = (
      await t.database.db.selectFrom('child').select('id_number').limit(1).executeTakeFirstOrThrow()
    ).id_number;
    const res = await t.call('staff', {
      method: 'GET',
      url: `/api/v1/children?q=${encodeURIComponent(idNumber!)}&level=red`,
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    // An exact ID search is recorded by the search itself (id-search.ts), with the number as its blind index.
    const record = await t.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'child.searched_by_id_number')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(record)).not.toContain(idNumber);
    expect(record.detail).toMatchObject({ idNumberIndex: expect.stringMatching(/\S{16,}/) });
    // Other filters of a list are kept as asked.
    const listed = await t.call('staff', { method: 'GET', url: '/api/v1/children?level=red&pageSize=5' });
    expect(listed.statusCode).toBe(200);
    const list = await t.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'children.listed')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(list.detail).toMatchObject({ route: '/api/v1/children', filters: { level: ['red'] } });
  });
});
