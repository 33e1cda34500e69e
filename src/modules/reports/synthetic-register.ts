// A believable register built in bulk for report tests and benchmarks: the synthetic children of
// bench/synthetic.ts graded by evaluateChild() exactly as the register grades them, some raised by hand,
// some taken off the register, with interventions and visits generated in SQL afterwards.
import { sql, type Kysely } from 'kysely';
import { random, syntheticFacts } from '../../../bench/synthetic.ts';
import type { DB } from '../../db/schema.ts';
import { addDays, maxDate, type IsoDate } from '../../domain/dates.ts';
import type { Condition, ParentStatus } from '../../domain/codes.ts';
import type { LevelCode } from '../../db/schema.ts';
import { evaluateChild } from '../children/index.ts';

export interface SyntheticRegister {
  /** How many children, and the number of the first (children are numbered for their ID and seed). */
  count: number;
  first?: number;
  /** Filled in this order, an even share each. */
  villages: readonly string[];
  /** The day the register is graded on (the children's stored assessment). */
  asOf: IsoDate;
  batch?: number;
}

interface ParentRow {
  relation: 'father' | 'mother';
  statuses: ParentStatus[];
  migrant_months: number | null;
  cross_county: boolean | null;
  core_urban_both: boolean | null;
}

/** Inserts the children and their parents; returns how many were inserted. */
export async function insertSyntheticChildren(db: Kysely<DB>, o: SyntheticRegister): Promise<number> {
  const first = o.first ?? 0;
  // 35 columns a row: 1,000 rows stay under the 65,535 parameters of one statement.
  const batch = o.batch ?? 1000;
  for (let start = first; start < first + o.count; start += batch) {
    const children = [];
    const parents: ParentRow[][] = [];
    const counties: string[] = [];
    for (let i = start; i < Math.min(first + o.count, start + batch); i++) {
      const facts = syntheticFacts(i) as {
        birthDate: string;
        hukouType: 'rural' | 'urban';
        guardianship: 'good' | 'fair' | 'poor';
        parents: {
          relation: 'father' | 'mother';
          statuses: ParentStatus[];
          migrantMonths?: number;
          crossCounty?: boolean;
          coreUrbanBoth?: boolean;
        }[];
        conditions: Condition[];
      };
      const rnd = random(i * 7919 + 13);
      // Villages in turn, as imports arrive county by county: a county's children lie together on disk.
      const village = o.villages[Math.floor(((i - first) * o.villages.length) / o.count)]!;
      const registeredOn = maxDate(facts.birthDate, addDays('2023-01-01', Math.floor(rnd() * 1400)))!;
      const exitedOn =
        rnd() < 0.05 ? maxDate(registeredOn, addDays(registeredOn, Math.floor(rnd() * 600)))! : null;
      const exited = exitedOn !== null && exitedOn <= o.asOf;
      const manual: LevelCode | null =
        rnd() < 0.04 ? (['red', 'yellow', 'blue'] as const)[Math.floor(rnd() * 3)]! : null;
      const ps: ParentRow[] = facts.parents.map((p) => ({
        relation: p.relation,
        statuses: p.statuses,
        migrant_months: p.migrantMonths ?? null,
        cross_county: p.crossCounty ?? null,
        core_urban_both: p.coreUrbanBoth ?? null,
      }));
      const row = {
        name: `儿童${i}`,
        id_number: null,
        birth_date: facts.birthDate,
        hukou_type: facts.hukouType,
        guardianship: facts.guardianship,
        village_code: village,
        county_code: village.slice(0, 6),
        conditions: facts.conditions,
        registered_on: registeredOn,
        status: exited ? ('exited' as const) : ('active' as const),
        exit_reason: exited ? ('moved_away' as const) : null,
        exited_on: exited ? exitedOn : null,
        manual_level: manual,
        manual_reason: manual ? '综合研判调高' : null,
        level: null,
        immediate_since: null,
        last_visit_on: null,
        last_contact_on: null,
      };
      const { columns } = evaluateChild(row, ps, o.asOf);
      children.push({ ...row, ...columns });
      parents.push(ps);
      counties.push(row.county_code);
    }
    const ids = await db.insertInto('child').values(children).returning('id').execute();
    const parentRows = ids.flatMap(({ id }, k) =>
      parents[k]!.map((p) => ({ ...p, child_id: id, county_code: counties[k]! })),
    );
    if (parentRows.length) await db.insertInto('child_parent').values(parentRows).execute();
  }
  return o.count;
}

/**
 * Interventions for about a third of the children and visits and phone contacts for most, on dates spread
 * over the two years before `asOf` (some after it, as back-entered or later records would be).
 */
export async function insertSyntheticActivity(db: Kysely<DB>, prefix: string, asOf: IsoDate): Promise<void> {
  const from = addDays(asOf, -720);
  await sql`
    insert into intervention (child_id, county_code, occurred_on, kind)
    select c.id, c.county_code, ${from}::date + (abs(hashtext(c.id::text || 'i')) % 760), 'assistance'
    from child c where c.village_code like ${`${prefix}%`} and abs(hashtext(c.id::text)) % 3 = 0`.execute(db);
  await sql`
    insert into contact (child_id, county_code, kind, occurred_on, worker_name)
    select c.id, c.county_code, case when k % 3 = 0 then 'phone' else 'visit' end,
      ${from}::date + (abs(hashtext(c.id::text || k::text)) % 740), '儿童主任'
    from child c cross join generate_series(1, 8) as k
    where c.village_code like ${`${prefix}%`} and abs(hashtext(c.id::text || 'v')) % 5 > k % 5`.execute(db);
  // Assistance on the file for about two in five (some ended), returns to school for about one in six.
  await sql`
    insert into child_assistance (child_id, county_code, kind, starts_on, ends_on, recorded_by_name)
    select c.id, c.county_code, 'dibao', ${from}::date + (abs(hashtext(c.id::text || 'a')) % 600),
      case when abs(hashtext(c.id::text || 'e')) % 3 = 0
        then ${from}::date + 600 + (abs(hashtext(c.id::text || 'e')) % 200) end,
      '民政局'
    from child c where c.village_code like ${`${prefix}%`} and abs(hashtext(c.id::text || 's')) % 5 < 2`.execute(
    db,
  );
  await sql`
    insert into school_return (child_id, county_code, kind, returned_on, recorded_by_name)
    select c.id, c.county_code, 'resumed', ${from}::date + (abs(hashtext(c.id::text || 'r')) % 760), '教育局'
    from child c where c.village_code like ${`${prefix}%`} and abs(hashtext(c.id::text || 'r')) % 6 = 0`.execute(
    db,
  );
}
