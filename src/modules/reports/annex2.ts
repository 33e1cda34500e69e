// Annex 2 (排查表): the target children under a region on a date with the facts a township checks them
// by, read in batches of whole villages so that a county's roster never sits in memory at once.
import { sql, type Kysely } from 'kysely';
import type { DB, LevelCode } from '../../db/schema.ts';
import type { DifficultyType } from '../../domain/codes.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { leftBehindAsOf, levelAsOf, targetOnRegister } from './as-of.ts';

export interface RosterRow {
  id: string;
  name: string;
  gender: 'male' | 'female' | null;
  id_number: string | null;
  birth_date: string;
  village_code: string;
  village_name: string | null;
  township_name: string | null;
  county_name: string | null;
  conditions: string[];
  factors: string[];
  difficulty_types: DifficultyType[];
  left_behind: boolean;
  level: LevelCode;
  caregiver_name: string | null;
  caregiver_relation: string | null;
  agreement_signed_on: string | null;
  parents: { relation: 'father' | 'mother'; name: string | null }[];
  last_visit_on: string | null;
}

const BATCH_ROWS = 5000;

/** How many children the roster holds, per village (in code order). */
export async function rosterVillages(
  db: Kysely<DB>,
  prefix: string,
  asOf: IsoDate,
): Promise<{ village_code: string; children: number }[]> {
  const { rows } = await sql<{ village_code: string; children: number }>`
    select ch.village_code, count(*)::int as children
    from child ch
    where ${targetOnRegister('ch', prefix, asOf)}
    group by ch.village_code
    order by ch.village_code`.execute(db);
  return rows;
}

type RosterChild = Omit<
  RosterRow,
  'parents' | 'last_visit_on' | 'village_name' | 'township_name' | 'county_name'
>;

const RANK: Record<string, number> = { red: 0, yellow: 1, blue: 2, green: 3 };

function byVillageLevelName(a: RosterChild, b: RosterChild): number {
  if (a.village_code !== b.village_code) return a.village_code < b.village_code ? -1 : 1;
  if (a.level !== b.level) return RANK[a.level]! - RANK[b.level]!;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : 1;
}

async function rosterBatch(
  db: Kysely<DB>,
  villages: string[],
  asOf: IsoDate,
  names: Map<string, string>,
): Promise<RosterRow[]> {
  const { rows } = await sql<RosterChild>`
    select ch.id, ch.name, ch.gender, ch.id_number, ch.birth_date, ch.village_code,
      ch.conditions, ch.factors, ch.difficulty_types_any_age as difficulty_types,
      ${leftBehindAsOf('ch', asOf)} as left_behind, ${levelAsOf('ch')} as level,
      cg.name as caregiver_name, cg.relation as caregiver_relation, cg.agreement_signed_on
    from child ch
    left join child_caregiver cg on cg.child_id = ch.id
    where ch.village_code in (${sql.join(villages)}) and ${targetOnRegister('ch', '', asOf)}`.execute(db);
  if (!rows.length) return [];
  rows.sort(byVillageLevelName);
  // Parents and the last visit by the date, for the whole batch at once rather than a subquery per child.
  const ids = rows.map((r) => r.id);
  const [parents, visits] = await Promise.all([
    db
      .selectFrom('child_parent')
      .select(['child_id', 'relation', 'name'])
      .where('child_id', 'in', ids)
      .orderBy('relation')
      .execute(),
    db
      .selectFrom('contact')
      .select(['child_id', (eb) => eb.fn.max('occurred_on').as('last_visit_on')])
      .where('child_id', 'in', ids)
      .where('kind', '=', 'visit')
      .where('occurred_on', '<=', asOf)
      .groupBy('child_id')
      .execute(),
  ]);
  const parentsOf = new Map<string, RosterRow['parents']>();
  for (const p of parents) {
    const list = parentsOf.get(p.child_id) ?? [];
    list.push({ relation: p.relation, name: p.name });
    parentsOf.set(p.child_id, list);
  }
  const lastVisit = new Map(visits.map((v) => [v.child_id, v.last_visit_on as string | null]));
  const name = (code: string, length: number) => names.get(code.slice(0, length).padEnd(12, '0')) ?? null;
  return rows.map((r) => ({
    ...r,
    village_name: name(r.village_code, 12),
    township_name: name(r.village_code, 9),
    county_name: name(r.village_code, 6),
    parents: parentsOf.get(r.id) ?? [],
    last_visit_on: lastVisit.get(r.id) ?? null,
  }));
}

/** The roster in order (township, village, red first, name), a batch of whole villages at a time. */
export async function* rosterRows(
  db: Kysely<DB>,
  villages: readonly { village_code: string; children: number }[],
  asOf: IsoDate,
): AsyncGenerator<RosterRow[]> {
  if (!villages.length) return;
  // The names of every village, township and county the roster passes through, read once.
  const codes = [
    ...new Set(villages.flatMap((v) => [12, 9, 6].map((n) => v.village_code.slice(0, n).padEnd(12, '0')))),
  ];
  const regions = await db.selectFrom('region').select(['code', 'name']).where('code', 'in', codes).execute();
  const names = new Map(regions.map((r) => [r.code, r.name]));
  let batch: string[] = [];
  let size = 0;
  for (const v of villages) {
    if (batch.length && size + v.children > BATCH_ROWS) {
      yield await rosterBatch(db, batch, asOf, names);
      batch = [];
      size = 0;
    }
    batch.push(v.village_code);
    size += v.children;
  }
  if (batch.length) yield await rosterBatch(db, batch, asOf, names);
}
