// Annex 1's "其中…" lines (003 附件1; issue 19 pt 2): each row counts what its own words ask, from the records
// that exist for it — 已干预 (an intervention), 已落实保障 (assistance in force on the date), 已复学复读 (a return
// to school), 已定期介入跟踪 (visited, and neither visit nor contact overdue on the date). One child per case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { systemActor } from '../access/actor.ts';
import { LINE_NEEDS } from './annex1-rows.ts';
import { annex1Json, annex1Report } from './service.ts';
import { childCounty } from '../children/index.ts';
import {
  contact,
  intervene,
  LEFT_BEHIND_PARENTS,
  register,
  serviceContext,
} from '../../../test/helpers/register.ts';

const TODAY = '2026-11-23';
const V = '445281102201';
let database: TestDatabase;
let out: ReturnType<typeof annex1Json>;
/** The same register counted from the province and the city: records read in one pass, not child by child. */
let wider: ReturnType<typeof annex1Json>[];

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const ctx = serviceContext(db, TODAY);
  const child = (conditions: string[], parents: unknown[] = LEFT_BEHIND_PARENTS) =>
    register(ctx, V, '2015-03-04', { conditions, parents });
  const assist = (id: string, kind: string, startsOn: string, endsOn: string | null = null) =>
    db
      .insertInto('child_assistance')
      .values({
        child_id: id,
        county_code: childCounty(db, id),
        kind,
        starts_on: startsOn,
        ends_on: endsOn,
        recorded_by_name: '民政局',
      })
      .execute();

  // yellow 1 (已干预或已定期介入跟踪): visited on 11-01 (monthly) → counted; last visit 09-01 → overdue.
  await contact(db, await child(['guardianship.severely_insufficient']), '2026-11-01');
  await contact(db, await child(['guardianship.severely_insufficient']), '2026-09-01');
  // yellow 3 (已干预或已落实保障): both parents imprisoned, temporary assistance in force.
  const y3 = await child(
    [],
    [
      { relation: 'father', statuses: ['imprisoned'] },
      { relation: 'mother', statuses: ['imprisoned'] },
    ],
  );
  // In force from its first day: it starts on the report date.
  await assist(y3, 'temporary', TODAY);
  // blue 3 (已干预或已落实保障和已定期介入跟踪): an intervention alone is enough.
  await intervene(db, await child(['guardianship.insufficient']), '2026-05-01');
  // blue 4 (已干预和已落实保障、定期介入跟踪): all three → counted; without the intervention → not.
  const b4 = await child(['disability.severe'], []);
  await intervene(db, b4, '2026-03-01');
  // In force on its last day: it ends on the report date.
  await assist(b4, 'rehabilitation', '2026-01-01', TODAY);
  await contact(db, b4, '2026-11-01');
  const b4b = await child(['disability.severe'], []);
  await assist(b4b, 'rehabilitation', '2026-01-01');
  await contact(db, b4b, '2026-11-01');
  // blue 5 (已干预和已定期介入跟踪): intervened and visited 11-01 → counted; visited 10-01 (every two months)
  // but no contact since (monthly) → not; the same with a phone call on 11-15 → counted.
  const b5 = await child(['mental.abnormal_behaviour']);
  await intervene(db, b5, '2026-04-01');
  await contact(db, b5, '2026-11-01');
  const b5b = await child(['mental.abnormal_behaviour']);
  await intervene(db, b5b, '2026-04-01');
  await contact(db, b5b, '2026-10-01');
  const b5c = await child(['mental.abnormal_behaviour']);
  await intervene(db, b5c, '2026-04-01');
  await contact(db, b5c, '2026-10-01');
  await contact(db, b5c, '2026-11-15', 'phone');
  // green 1 (已落实保障和已定期介入跟踪): 低保 ended the day before the date → not, though visited.
  const g1 = await child(['assist.dibao']);
  await assist(g1, 'dibao', '2025-01-01', '2026-11-22');
  await contact(db, g1, '2026-11-10');

  // yellow 4 (已干预或已复学复读): back at school on the report date itself → counted.
  const y4 = await child(['school.dropout_suspected']);
  await db
    .insertInto('school_return')
    .values({
      child_id: y4,
      county_code: childCounty(db, y4),
      kind: 'resumed',
      returned_on: TODAY,
      recorded_by_name: '教育局',
    })
    .execute();

  out = annex1Json(
    await annex1Report({ db, actor: systemActor('测试'), today: TODAY }, { region: '445281', asOf: TODAY }),
  );
  wider = [];
  for (const region of ['44', '4452'])
    wider.push(
      annex1Json(
        await annex1Report({ db, actor: systemActor('测试'), today: TODAY }, { region, asOf: TODAY }),
      ),
    );
}, 120_000);
afterAll(() => database.destroy());

describe('Annex 1 "其中…" lines (003 附件1)', () => {
  it('reads every line of the form into what it asks', () => {
    expect(Object.keys(LINE_NEEDS)).toHaveLength(8);
  });
  it('yellow 1 — 已干预或已定期介入跟踪: a visit on schedule counts, an overdue one does not', () => {
    expect(out.levels.yellow.rows[0]).toEqual({ item: 1, count: 2, intervened: 1 });
  });
  it('yellow 3 — 已干预或已落实保障: assistance in force counts, from its first day', () => {
    expect(out.levels.yellow.rows[2]).toEqual({ item: 3, count: 1, intervened: 1 });
  });
  it('yellow 4 — 已干预或已复学复读: a return to school on the date counts', () => {
    expect(out.levels.yellow.rows[3]).toEqual({ item: 4, count: 1, intervened: 1 });
  });
  it('blue 3 — 已干预或已落实保障和已定期介入跟踪: an intervention alone counts', () => {
    expect(out.levels.blue.rows[2]).toEqual({ item: 3, count: 1, intervened: 1 });
  });
  it('blue 4 — 已干预和已落实保障、定期介入跟踪: all three are needed', () => {
    expect(out.levels.blue.rows[3]).toEqual({ item: 4, count: 2, intervened: 1 });
  });
  it('blue 5 — 已干预和已定期介入跟踪: an overdue contact fails it; a phone call keeps it', () => {
    expect(out.levels.blue.rows[4]).toEqual({ item: 5, count: 3, intervened: 2 });
  });
  it('green 1 — 已落实保障和已定期介入跟踪: assistance that ended the day before does not count', () => {
    expect(out.levels.green.rows[0]).toEqual({ item: 1, count: 1, intervened: 0 });
  });
  it('a city or the province counts the same lines as the county (its records read in one pass)', () => {
    for (const report of wider) expect(report.levels).toEqual(out.levels);
  });
  it('subtotals count each child once, meeting the line of a row it is in', () => {
    expect(out.levels.yellow).toMatchObject({ subtotal: 4, subtotalIntervened: 3 });
    expect(out.levels.blue).toMatchObject({ subtotal: 6, subtotalIntervened: 4 });
  });
});
