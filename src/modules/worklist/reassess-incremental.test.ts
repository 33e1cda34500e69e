// The nightly run grades only the children whose day has come (child.reassess_on, issue 20.4). Over 400
// consecutive days it must leave every child's stored assessment, history, level audit and mandatory report
// exactly as grading every child each night does: two databases hold the same few hundred children (ages
// about to cross 16 and 18, parents away just under and over the migrant-months limits, visits due soon, red
// factors handled or not, every profile), one is run as the scheduler runs it, the other with `all`, and
// they are compared every day. A child whose reassess_on came a day late would differ on that day.
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import type { DB } from '../../db/schema.ts';
import { CONDITIONS, PARENT_STATUSES, type ParentStatus } from '../../domain/codes.ts';
import { addDays, addMonths, type IsoDate } from '../../domain/dates.ts';
import { systemActor } from '../access/actor.ts';
import { evaluateChild, reassessChild } from '../children/reassess.ts';
import { reassessAll } from './reassess-all.ts';
import { rulesDigest } from './sweep.ts';

const START = '2029-11-20';
const DAYS = 400;
const COUNT = 320;

/** mulberry32: the same children on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let incremental: TestDatabase;
let full: TestDatabase;
const ids: string[] = [];

async function villages(db: Kysely<DB>): Promise<string[]> {
  // A few villages under each profile's prefix the test regions hold, and some under none (national).
  const out: string[] = [];
  for (const prefix of ['445281', '320115', '310117', '220303', '4302', '1', '5'])
    out.push(
      ...(
        await db
          .selectFrom('region')
          .select('code')
          .where('level', '=', 'village')
          .where('code', 'like', `${prefix}%`)
          .orderBy('code')
          .limit(3)
          .execute()
      ).map((r) => r.code),
    );
  return out;
}

function children(villageCodes: string[]) {
  const rnd = random(20_4);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const rows = [];
  const parents = [];
  for (let i = 0; i < COUNT; i++) {
    // Most children cross an age limit (16 or 18) within the days run, a few on 29 February.
    const age = pick([16, 16, 18, 18, 17, 10]);
    const crossing = addDays(START, Math.floor(rnd() * (DAYS + 10)) - 5);
    const birth =
      i % 40 === 0
        ? pick(['2012-02-29', '2014-02-28', '2014-03-01', '2011-12-31'])
        : addMonths(crossing, -12 * age);
    const conditions = [...new Set(Array.from({ length: Math.floor(rnd() * 3) }, () => pick(CONDITIONS)))];
    const count = pick([0, 1, 2, 2, 2]);
    const own = [];
    for (const relation of (['father', 'mother'] as const).slice(0, count)) {
      const statuses: ParentStatus[] = rnd() < 0.85 ? ['migrant'] : [pick(PARENT_STATUSES)];
      own.push({
        relation,
        statuses,
        migrant_months: pick([null, 3, 5, 6, 6, 7, 12]),
        cross_county: pick([true, true, true, true, false, null]),
        core_urban_both: pick([false, false, false, false, true, null]),
      });
    }
    const manual = rnd() < 0.08 ? pick(['red', 'yellow', 'blue'] as const) : null;
    const row = {
      id: crypto.randomUUID(),
      name: `儿童${i}`,
      birth_date: birth,
      hukou_type: pick(['rural', 'rural', 'rural', 'urban', null] as const),
      guardianship: pick(['good', 'fair', 'poor', null] as const),
      village_code: villageCodes[i % villageCodes.length]!,
      county_code: villageCodes[i % villageCodes.length]!.slice(0, 6),
      conditions,
      registered_on: addDays(START, -Math.floor(rnd() * 400) - 1),
      manual_level: manual,
      manual_reason: manual ? '综合研判调高' : null,
      status: 'active' as const,
      level: null,
      immediate_since: null,
      // Visits and contacts falling due on the days run.
      last_visit_on: rnd() < 0.3 ? null : addDays(START, -Math.floor(rnd() * 90)),
      last_contact_on: rnd() < 0.3 ? null : addDays(START, -Math.floor(rnd() * 40)),
      red_handled_on: pick([null, null, addDays(START, -40), addDays(START, 3)]),
    };
    // Graded a month before the first day, as a register last graded then (its reassess_on is due since).
    const gradedOn = rnd() < 0.5 ? addDays(START, -30) : addDays(START, -1);
    const { columns } = evaluateChild(row, own, gradedOn);
    rows.push({ ...row, ...columns, reassess_on: rnd() < 0.05 ? null : columns.reassess_on });
    parents.push(own.map((p) => ({ ...p, child_id: row.id, county_code: row.county_code })));
  }
  return { rows, parents: parents.flat() };
}

beforeAll(async () => {
  [incremental, full] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  const { rows, parents } = children(await villages(incremental.db));
  ids.push(...rows.map((r) => r.id));
  for (const database of [incremental, full]) {
    await database.db.insertInto('child').values(rows).execute();
    await database.db.insertInto('child_parent').values(parents).execute();
    // A night's run graded the whole register under the same rules before the first day.
    await database.db
      .insertInto('reassess_run')
      .values({
        as_of: addDays(START, -31),
        region: null,
        full_sweep: true,
        profiles: rulesDigest(),
        checked: rows.length,
        updated: 0,
      })
      .execute();
  }
}, 120_000);
afterAll(async () => {
  await Promise.all([incremental?.destroy(), full?.destroy()]);
});

const childRows = (db: Kysely<DB>) =>
  db
    .selectFrom('child')
    .selectAll()
    .orderBy('id')
    .execute()
    .then((rows) => rows.map(({ updated_at: _u, created_at: _c, ...rest }) => rest));

/** Every column of every child but the two timestamps, as one md5 (jsonb's text is canonical). */
const childDigest = (db: Kysely<DB>) =>
  sql<{ digest: string }>`
    select md5(string_agg((to_jsonb(c) - 'updated_at' - 'created_at')::text, '|' order by c.id)) as digest
      from child c`
    .execute(db)
    .then((r) => r.rows[0]!.digest);

const trail = async (db: Kysely<DB>) => ({
  history: await db
    .selectFrom('assessment')
    .select(['child_id', 'as_of', 'trigger', 'target', 'left_behind', 'difficulty_types', 'level', 'reasons'])
    .select(['schedule', 'mandatory_report'])
    .orderBy('child_id')
    .orderBy('as_of')
    .orderBy('trigger')
    .execute(),
  audit: await db
    .selectFrom('audit_event')
    .select(['child_id', 'action', 'changes', 'detail'])
    .where('child_id', 'is not', null)
    .orderBy('child_id')
    .orderBy('id')
    .execute(),
  reports: await db
    .selectFrom('mandatory_report')
    .select(['child_id', 'factors', 'discovered_on', 'status'])
    .orderBy('child_id')
    .orderBy('discovered_on')
    .execute(),
});

/** What happens to both registers on a day besides the nightly run: visits recorded, a file repaired in SQL. */
async function dayOfWork(db: Kysely<DB>, day: IsoDate, n: number): Promise<void> {
  if (n % 23 === 5)
    await db.transaction().execute(async (trx) => {
      for (const id of [ids[n % COUNT]!, ids[(n * 7) % COUNT]!]) {
        await trx.updateTable('child').set({ last_visit_on: day }).where('id', '=', id).execute();
        await reassessChild(trx, id, { actor: systemActor('走访'), asOf: day, trigger: 'contact' });
      }
    });
  // Written past the services: the trigger leaves the child for the next run to grade.
  if (n % 61 === 30)
    await db
      .updateTable('child')
      .set({ conditions: ['self_harm'] })
      .where('id', '=', ids[(n * 3) % COUNT]!)
      .execute();
  if (n % 97 === 50)
    await db
      .updateTable('child_parent')
      .set({ migrant_months: 12, cross_county: true, core_urban_both: false })
      .where('child_id', '=', ids[(n * 11) % COUNT]!)
      .execute();
}

describe('the nightly run on the children whose day has come', () => {
  it('leaves every day the same register as grading every child', async () => {
    let graded = 0;
    let changed = 0;
    for (let n = 0; n < DAYS; n++) {
      const day = addDays(START, n);
      await dayOfWork(incremental.db, day, n);
      await dayOfWork(full.db, day, n);
      const a = await reassessAll(incremental.db, { asOf: day, batchSize: 50 });
      const b = await reassessAll(full.db, { asOf: day, all: true, batchSize: 50 });
      expect(a.full, day).toBe(false);
      expect(b.full).toBe(true);
      graded += a.checked;
      changed += b.updated;
      const { ms: _a, full: _af, fullReason: _ar, checked: _ac, ...ra } = a;
      const { ms: _b, full: _bf, fullReason: _br, checked: _bc, ...rb } = b;
      expect(ra, day).toEqual(rb);
      // Compared by a digest of every column first (reading 320 whole rows twice a day was a third of the
      // test's time); on any difference the rows themselves, so that the failure shows which.
      if ((await childDigest(incremental.db)) !== (await childDigest(full.db)))
        expect(await childRows(incremental.db), day).toEqual(await childRows(full.db));
    }
    expect(await trail(incremental.db)).toEqual(await trail(full.db));
    // The days run did change assessments (66 children's, with these seeds), and the nightly run looked at
    // a small part of the register.
    expect(changed).toBeGreaterThan(50);
    expect(graded).toBeLessThan((COUNT * DAYS) / 20);
  }, 900_000);
});
