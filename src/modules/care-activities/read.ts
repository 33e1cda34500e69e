// Reading care activities: the list of one's region (and the activities above it that reach into it), one
// activity with the children of one's region it reached, and the activities that reached one child (its
// file). Whatever names children is recorded in the audit trail.
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { ageOn, type IsoDate } from '../../domain/dates.ts';
import type { CareActivityKind } from '../../domain/policy.ts';
import { ancestorCodes, fullCode, shortCode } from '../../domain/region-code.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import {
  actorCovers,
  regionPrefix,
  type Actor,
  childInScope,
  requireChild,
  requirePermission,
} from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { CARE_ACTIVITY_KIND_NAMES, REACHED_AS_NAMES, type OrganiserKind } from './codes.ts';
import { visibleTo } from './record.ts';

/** Activities held within the actor's region, or above it (the county's, the township's). */
export function activityVisible(actor: Actor) {
  const above = actor.regionCode === '' ? [] : ancestorCodes(actor.regionCode).map(fullCode);
  return (eb: ExpressionBuilder<DB, 'care_activity'>) =>
    eb.or([
      eb('care_activity.region_code', 'like', `${regionPrefix(actor)}%`),
      ...(above.length ? [eb('care_activity.region_code', 'in', above)] : []),
    ]);
}

export interface ActivityFilters {
  region?: string;
  kind?: CareActivityKind;
  from?: IsoDate;
  to?: IsoDate;
  includeVoided?: boolean;
  page?: number;
  pageSize?: number;
}

function summary(
  a: {
    id: string;
    kind: CareActivityKind;
    title: string;
    held_on: string;
    ends_on: string | null;
    place: string;
    region_code: string;
    region_name: string | null;
    organiser_kind: OrganiserKind;
    organiser_name: string;
    anonymous_count: number;
    recorded_by_name: string;
    voided_at: Date | null;
    void_reason: string | null;
  },
  counts: { children: number; families: number },
) {
  return {
    id: a.id,
    kind: a.kind,
    kindName: CARE_ACTIVITY_KIND_NAMES[a.kind],
    title: a.title,
    heldOn: a.held_on,
    endsOn: a.ends_on,
    place: a.place,
    regionCode: a.region_code,
    regionName: a.region_name,
    organiserKind: a.organiser_kind,
    organiserName: a.organiser_name,
    anonymousCount: a.anonymous_count,
    childrenReached: counts.children,
    familiesReached: counts.families,
    recordedBy: a.recorded_by_name,
    voided: a.voided_at !== null,
    voidReason: a.void_reason,
  };
}

const SUMMARY_COLUMNS = [
  'care_activity.id',
  'care_activity.kind',
  'care_activity.title',
  'care_activity.held_on',
  'care_activity.ends_on',
  'care_activity.place',
  'care_activity.region_code',
  'region.name as region_name',
  'care_activity.organiser_kind',
  'care_activity.organiser_name',
  'care_activity.anonymous_count',
  'care_activity.recorded_by_name',
  'care_activity.voided_at',
  'care_activity.void_reason',
] as const;

/** How many children and families of the actor's region each activity reached (counts, no names). */
async function reachCounts(db: Kysely<DB>, actor: Actor, ids: string[]) {
  if (!ids.length) return new Map<string, { children: number; families: number }>();
  const rows = await db
    .selectFrom('care_activity_child')
    .innerJoin('child', 'child.id', 'care_activity_child.child_id')
    .select([
      'care_activity_child.activity_id',
      sql<number>`count(distinct child.id) filter (where care_activity_child.reach = 'child')::int`.as(
        'children',
      ),
      sql<number>`count(distinct child.id) filter (where care_activity_child.reach = 'family')::int`.as(
        'families',
      ),
    ])
    .where('care_activity_child.activity_id', 'in', ids)
    .where(childInScope(actor))
    .groupBy('care_activity_child.activity_id')
    .execute();
  return new Map(rows.map((r) => [r.activity_id, { children: r.children, families: r.families }]));
}

export async function listActivities(ctx: ServiceContext, f: ActivityFilters) {
  requirePermission(ctx.actor, 'care_activity.read');
  const page = Math.max(1, f.page ?? 1);
  const pageSize = Math.min(200, Math.max(1, f.pageSize ?? 50));
  let q = ctx.db
    .selectFrom('care_activity')
    .leftJoin('region', 'region.code', 'care_activity.region_code')
    .where(activityVisible(ctx.actor));
  if (f.region) {
    if (!actorCovers(ctx.actor, f.region))
      throw new AppError('not_found', `区划 ${shortCode(f.region)} 不存在或不在您的辖区内`, {
        field: 'region',
      });
    q = q.where('care_activity.region_code', 'like', `${shortCode(f.region)}%`);
  }
  if (f.kind) q = q.where('care_activity.kind', '=', f.kind);
  if (f.from) q = q.where('care_activity.held_on', '>=', f.from);
  if (f.to) q = q.where('care_activity.held_on', '<=', f.to);
  if (!f.includeVoided) q = q.where('care_activity.voided_at', 'is', null);
  const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await q
    .select(SUMMARY_COLUMNS)
    .orderBy('care_activity.held_on', 'desc')
    .orderBy('care_activity.created_at', 'desc')
    .orderBy('care_activity.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const counts = await reachCounts(
    ctx.db,
    ctx.actor,
    rows.map((r) => r.id),
  );
  return {
    total: Number(total),
    page,
    pageSize,
    items: rows.map((r) => summary(r, counts.get(r.id) ?? { children: 0, families: 0 })),
  };
}

/** One activity with the children of the actor's region it reached (name, village, age); the read is recorded. */
export async function getActivity(ctx: ServiceContext, id: string) {
  requirePermission(ctx.actor, 'care_activity.read');
  const activity = await ctx.db
    .selectFrom('care_activity')
    .leftJoin('region', 'region.code', 'care_activity.region_code')
    .select([...SUMMARY_COLUMNS, 'care_activity.note', 'care_activity.created_at'])
    .where('care_activity.id', '=', id)
    .executeTakeFirst();
  if (!activity || !visibleTo(ctx.actor, activity.region_code)) throw notFound('关爱活动');
  const reached = await ctx.db
    .selectFrom('care_activity_child')
    .innerJoin('child', 'child.id', 'care_activity_child.child_id')
    .leftJoin('region as v', 'v.code', 'child.village_code')
    .select([
      'child.id',
      'child.name',
      'child.birth_date',
      'child.village_code',
      'v.name as village_name',
      'care_activity_child.reach',
    ])
    .where('care_activity_child.activity_id', '=', id)
    .where(childInScope(ctx.actor))
    .orderBy('child.village_code')
    .orderBy('child.name')
    .execute();
  const outside = await ctx.db
    .selectFrom('care_activity_child')
    .innerJoin('child', 'child.id', 'care_activity_child.child_id')
    .select((eb) => eb.fn.count<number>('child.id').distinct().as('n'))
    .where('care_activity_child.activity_id', '=', id)
    .where('child.village_code', 'not like', `${regionPrefix(ctx.actor)}%`)
    .executeTakeFirstOrThrow();
  if (reached.length)
    await recordAudit(ctx.db, ctx.actor, {
      action: 'care_activity.viewed',
      entity: 'care_activity',
      entityId: id,
      regionCode: activity.region_code,
      detail: { childIds: [...new Set(reached.map((r) => r.id))] },
    });
  const counts = {
    children: new Set(reached.filter((r) => r.reach === 'child').map((r) => r.id)).size,
    families: new Set(reached.filter((r) => r.reach === 'family').map((r) => r.id)).size,
  };
  return {
    ...summary(activity, counts),
    note: activity.note,
    keeper: actorCovers(ctx.actor, activity.region_code),
    reached: reached.map((r) => ({
      childId: r.id,
      name: r.name,
      age: ageOn(r.birth_date, ctx.today),
      villageCode: r.village_code,
      villageName: r.village_name,
      as: r.reach,
      asName: REACHED_AS_NAMES[r.reach],
    })),
    reachedElsewhere: Number(outside.n),
  };
}

/** The care activities that reached one child (the file's section); the read is recorded. */
export async function childActivities(ctx: ServiceContext, childId: string) {
  await requireChild(ctx.db, ctx.actor, childId, 'care_activity.read');
  const rows = await ctx.db
    .selectFrom('care_activity_child')
    .innerJoin('care_activity', 'care_activity.id', 'care_activity_child.activity_id')
    .select([
      'care_activity.id',
      'care_activity.kind',
      'care_activity.title',
      'care_activity.held_on',
      'care_activity.place',
      'care_activity.organiser_name',
      'care_activity_child.reach',
    ])
    .where('care_activity_child.child_id', '=', childId)
    .where('care_activity.voided_at', 'is', null)
    .orderBy('care_activity.held_on', 'desc')
    .orderBy('care_activity.id')
    .execute();
  const child = await ctx.db
    .selectFrom('child')
    .select('village_code')
    .where('id', '=', childId)
    .executeTakeFirstOrThrow();
  await recordAudit(ctx.db, ctx.actor, {
    action: 'care_activity.listed',
    entity: 'child',
    entityId: childId,
    childId,
    regionCode: child.village_code,
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      kindName: CARE_ACTIVITY_KIND_NAMES[r.kind],
      title: r.title,
      heldOn: r.held_on,
      place: r.place,
      organiserName: r.organiser_name,
      as: r.reach,
      asName: REACHED_AS_NAMES[r.reach],
    })),
  };
}
