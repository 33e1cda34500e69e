// Annex 1 in SQL must say what grading every child with the engine on the report date says: a synthetic
// register under three profiles (普宁's 3-month threshold, 铁东's urban left-behind children, 株洲), with
// hand-raised levels, exits and interventions, checked on dates before, on and after the grading day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { assess } from '../../domain/assess.ts';
import { addDays } from '../../domain/dates.ts';
import { dueStatus } from '../../domain/due.ts';
import { LEVELS, type Level } from '../../domain/codes.ts';
import { profileForRegion } from '../../policies/index.ts';
import { systemActor } from '../access/actor.ts';
import { factsOf } from '../children/facts.ts';
import { emptyLevels, totalOf, type Annex1Levels } from './annex1.ts';
import { ANNEX1_ROWS, type Need } from './annex1-rows.ts';
import { annex1Json, annex1Report } from './service.ts';
import { insertSyntheticActivity, insertSyntheticChildren } from './synthetic-register.ts';

const GRADED_ON = '2026-11-23';
const REGIONS = ['445281', '220303', '430223'];
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  let first = 0;
  for (const region of REGIONS) {
    const villages = await database.db
      .selectFrom('region')
      .select('code')
      .where('level', '=', 'village')
      .where('code', 'like', `${region}%`)
      .orderBy('code')
      .limit(12)
      .execute();
    await insertSyntheticChildren(database.db, {
      count: 400,
      first,
      villages: villages.map((v) => v.code),
      asOf: GRADED_ON,
    });
    await insertSyntheticActivity(database.db, region, GRADED_ON);
    first += 400;
  }
});
afterAll(() => database.destroy());

/** The table by grading each child with the engine on the date. */
async function reference(region: string, asOf: string): Promise<{ levels: Annex1Levels; total: number }> {
  const db = database.db;
  const children = await db
    .selectFrom('child')
    .selectAll()
    .where('village_code', 'like', `${region}%`)
    .execute();
  const parents = await db.selectFrom('child_parent').selectAll().execute();
  const interventions = await db.selectFrom('intervention').select(['child_id', 'occurred_on']).execute();
  const contacts = await db.selectFrom('contact').select(['child_id', 'occurred_on', 'kind']).execute();
  const assistance = await db
    .selectFrom('child_assistance')
    .select(['child_id', 'starts_on', 'ends_on'])
    .execute();
  const returns = await db.selectFrom('school_return').select(['child_id', 'returned_on']).execute();
  const levels = emptyLevels();
  for (const child of children) {
    if (child.exited_on !== null && child.exited_on <= asOf) continue;
    const facts = factsOf(
      child,
      parents.filter((p) => p.child_id === child.id),
      asOf,
    );
    const manual = child.manual_level ? { level: child.manual_level, reason: 'x' } : null;
    const a = assess(facts, profileForRegion(child.village_code), manual);
    if (!a.target) continue;
    const level = a.level as Level;
    const factors = a.reasons.filter((r) => r.code !== 'manual').map((r) => r.code);
    // What the "其中…" lines ask, worked out from the records and the engine's schedule (domain/due.ts).
    const mine = contacts.filter((c) => c.child_id === child.id && c.occurred_on <= asOf);
    const last = (list: typeof mine) =>
      list
        .map((c) => c.occurred_on)
        .sort()
        .at(-1) ?? null;
    const lastVisit = last(mine.filter((c) => c.kind === 'visit'));
    const due =
      a.schedule &&
      dueStatus(
        { ...a.schedule, immediate: false },
        { registeredOn: child.registered_on, lastVisit, lastContact: last(mine) },
        asOf,
      );
    const has: Record<Need, boolean> = {
      intervened: interventions.some((i) => i.child_id === child.id && i.occurred_on <= asOf),
      secured: assistance.some(
        (s) => s.child_id === child.id && s.starts_on <= asOf && (s.ends_on === null || s.ends_on >= asOf),
      ),
      schooled: returns.some((s) => s.child_id === child.id && s.returned_on <= asOf),
      tracked: lastVisit !== null && due !== null && !due.overdue,
    };
    const table = levels[level];
    table.subtotal += 1;
    let anyLine = false;
    for (const row of ANNEX1_ROWS[level]) {
      const any =
        row.factors.some((f) => factors.includes(f)) ||
        row.conditions.some((c) => (child.conditions as readonly string[]).includes(c));
      if (row.other ? any : !any) continue;
      table.rows[row.item - 1]!.count += 1;
      if (row.line.some((needs) => needs.every((n) => has[n]))) {
        table.rows[row.item - 1]!.intervened += 1;
        anyLine = true;
      }
    }
    if (anyLine) table.subtotalIntervened += 1;
  }
  return { levels, total: totalOf(levels) };
}

/** Days on which something changes for some child: a 16th or 18th birthday, an exit, an intervention. */
async function edgeDays(region: string): Promise<string[]> {
  const { db } = database;
  const like = `${region}%`;
  const pick = async (column: 'left_behind_until' | 'target_until' | 'exited_on' | 'registered_on') =>
    (
      await db
        .selectFrom('child')
        .select(column)
        .where('village_code', 'like', like)
        .where(column, '>', '2024-01-01')
        .where(column, '<', GRADED_ON)
        .orderBy(column)
        .executeTakeFirst()
    )?.[column] as string | undefined;
  const intervention = await db
    .selectFrom('intervention')
    .innerJoin('child', 'child.id', 'intervention.child_id')
    .select('intervention.occurred_on')
    .where('child.village_code', 'like', like)
    .where('child.target_until', '>', '2026-01-01')
    .orderBy('intervention.occurred_on', 'desc')
    .executeTakeFirstOrThrow();
  // Assistance that starts, the day after one ends (the end day itself is in force), a return to school.
  const assistance = await db
    .selectFrom('child_assistance')
    .innerJoin('child', 'child.id', 'child_assistance.child_id')
    .select(['child_assistance.starts_on', 'child_assistance.ends_on'])
    .where('child.village_code', 'like', like)
    .where('child.target_until', '>', '2026-01-01')
    .where('child_assistance.ends_on', 'is not', null)
    .where('child_assistance.ends_on', '<', GRADED_ON)
    .orderBy('child_assistance.ends_on', 'desc')
    .executeTakeFirstOrThrow();
  const back = await db
    .selectFrom('school_return')
    .innerJoin('child', 'child.id', 'school_return.child_id')
    .select('school_return.returned_on')
    .where('child.village_code', 'like', like)
    .where('child.target_until', '>', '2026-01-01')
    .orderBy('school_return.returned_on', 'desc')
    .executeTakeFirstOrThrow();
  const days = [
    await pick('left_behind_until'),
    await pick('target_until'),
    await pick('exited_on'),
    await pick('registered_on'),
    intervention.occurred_on,
    assistance.starts_on,
    assistance.ends_on!,
    addDays(assistance.ends_on!, 1),
    back.returned_on,
  ];
  return days.filter((d): d is string => d !== undefined);
}

describe('Annex 1 agrees with the engine on every child', () => {
  it.each(REGIONS)(
    '%s, on dates before, on and after the grading day and on days children change, from the county and its province',
    async (region) => {
      const ctx = { db: database.db, actor: systemActor('测试'), today: GRADED_ON };
      const edges = await edgeDays(region);
      expect(edges.length).toBeGreaterThanOrEqual(4);
      const dates = ['2024-06-30', '2025-09-15', GRADED_ON, '2027-06-30', ...edges];
      for (const asOf of dates) {
        const out = annex1Json(await annex1Report(ctx, { region, asOf }));
        const expected = await reference(region, asOf);
        expect(out.levels, asOf).toEqual(expected.levels);
        expect(out.total, asOf).toBe(expected.total);
        // A register this size has children at every level: the comparison is not of empty tables.
        for (const level of LEVELS) expect(out.levels[level].subtotal, asOf).toBeGreaterThan(0);
        // The province holds only this county's children here: counted from it, the records of the children
        // with one after the date are read in one pass, not child by child, and must give the same table.
        const province = annex1Json(await annex1Report(ctx, { region: region.slice(0, 2), asOf }));
        expect(province.levels, `${asOf} from the province`).toEqual(expected.levels);
      }
    },
  );
});
