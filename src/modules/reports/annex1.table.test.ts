// Annex 1's counting rules (DOMAIN.md §7, 普宁 附件1 at the end of seed 003) on a hand-built register:
// a child counts only at its own level, in every row of that level it matches (rows overlap), "other"
// holds the children matching none of the level's rows, subtotals and the total count children once,
// "intervened" means an intervention on or before the date; the date moves children across their 16th
// and 18th birthdays, registration and exit; a level raised by hand counts at the raised level.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { LEVELS, type Level } from '../../domain/codes.ts';
import { systemActor } from '../access/actor.ts';
import { exitChild, setManualLevel } from '../children/service.ts';
import { annex1Report, annex1Json } from './service.ts';
import { childCounty } from '../children/index.ts';
import {
  AWAY,
  contact,
  intervene,
  LEFT_BEHIND_PARENTS,
  register,
  serviceContext,
} from '../../../test/helpers/register.ts';

const TODAY = '2026-11-23';
const V1 = '445281102201'; // 赤岗镇五福屿
const V2 = '445281102202'; // 赤岗镇西林
const V3 = '445281103201'; // 大坝镇白坑
const YOUXIAN = '430223001001'; // 株洲市攸县

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const ctx = serviceContext(db, TODAY);
  const A = await register(ctx, V1, '2015-03-04', {
    conditions: ['harm.suspected', 'unsupervised.living_alone'],
  });
  await intervene(db, A, '2026-05-01');
  const B = await register(ctx, V1, '2014-01-01', { conditions: ['self_harm', 'orphan'] });
  await intervene(db, B, '2026-07-15');
  const C = await register(ctx, V2, '2013-06-06', {
    conditions: ['school.dropout_suspected'],
    parents: LEFT_BEHIND_PARENTS,
  });
  await setManualLevel(ctx, C, { level: 'red', reason: '多次离家出走，镇评估确认', version: 1 });
  // A risk factor alone makes no target child (003 §二(二)6): D, G and O are left-behind children.
  const D = await register(ctx, V2, '2012-02-02', {
    conditions: ['mental.serious_illness'],
    parents: LEFT_BEHIND_PARENTS,
  });
  await intervene(db, D, '2026-09-01');
  const E = await register(ctx, V3, '2011-05-05', {
    conditions: ['school.dropout_suspected'],
    parents: [
      { relation: 'father', statuses: ['severe_disability'] },
      { relation: 'mother', statuses: ['severe_disability'] },
    ],
  });
  const F = await register(ctx, V3, '2016-07-07', { conditions: ['hiv', 'assist.dibao'] });
  await intervene(db, F, '2025-12-01');
  await register(ctx, V1, '2017-08-08', {
    parents: [
      { relation: 'father', ...AWAY, statuses: ['migrant', 'substance_abuse'] },
      { relation: 'mother', ...AWAY },
    ],
  });
  const H = await register(ctx, V1, '2018-01-01', { conditions: ['assist.dibao', 'assist.tekun'] });
  const I = await register(ctx, V2, '2019-01-01', { conditions: ['assist.expenditure_hardship'] });
  // 已复学复读 (yellow 4): E went back to school on 2026-10-08.
  await db
    .insertInto('school_return')
    .values({
      child_id: E,
      county_code: childCounty(db, E),
      kind: 'resumed',
      returned_on: '2026-10-08',
      recorded_by_name: '教育局',
    })
    .execute();
  // 已落实保障和已定期介入跟踪 (blue 1, green 1–4): F's basic living support from 2025-12-01 and a visit
  // on 2026-11-01 (blue: visit every 2 months, contact monthly); H's 低保 in force and a visit on
  // 2026-11-10; I's support ended on 2026-06-30, visited 2026-11-10.
  const assist = (child: string, kind: string, startsOn: string, endsOn: string | null = null) =>
    db
      .insertInto('child_assistance')
      .values({
        child_id: child,
        county_code: childCounty(db, child),
        kind,
        starts_on: startsOn,
        ends_on: endsOn,
        recorded_by_name: '民政局',
      })
      .execute();
  await assist(F, 'basic_living', '2025-12-01');
  await contact(db, F, '2026-11-01');
  await assist(H, 'dibao', '2025-06-01');
  await contact(db, H, '2026-11-10');
  await assist(I, 'dibao_marginal', '2025-06-01', '2026-06-30');
  await contact(db, I, '2026-11-10');
  const J = await register(ctx, V2, '2015-05-05', { parents: LEFT_BEHIND_PARENTS });
  await intervene(db, J, TODAY);
  const K = await register(ctx, V1, '2014-04-04', { conditions: ['harm.suspected'] });
  await intervene(db, K, '2026-03-01');
  await exitChild(ctx, K, { reason: 'moved_away', exitedOn: '2026-10-01', version: 1 });
  await register(ctx, V3, '2010-08-15', { parents: LEFT_BEHIND_PARENTS, registeredOn: '2026-01-10' });
  await register(ctx, V3, '2008-09-10', { conditions: ['disability.severe'] });
  const N = await register(ctx, V1, '2015-01-01');
  await intervene(db, N, '2026-01-01');
  await register(ctx, V1, '2016-03-03', {
    conditions: ['guardianship.insufficient'],
    parents: LEFT_BEHIND_PARENTS,
    registeredOn: '2026-10-01',
  });
  await register(ctx, YOUXIAN, '2015-02-02', { conditions: ['harm.suspected'] });
});
afterAll(() => database.destroy());

type Cells = Partial<Record<number | 'sub', [count: number, intervened: number]>>;
const ROWS: Record<Level, number> = { red: 5, yellow: 6, blue: 7, green: 4 };

/** The whole table from the cells that are not zero. */
function table(cells: Partial<Record<Level, Cells>>, total: number, region = '445281', asOf = TODAY) {
  const levels = Object.fromEntries(
    LEVELS.map((level) => {
      const c = cells[level] ?? {};
      return [
        level,
        {
          rows: Array.from({ length: ROWS[level] }, (_, i) => ({
            item: i + 1,
            count: c[i + 1]?.[0] ?? 0,
            intervened: c[i + 1]?.[1] ?? 0,
          })),
          subtotal: c.sub?.[0] ?? 0,
          subtotalIntervened: c.sub?.[1] ?? 0,
        },
      ];
    }),
  );
  return { region, asOf, levels, total };
}

async function annex1(region: string, asOf: string, breakdown = false) {
  const ctx = { db: database.db, actor: systemActor('测试'), today: TODAY };
  return annex1Json(await annex1Report(ctx, { region, asOf, breakdown }));
}

describe('Annex 1 counting (003 附件1, DOMAIN.md §7)', () => {
  it('counts each child at its own level, in every row it matches, once in the subtotals (as of today)', async () => {
    expect(await annex1('445281', TODAY)).toEqual(
      table(
        {
          // A in rows 1 and 2; B's orphan does not count at blue; C raised to red by hand is "other red";
          // K left the register on 2026-10-01.
          red: { 1: [1, 1], 2: [1, 1], 4: [1, 1], 5: [1, 0], sub: [3, 2] },
          // E in rows 2 (both parents severely disabled) and 4 (dropout); D's serious mental illness is
          // no listed row: "other yellow".
          // E back in school: row 4 (已干预或已复学复读) counts it, row 2 (已干预或已落实保障) does not.
          yellow: { 2: [1, 0], 4: [1, 1], 6: [1, 1], sub: [2, 2] },
          // F (hiv) in row 1 and not in green's 低保 row, supported and visited on schedule; O (row 3)
          // registered on 2026-10-01, never visited; M turned 18 on 2026-09-10; G's line asks 已干预和已定期介入跟踪.
          blue: { 1: [1, 1], 3: [1, 0], 6: [1, 0], sub: [3, 1] },
          // H in rows 1 and 3, supported and visited; I's support ended; J, intervened today, is "other
          // green", whose line asks 已落实保障和已定期介入跟踪, not an intervention; L turned 16 on 2026-08-15.
          green: { 1: [1, 1], 2: [1, 0], 3: [1, 1], 4: [1, 0], sub: [3, 1] },
        },
        11,
      ),
    );
  });

  it('grades the register as it stood on an earlier date: interventions after it do not count', async () => {
    expect(await annex1('445281', '2026-06-30')).toEqual(
      table(
        {
          // K, intervened on 2026-03-01, was still on the register; B's intervention came in July.
          red: { 1: [2, 2], 2: [1, 1], 4: [1, 0], 5: [1, 0], sub: [4, 2] },
          yellow: { 2: [1, 0], 4: [1, 0], 6: [1, 0], sub: [2, 0] },
          // O (registered in October) counts too: registration does not move with the date.
          // F's support had started, but no visit yet on that date: not 已定期介入跟踪.
          blue: { 1: [1, 0], 3: [1, 0], 4: [1, 0], 6: [1, 0], sub: [4, 0] },
          green: { 1: [1, 0], 2: [1, 0], 3: [1, 0], 4: [2, 0], sub: [4, 0] },
        },
        14,
        '445281',
        '2026-06-30',
      ),
    );
  });

  it.each([
    // 不满16周岁 (003 §二(一)): L counts the day before its 16th birthday, not on it.
    ['2026-08-14', 'green', 4, 2],
    ['2026-08-15', 'green', 4, 1],
    // 未满18周岁 (003 §二(二)): M counts the day before its 18th birthday, not on it.
    ['2026-09-09', 'blue', 4, 1],
    ['2026-09-10', 'blue', 4, 0],
    // K was on the register until it left on 2026-10-01; O, registered on 2026-10-01, counts before too
    // (the date moves ages and exits, not registration: as-of.ts).
    ['2026-09-30', 'red', 1, 2],
    ['2026-10-01', 'red', 1, 1],
    ['2026-09-30', 'blue', 3, 1],
    ['2026-10-01', 'blue', 3, 1],
  ] as const)('as of %s, %s row %i counts %i', async (asOf, level, item, count) => {
    const out = await annex1('445281', asOf);
    expect(out.levels[level].rows[item - 1]).toMatchObject({ item, count });
  });

  it('counts the subtotal intervened once per child even when the child is in two intervened rows', async () => {
    const out = await annex1('445281', TODAY);
    expect(out.levels.red.rows[0]!.intervened + out.levels.red.rows[1]!.intervened).toBe(2);
    expect(out.levels.red.subtotalIntervened).toBe(2);
  });

  it('counts only the children under the region: a township, a village, another county', async () => {
    const township = await annex1('445281102', TODAY);
    expect(township.total).toBe(9); // A B C D G H I J O in 赤岗镇, not E F (大坝镇)
    expect(township.levels.yellow.subtotal).toBe(1); // D, not E
    const village = await annex1('445281102202', TODAY);
    expect(village.total).toBe(4); // C D I J
    expect(await annex1('430223', TODAY)).toEqual(table({ red: { 1: [1, 0], sub: [1, 0] } }, 1, '430223'));
  });

  it('breaks a county into its townships and a city into its counties, adding up to the whole', async () => {
    const county = await annex1('445281', TODAY, true);
    const parts = county.parts!;
    expect(parts.map((p) => p.region)).toContain('445281102');
    expect(parts.find((p) => p.region === '445281102')).toMatchObject({ name: '赤岗镇', total: 9 });
    expect(parts.find((p) => p.region === '445281103')).toMatchObject({ name: '大坝镇', total: 2 });
    expect(parts.reduce((s, p) => s + p.total, 0)).toBe(county.total);
    const { parts: _parts, ...whole } = county;
    expect(whole).toEqual(await annex1('445281', TODAY));

    const city = await annex1('4302', TODAY, true);
    expect(city.parts).toHaveLength(9);
    expect(city.parts!.find((p) => p.region === '430223')).toMatchObject({ name: '攸县', total: 1 });
    expect(city.total).toBe(1);
  });
});
