// The worklist (工作清单): the actor's target children with their next visit and contact due dates, the
// most overdue first, then by the next due date, so that nobody falls through. Overdue is judged against
// `asOf` with the stored due dates; the daily re-assessment keeps those current as children age.
import { detailsHiddenSql } from '../access/index.ts';
import { RESTRICTED_NAME } from '../access/index.ts';
import { handleAtOnceFirstSql } from '../children/index.ts';
import { sql, type ExpressionBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays, ageOn, daysBetween, type IsoDate } from '../../domain/dates.ts';
import { awaitingHandling } from '../../domain/due.ts';
import { countyOfPrefix } from '../../domain/region-code.ts';
import { requirePermission } from '../access/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { worklistRegion } from './region.ts';

export interface WorklistQuery {
  asOf?: IsoDate;
  region?: string;
  /** Only children due within this many days of asOf (overdue ones included). */
  dueWithinDays?: number;
  page?: number;
  pageSize?: number;
}

/** The child's county when `prefix` lies within one (countyOfPrefix): none for a city or province. */
function byCounty(eb: ExpressionBuilder<DB, 'child'>, prefix: string) {
  const county = countyOfPrefix(prefix);
  return county === null ? [] : [eb('child.county_code', '=', county)];
}

/** Active target children under `prefix` on `asOf` (one who has aged out by then is no longer one). */
export function targetChildrenIn(prefix: string, asOf: IsoDate) {
  return (eb: ExpressionBuilder<DB, 'child'>) =>
    eb.and([
      // Redundant with the village prefix, but it lets a county or smaller read its own part of the
      // due-date index (0004) rather than every county's in a city or province database.
      ...byCounty(eb, prefix),
      eb('child.village_code', 'like', `${prefix}%`),
      eb('child.status', '=', 'active'),
      eb('child.target', '=', true),
      eb.or([eb('child.target_until', 'is', null), eb('child.target_until', '>', asOf)]),
    ]);
}

/**
 * The children on a worklist under `prefix` on `asOf`: the target children, and the watched ones (rural
 * single-parent children neither left-behind nor in difficulty, visited at the green schedule, DOMAIN.md §1),
 * who are never counted as target children. The predicate is written as the worklist indexes' (0052).
 */
export function worklistChildrenIn(prefix: string, asOf: IsoDate) {
  return (eb: ExpressionBuilder<DB, 'child'>) =>
    eb.and([
      ...byCounty(eb, prefix),
      eb('child.village_code', 'like', `${prefix}%`),
      eb('child.status', '=', 'active'),
      sql<boolean>`(child.target or child.watch)`,
      eb.or([
        eb('child.watch', '=', true),
        eb('child.target_until', 'is', null),
        eb('child.target_until', '>', asOf),
      ]),
    ]);
}

export type DueKind = 'immediate' | 'visit' | 'contact';

interface DueRow {
  immediate: boolean;
  immediate_since: IsoDate | null;
  red_handled_on: IsoDate | null;
  last_visit_on: IsoDate | null;
  next_visit_due: IsoDate | null;
  next_contact_due: IsoDate | null;
}

/**
 * What to do next: handle a red case at once until it is handled (police report and intervention on file, issue
 * 17.3), else the earlier of visit and contact (a visit counts as a contact).
 */
export function dueKind(row: DueRow): DueKind | null {
  if (row.immediate && awaitingHandling(row.immediate_since, row.red_handled_on)) return 'immediate';
  if (
    row.next_visit_due !== null &&
    (row.next_contact_due === null || row.next_visit_due <= row.next_contact_due)
  )
    return 'visit';
  return row.next_contact_due !== null ? 'contact' : null;
}

const lateBy = (due: IsoDate | null, asOf: IsoDate) =>
  due === null ? 0 : Math.max(0, daysBetween(due, asOf));

export async function getWorklist(ctx: ServiceContext, query: WorklistQuery) {
  requirePermission(ctx.actor, 'worklist.read');
  const asOf = query.asOf ?? ctx.today;
  const region = worklistRegion(ctx.actor, query.region);
  const page = Math.max(1, query.page ?? 1);
  const pageSize = Math.min(200, Math.max(1, query.pageSize ?? 50));

  let scope = ctx.db.selectFrom('child').where(worklistChildrenIn(region.prefix, asOf));
  if (query.dueWithinDays !== undefined)
    scope = scope.where('child.next_due', '<=', addDays(asOf, query.dueWithinDays));

  const counts = await scope
    .select([
      sql<number>`count(*)`.as('total'),
      sql<number>`count(*) filter (where child.next_due < ${asOf})`.as('overdue'),
    ])
    .executeTakeFirstOrThrow();
  const rows = await scope
    .leftJoin('region as v', 'v.code', 'child.village_code')
    .leftJoin('region as t', 't.code', 'v.parent_code')
    .select([
      'child.id',
      'child.name',
      'child.gender',
      'child.birth_date',
      'child.village_code',
      'v.name as village_name',
      't.name as township_name',
      'child.level',
      'child.watch',
      'child.immediate',
      'child.immediate_since',
      'child.red_handled_on',
      'child.last_visit_on',
      'child.last_contact_on',
      'child.next_visit_due',
      'child.next_contact_due',
      'child.next_due',
      detailsHiddenSql(ctx.actor).as('details_hidden'),
    ])
    // A red case not yet handled leads, however overdue the others (立即处置, issue 17.3).
    .orderBy(handleAtOnceFirstSql)
    .orderBy('child.next_due', (ob) => ob.asc().nullsLast())
    .orderBy(sql`array_position(array['red','yellow','blue','green']::text[], child.level)`, (ob) =>
      ob.asc().nullsLast(),
    )
    .orderBy('child.name')
    .orderBy('child.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();

  return {
    asOf,
    region: region.prefix,
    total: Number(counts.total),
    overdue: Number(counts.overdue),
    page,
    pageSize,
    items: rows.map((r) => ({
      childId: r.id,
      // A restricted file shows its duty, not whose it is, to those not named on it (docs/privacy.md §4).
      name: r.details_hidden ? RESTRICTED_NAME : r.name,
      gender: r.details_hidden ? null : r.gender,
      restricted: r.details_hidden,
      age: ageOn(r.birth_date, asOf),
      villageCode: r.village_code,
      villageName: r.village_name,
      townshipName: r.township_name,
      level: r.level,
      // Watched, not a target child: visited at the green schedule (DOMAIN.md §1).
      watch: r.watch,
      immediate: r.immediate,
      dueKind: dueKind(r),
      // Handled and still red: followed up at the profile's interval (Tonghu: every 7 days) until it drops.
      redFollowUp: r.immediate && r.level === 'red' && !awaitingHandling(r.immediate_since, r.red_handled_on),
      nextDue: r.next_due,
      overdue: r.next_due !== null && r.next_due < asOf,
      daysOverdue: lateBy(r.next_due, asOf),
      nextVisitDue: r.next_visit_due,
      visitDaysOverdue: lateBy(r.next_visit_due, asOf),
      nextContactDue: r.next_contact_due,
      contactDaysOverdue: lateBy(r.next_contact_due, asOf),
      lastVisitOn: r.last_visit_on,
      lastContactOn: r.last_contact_on,
      neverVisited: r.last_visit_on === null,
    })),
  };
}
