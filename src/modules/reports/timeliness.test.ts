// Coverage and timeliness (docs/reports.md) on a hand-built register under 普宁's schedule (003 §三:
// red at once, yellow monthly, blue every two months, green a contact a month and a visit a quarter):
// overdue and due within a week, on-time visits in the quarter before the date, never visited, left-behind
// children without a signed agreement, per village with its directors (or none), township and county.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { systemActor } from '../access/actor.ts';
import { createUser } from '../users/service.ts';
import { timeliness } from './service.ts';
import { contact, LEFT_BEHIND_PARENTS, register, serviceContext } from '../../../test/helpers/register.ts';
import type { TimelinessReport } from './timeliness.ts';

const TODAY = '2026-11-23';
const V1 = '445281102201'; // 五福屿, with a director
const V2 = '445281102202'; // 西林, none
const V4 = '445281102203'; // 彰宁, a director and no children
const V3 = '445281103201'; // 大坝镇白坑, none
const V5 = '445281103202'; // 大坝镇半径
let database: TestDatabase;
let agedOut: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const ctx = serviceContext(db, TODAY);
  const system = systemActor('测试');
  await createUser(db, system, {
    username: 'wfy',
    displayName: '五福屿儿童主任',
    role: 'director',
    regionCode: V1,
    password: 'Tonghu2026',
  });
  await createUser(db, system, {
    username: 'zn',
    displayName: '彰宁儿童主任',
    role: 'director',
    regionCode: V4,
    password: 'Tonghu2026',
  });

  const caregiver = { name: '张奶奶', relation: '祖母', agreementSignedOn: '2026-01-05' };
  const g1 = await register(ctx, V1, '2015-03-04', { parents: LEFT_BEHIND_PARENTS, caregiver });
  for (const on of ['2026-06-01', '2026-08-25', '2026-11-20']) await contact(db, g1, on);
  await contact(db, g1, '2026-11-01', 'phone');
  const g2 = await register(ctx, V1, '2014-03-04', { parents: LEFT_BEHIND_PARENTS });
  await contact(db, g2, '2026-05-01');
  // A risk factor alone makes no target child (003 §二(二)6): y1 is left-behind as well.
  const y1 = await register(ctx, V1, '2013-03-04', {
    conditions: ['school.dropout_suspected'],
    parents: LEFT_BEHIND_PARENTS,
  });
  for (const on of ['2026-08-20', '2026-09-25', '2026-10-20']) await contact(db, y1, on);
  await register(ctx, V1, '2012-03-04', { conditions: ['orphan'], registeredOn: '2026-10-01' });
  const r1 = await register(ctx, V1, '2011-03-04', { conditions: ['harm.suspected'] });
  await contact(db, r1, '2026-11-10');
  const gone = await register(ctx, V1, '2012-05-05', { conditions: ['orphan'] });
  await db
    .updateTable('child')
    .set({ status: 'exited', exit_reason: 'moved_away', exited_on: '2026-06-01' })
    .where('id', '=', gone)
    .execute();
  await register(ctx, V1, '2015-01-01'); // not a target child
  await register(ctx, V2, '2016-03-04', { conditions: ['assist.dibao'], registeredOn: '2026-08-28' });
  await register(ctx, V3, '2010-12-12', {
    conditions: ['guardianship.severely_insufficient'],
    parents: LEFT_BEHIND_PARENTS,
    registeredOn: '2026-11-01',
  });
  agedOut = await register(ctx, V5, '2010-08-15', {
    parents: LEFT_BEHIND_PARENTS,
    registeredOn: '2026-01-10',
  });
});
afterAll(() => database.destroy());

async function report(region: string, asOf = TODAY): Promise<TimelinessReport> {
  return timeliness({ db: database.db, actor: systemActor('测试'), today: TODAY }, { region, asOf });
}

const zero = { visitsOverdue: 0, visitsDueSoon: 0, contactsOverdue: 0, contactsDueSoon: 0 };

describe('timeliness (003 §三 schedules)', () => {
  it('counts each village’s children by level, what is overdue or due within a week, and on-time visits', async () => {
    const out = await report('445281');
    expect(out).toMatchObject({
      region: '445281',
      regionName: '普宁市',
      asOf: TODAY,
      quarterStart: '2026-08-23',
      dueSoonDays: 7,
    });
    const v1 = out.villages.find((v) => v.code === V1)!;
    expect(v1).toEqual({
      code: V1,
      name: '五福屿村委会',
      townshipCode: '445281102',
      directors: [{ name: '五福屿儿童主任', username: 'wfy' }],
      hasDirector: true,
      targetChildren: 5,
      byLevel: { red: 1, yellow: 1, blue: 1, green: 2 },
      // g2 (visited 05-01, a quarter later is 08-01) and y1 (monthly, last 10-20); the red case found
      // today and last visited before it is due today, not overdue.
      visitsOverdue: 2,
      visitsDueSoon: 1,
      // g2, y1, and the orphan registered on 10-01 and never contacted.
      contactsOverdue: 3,
      contactsDueSoon: 0,
      // g1: due 09-01 after its 06-01 visit, done 08-25 (on time); y1: due 09-20 done 09-25 (late), due
      // 10-25 done 10-20 (on time), due 11-20 not done (late).
      visitsFellDueLastQuarter: 4,
      visitsOnTimeLastQuarter: 2,
      onTimeShare: 0.5,
      neverVisited: 1,
      leftBehind: 3, // y1 too (the dropout is a left-behind child)
      leftBehindWithoutAgreement: 2,
    });
    expect(out.villages.find((v) => v.code === V2)).toMatchObject({
      name: '西林村委会',
      directors: [],
      hasDirector: false,
      targetChildren: 1,
      ...zero,
      visitsDueSoon: 1, // registered 08-28, first visit due 11-28
      contactsOverdue: 1,
      neverVisited: 1,
      onTimeShare: null,
    });
    expect(out.villages.find((v) => v.code === V4)).toMatchObject({
      name: '彰宁村委会',
      hasDirector: true,
      targetChildren: 0,
      ...zero,
    });
    expect(out.villages.find((v) => v.code === V3)).toMatchObject({
      targetChildren: 1,
      ...zero,
      neverVisited: 1,
    });
    expect(out.villages.map((v) => v.code)).toEqual([V1, V2, V4, V3]); // V5's child is 16 now; no director
  });

  it('adds villages up into townships and the county, counting villages without a director', async () => {
    const out = await report('445281');
    expect(out.townships!.find((t) => t.code === '445281102')).toMatchObject({
      name: '赤岗镇',
      villages: 3,
      villagesWithoutDirector: 1,
      targetChildren: 6,
      visitsOverdue: 2,
      visitsDueSoon: 2,
      contactsOverdue: 4,
      visitsFellDueLastQuarter: 4,
      visitsOnTimeLastQuarter: 2,
      onTimeShare: 0.5,
      neverVisited: 2,
    });
    expect(out.townships!.find((t) => t.code === '445281103')).toMatchObject({
      name: '大坝镇',
      villages: 1,
      villagesWithoutDirector: 1,
      targetChildren: 1,
    });
    expect(out.total).toMatchObject({
      code: '445281',
      villages: 4,
      villagesWithoutDirector: 2,
      targetChildren: 7,
    });
    expect(out.total.byLevel).toEqual({ red: 1, yellow: 2, blue: 1, green: 3 });
    expect(out.counties).toBeUndefined();
    // A province reads the contact history in one pass rather than child by child: the same figures.
    const province = await report('44');
    const { code: _a, name: _b, ...countyFigures } = out.total;
    expect(province.total).toMatchObject(countyFigures);
    expect(province.cities!.find((c) => c.code === '4452')).toMatchObject(countyFigures);
    expect(province.villages).toEqual(out.villages);
    const city = await report('4302');
    expect(city.counties).toHaveLength(9);
    expect(city.total.targetChildren).toBe(0);
  });

  it('grades a child who has aged out since as it stood on the date', async () => {
    const stored = await database.db
      .selectFrom('child')
      .selectAll()
      .where('id', '=', agedOut)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ target: false, visit_every: null, contact_every: null });
    const out = await report('445281103', '2026-08-01');
    expect(out.villages.find((v) => v.code === V5)).toMatchObject({
      targetChildren: 1,
      byLevel: { red: 0, yellow: 0, blue: 0, green: 1 },
      visitsOverdue: 1, // registered 01-10, a visit due by 04-10
      contactsOverdue: 1,
      neverVisited: 1,
      leftBehind: 1,
      leftBehindWithoutAgreement: 1,
    });
  });

  it('reads the history as it stood on an earlier date', async () => {
    const out = await report(V1, '2026-09-01');
    // g1 visited 08-25, due 11-25; g2 overdue since 08-01; y1 visited 08-20, due 09-20; the red case not
    // visited until 11-10, overdue since registration; the orphan, registered on 10-01, counts (the date
    // moves ages and exits, not registration) as never visited but not yet overdue; the child who left on
    // 06-01 is gone.
    expect(out.villages).toHaveLength(1);
    expect(out.villages[0]).toMatchObject({ targetChildren: 5, visitsOverdue: 2, neverVisited: 2 });
    expect(out.total.targetChildren).toBe(5);
  });
});
