// The worklist rolled up one level down from the region asked for (county → townships, township →
// villages, city → counties, province → cities; a village is its own single row), for supervisors and
// the bureau to see where visits are falling behind.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays, type IsoDate } from '../../domain/dates.ts';
import { fullCode, prefixLength, REGION_LEVELS, type RegionLevel } from '../../domain/region-code.ts';
import { findRegion } from '../../regions/repository.ts';
import { requirePermission } from '../access/index.ts';
import { handleAtOnceFirstSql } from '../children/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { worklistRegion } from './region.ts';

export interface SummaryCounts {
  targetChildren: number;
  levels: { red: number; yellow: number; blue: number; green: number };
  overdue: number;
  overdueVisits: number;
  overdueContacts: number;
  /** Not yet overdue, due on asOf or in the 7 days after. */
  dueWithin7Days: number;
  neverVisited: number;
  /** Red cases still to be handled at once (立即处置: no police report and intervention since). */
  awaitingHandling: number;
}

const zero = (): SummaryCounts => ({
  targetChildren: 0,
  levels: { red: 0, yellow: 0, blue: 0, green: 0 },
  overdue: 0,
  overdueVisits: 0,
  overdueContacts: 0,
  dueWithin7Days: 0,
  neverVisited: 0,
  awaitingHandling: 0,
});

function add(into: SummaryCounts, from: SummaryCounts): void {
  into.targetChildren += from.targetChildren;
  for (const level of ['red', 'yellow', 'blue', 'green'] as const) into.levels[level] += from.levels[level];
  into.overdue += from.overdue;
  into.overdueVisits += from.overdueVisits;
  into.overdueContacts += from.overdueContacts;
  into.dueWithin7Days += from.dueWithin7Days;
  into.neverVisited += from.neverVisited;
  into.awaitingHandling += from.awaitingHandling;
}

function subLevel(level: RegionLevel | null): RegionLevel {
  if (level === null) return 'province';
  return REGION_LEVELS[Math.min(REGION_LEVELS.indexOf(level) + 1, REGION_LEVELS.length - 1)] as RegionLevel;
}

type Counted = Map<string, SummaryCounts>;

/** A row of counts as the database answers them (bigint or numeric sums, as text on PostgreSQL). */
type CountRow = { prefix: string } & Record<
  | 'target_children'
  | 'red'
  | 'yellow'
  | 'blue'
  | 'green'
  | 'overdue'
  | 'overdue_visits'
  | 'overdue_contacts'
  | 'due_within_7_days'
  | 'never_visited'
  | 'awaiting_handling',
  unknown
>;

function countsOf(g: CountRow): SummaryCounts {
  return {
    targetChildren: Number(g.target_children),
    levels: { red: Number(g.red), yellow: Number(g.yellow), blue: Number(g.blue), green: Number(g.green) },
    overdue: Number(g.overdue),
    overdueVisits: Number(g.overdue_visits),
    overdueContacts: Number(g.overdue_contacts),
    dueWithin7Days: Number(g.due_within_7_days),
    neverVisited: Number(g.never_visited),
    awaitingHandling: Number(g.awaiting_handling),
  };
}
/**
 * The summary's counts of the active target children under `prefix` that `where` keeps, read from the children
 * themselves and grouped by the first `length` characters of their village.
 */
export async function countChildren(
  db: Kysely<DB>,
  prefix: string,
  where: RawBuilder<boolean>,
  days: { asOf: IsoDate; length: number },
): Promise<Counted> {
  const weekEnd = addDays(days.asOf, 7);
  const { rows } = await sql<CountRow>`
    select substring(child.village_code from 1 for ${sql.lit(days.length)}) as prefix,
      count(*) as target_children,
      count(*) filter (where child.level = 'red') as red,
      count(*) filter (where child.level = 'yellow') as yellow,
      count(*) filter (where child.level = 'blue') as blue,
      count(*) filter (where child.level = 'green') as green,
      count(*) filter (where child.next_due < ${days.asOf}) as overdue,
      count(*) filter (where child.next_visit_due < ${days.asOf}) as overdue_visits,
      count(*) filter (where child.next_contact_due < ${days.asOf}) as overdue_contacts,
      count(*) filter (where child.next_due >= ${days.asOf} and child.next_due <= ${weekEnd}) as due_within_7_days,
      count(*) filter (where child.last_visit_on is null) as never_visited,
      count(*) filter (where ${handleAtOnceFirstSql} = 0) as awaiting_handling
    from child
    where ${inRegion('child', prefix)} and child.status = 'active' and child.target and ${where}
    group by 1`.execute(db);
  return new Map(rows.map((g) => [g.prefix, countsOf(g)]));
}

/** `table`'s rows under the region `prefix` (by county first: the roll-ups' and the indexes' leading column). */
function inRegion(table: 'child' | 'r', prefix: string) {
  const county =
    prefix.length >= 6 ? sql`${sql.ref(`${table}.county_code`)} = ${prefix.slice(0, 6)} and ` : sql``;
  return sql<boolean>`${county}${sql.ref(`${table}.village_code`)} like ${`${prefix}%`}`;
}

/** The same counts from the roll-up (migration 0074): per village, as counted on its day. */
async function rolledUp(db: Kysely<DB>, prefix: string, length: number): Promise<Counted> {
  const { rows } = await sql<CountRow>`
    select substring(r.village_code from 1 for ${sql.lit(length)}) as prefix,
      sum(target_children) as target_children, sum(red) as red, sum(yellow) as yellow, sum(blue) as blue,
      sum(green) as green, sum(overdue) as overdue, sum(overdue_visits) as overdue_visits,
      sum(overdue_contacts) as overdue_contacts, sum(due_within_7_days) as due_within_7_days,
      sum(never_visited) as never_visited, sum(awaiting_handling) as awaiting_handling
    from worklist_rollup r
    where ${inRegion('r', prefix)}
    group by 1
    having sum(target_children) > 0`.execute(db);
  return new Map(rows.map((g) => [g.prefix, countsOf(g)]));
}

/**
 * The target children on `asOf` counted per sub-region: from the roll-up when it is counted for that day (kept
 * current by the triggers on child, counted again each night), else from the children themselves.
 */
export async function countTargetChildren(
  db: Kysely<DB>,
  prefix: string,
  days: { asOf: IsoDate; length: number },
): Promise<Counted> {
  const counted = await db.selectFrom('worklist_rollup_day').select('day').executeTakeFirst();
  if (counted?.day === days.asOf) return rolledUp(db, prefix, days.length);
  return countChildren(
    db,
    prefix,
    sql<boolean>`(child.target_until is null or child.target_until > ${days.asOf})`,
    days,
  );
}

/** Counts the roll-up again for `day` (time has moved the counts: due dates passed, birthdays). */
export async function refreshWorklistRollup(db: Kysely<DB>, day: IsoDate): Promise<void> {
  await sql`select worklist_rollup_refresh(${day}::date)`.execute(db);
}

export async function getWorklistSummary(ctx: ServiceContext, query: { asOf?: IsoDate; region?: string }) {
  requirePermission(ctx.actor, 'worklist.read');
  const asOf = query.asOf ?? ctx.today;
  const region = worklistRegion(ctx.actor, query.region);
  const level = subLevel(region.level);
  const length = prefixLength(level);
  const counts = await countTargetChildren(ctx.db, region.prefix, { asOf, length });

  // Every sub-region is listed, those with no target children too: an empty village is worth seeing.
  const named = await ctx.db
    .selectFrom('region')
    .select(['code', 'name'])
    .where('code', 'like', `${region.prefix}%`)
    .where('level', '=', level)
    .execute();
  const names = new Map(named.map((r) => [r.code.slice(0, length), r.name]));
  const prefixes = [...new Set([...names.keys(), ...counts.keys()])].sort();
  const total = zero();
  const rows = prefixes.map((p) => {
    const c = counts.get(p) ?? zero();
    add(total, c);
    return { regionCode: fullCode(p), regionName: names.get(p) ?? null, ...c };
  });
  const self = region.prefix ? await findRegion(ctx.db, region.prefix) : undefined;
  return {
    asOf,
    region: region.prefix,
    regionName: self?.name ?? null,
    level: region.level,
    rowLevel: level,
    rows,
    total,
  };
}
