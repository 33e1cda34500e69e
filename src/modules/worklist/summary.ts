// The worklist rolled up one level down from the region asked for (county → townships, township →
// villages, city → counties, province → cities; a village is its own single row), for supervisors and
// the bureau to see where visits are falling behind.
import { sql } from 'kysely';
import { addDays, type IsoDate } from '../../domain/dates.ts';
import { fullCode, prefixLength, REGION_LEVELS, type RegionLevel } from '../../domain/region-code.ts';
import { findRegion } from '../../regions/repository.ts';
import { requirePermission } from '../access/index.ts';
import { handleAtOnceFirstSql } from '../children/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { worklistRegion } from './region.ts';
import { targetChildrenIn } from './worklist.ts';

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

export async function getWorklistSummary(ctx: ServiceContext, query: { asOf?: IsoDate; region?: string }) {
  requirePermission(ctx.actor, 'worklist.read');
  const asOf = query.asOf ?? ctx.today;
  const region = worklistRegion(ctx.actor, query.region);
  const level = subLevel(region.level);
  const length = prefixLength(level);
  const weekEnd = addDays(asOf, 7);

  const groups = await ctx.db
    .selectFrom('child')
    .where(targetChildrenIn(region.prefix, asOf))
    .select([
      sql<string>`substring(child.village_code from 1 for ${sql.lit(length)})`.as('prefix'),
      sql<number>`count(*)`.as('target_children'),
      sql<number>`count(*) filter (where child.level = 'red')`.as('red'),
      sql<number>`count(*) filter (where child.level = 'yellow')`.as('yellow'),
      sql<number>`count(*) filter (where child.level = 'blue')`.as('blue'),
      sql<number>`count(*) filter (where child.level = 'green')`.as('green'),
      sql<number>`count(*) filter (where child.next_due < ${asOf})`.as('overdue'),
      sql<number>`count(*) filter (where child.next_visit_due < ${asOf})`.as('overdue_visits'),
      sql<number>`count(*) filter (where child.next_contact_due < ${asOf})`.as('overdue_contacts'),
      sql<number>`count(*) filter (where child.next_due >= ${asOf} and child.next_due <= ${weekEnd})`.as(
        'due_within_7_days',
      ),
      sql<number>`count(*) filter (where child.last_visit_on is null)`.as('never_visited'),
      sql<number>`count(*) filter (where ${handleAtOnceFirstSql} = 0)`.as('awaiting_handling'),
    ])
    .groupBy(sql`1`)
    .execute();

  const counts = new Map<string, SummaryCounts>();
  for (const g of groups)
    counts.set(g.prefix, {
      targetChildren: Number(g.target_children),
      levels: { red: Number(g.red), yellow: Number(g.yellow), blue: Number(g.blue), green: Number(g.green) },
      overdue: Number(g.overdue),
      overdueVisits: Number(g.overdue_visits),
      overdueContacts: Number(g.overdue_contacts),
      dueWithin7Days: Number(g.due_within_7_days),
      neverVisited: Number(g.never_visited),
      awaitingHandling: Number(g.awaiting_handling),
    });

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
