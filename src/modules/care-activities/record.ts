// Recording care activities: an activity with its date, kind, organiser, place and whom it reached; more
// children or families added later; an activity entered in error voided with a reason. Reaching a child is
// part of the child's file (the file shows what reached it), so every child added or taken away by a void
// gets its own audit record in the same transaction.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import type { CareActivityKind } from '../../domain/policy.ts';
import { fullCode, isRegionCode, isUnder, shortCode } from '../../domain/region-code.ts';
import { findRegion } from '../../regions/repository.ts';
import { AppError, InputError, notFound } from '../../shared/errors.ts';
import { actorCovers, type Actor, accessibleChildIds, requirePermission } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { checkDateFor, childForRecord } from '../casework/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import {
  CARE_ACTIVITY_KIND_NAMES,
  stigmatisingWordsIn,
  type OrganiserKind,
  type ReachedAs,
} from './codes.ts';

export interface ReachedInput {
  childId: string;
  /** Default: the family for family-education guidance, the child for everything else. */
  as?: ReachedAs | null;
}

export interface ActivityInput {
  title: string;
  kind: CareActivityKind;
  heldOn: IsoDate;
  endsOn?: IsoDate | null;
  place: string;
  /** Where it was held: a village, a township or the county. */
  regionCode: string;
  organiser: { kind: OrganiserKind; departmentId?: string | null };
  reached?: ReachedInput[];
  /** People reached and not picked from the register (a talk's audience). */
  anonymousCount?: number;
  note?: string | null;
}

type ActivityRow = {
  id: string;
  kind: CareActivityKind;
  title: string;
  held_on: string;
  region_code: string;
};

const ORGANISER_LEVELS: Record<Exclude<OrganiserKind, 'department'>, number> = {
  county: 6,
  township: 9,
  village: 12,
};

function checkTitle(title: string): void {
  const words = stigmatisingWordsIn(title);
  if (words.length)
    throw new InputError(
      `活动名称不得出现“${words.join('”“')}”等字眼：名称会公开，应避免给儿童贴标签（003 §七(四)）`,
      { field: 'title' },
    );
}

/** The activity's place in the region tree, within the actor's region (else "not found", as for children). */
async function activityRegion(db: Kysely<DB>, actor: Actor, code: string) {
  if (!isRegionCode(code)) throw new InputError('区划代码应为6、9或12位数字', { field: 'regionCode' });
  const region = await findRegion(db, code);
  if (!region || !actorCovers(actor, code))
    throw new AppError('not_found', `区划 ${shortCode(code)} 不存在或不在您的辖区内`, {
      field: 'regionCode',
    });
  if (!['county', 'township', 'village'].includes(region.level))
    throw new InputError('活动地点应为县（区）、乡镇（街道）或村（社区）', { field: 'regionCode' });
  return region;
}

async function organiserOf(
  db: Kysely<DB>,
  organiser: ActivityInput['organiser'],
  region: { code: string },
): Promise<{ department: string | null; regionCode: string | null; name: string }> {
  if (organiser.kind === 'department') {
    const department = organiser.departmentId
      ? await db
          .selectFrom('department')
          .select(['id', 'name', 'county_code', 'disabled'])
          .where('id', '=', organiser.departmentId)
          .executeTakeFirst()
      : undefined;
    if (!department || department.disabled || department.county_code !== region.code.slice(0, 6))
      throw new InputError('请选择本县（区）登记的部门作为组织单位', { field: 'organiser.departmentId' });
    return { department: department.id, regionCode: null, name: department.name };
  }
  const length = ORGANISER_LEVELS[organiser.kind];
  if (shortCode(region.code).length < length)
    throw new InputError('组织单位应为活动地点所在或以上的村（社区）、乡镇（街道）或县（区）', {
      field: 'organiser.kind',
    });
  const code = fullCode(region.code.slice(0, length));
  const found = await findRegion(db, code);
  return { department: null, regionCode: code, name: found?.name ?? code };
}

/** The children picked, checked one by one: within the actor's region, on the register on the day. */
async function checkReached(
  db: Kysely<DB>,
  actor: Actor,
  reached: readonly ReachedInput[],
  kind: CareActivityKind,
  heldOn: IsoDate,
  today: IsoDate,
) {
  const picks = new Map<string, { childId: string; as: ReachedAs }>();
  for (const r of reached) {
    const as = r.as ?? (kind === 'family_education' ? 'family' : 'child');
    picks.set(`${r.childId}:${as}`, { childId: r.childId, as });
  }
  const list = [...picks.values()];
  const allowed = await accessibleChildIds(
    db,
    actor,
    list.map((p) => p.childId),
  );
  const children = new Map<string, Awaited<ReturnType<typeof childForRecord>>>();
  for (const [i, p] of list.entries()) {
    if (!allowed.has(p.childId))
      throw new AppError('not_found', '儿童档案不存在', { field: `reached.${i}.childId` });
    const child = children.get(p.childId) ?? (await childForRecord(db, p.childId, { lock: false }));
    children.set(p.childId, child);
    try {
      checkDateFor(child, heldOn, today, 'heldOn', '活动日期');
    } catch (error) {
      if (error instanceof InputError)
        throw new InputError(`所选第 ${i + 1} 名儿童：${error.message}`, { field: `reached.${i}.childId` });
      throw error;
    }
  }
  return { list, children };
}

async function auditReached(
  trx: Kysely<DB>,
  actor: Actor,
  activity: ActivityRow,
  picks: { childId: string; as: ReachedAs; villageCode: string }[],
  removed = false,
): Promise<void> {
  const entry = {
    id: activity.id,
    kind: activity.kind,
    kindName: CARE_ACTIVITY_KIND_NAMES[activity.kind],
    title: activity.title,
    heldOn: activity.held_on,
  };
  for (const p of picks)
    await recordAudit(trx, actor, {
      action: removed ? 'care_activity.reach_voided' : 'care_activity.reached',
      entity: 'care_activity',
      entityId: activity.id,
      childId: p.childId,
      regionCode: p.villageCode,
      changes: [
        removed
          ? { field: 'careActivity', old: { ...entry, as: p.as }, new: null }
          : { field: 'careActivity', old: null, new: { ...entry, as: p.as } },
      ],
    });
}

export async function recordActivity(ctx: ServiceContext, input: ActivityInput): Promise<{ id: string }> {
  requirePermission(ctx.actor, 'care_activity.write');
  checkTitle(input.title);
  const region = await activityRegion(ctx.db, ctx.actor, input.regionCode);
  if (input.heldOn > ctx.today) throw new InputError('活动日期不能晚于今天', { field: 'heldOn' });
  if (input.endsOn && input.endsOn < input.heldOn)
    throw new InputError('结束日期不能早于活动日期', { field: 'endsOn' });
  const organiser = await organiserOf(ctx.db, input.organiser, region);
  const anonymous = input.anonymousCount ?? 0;
  const { list, children } = await checkReached(
    ctx.db,
    ctx.actor,
    input.reached ?? [],
    input.kind,
    input.heldOn,
    ctx.today,
  );
  if (!list.length && anonymous === 0)
    throw new InputError('请选择活动覆盖的儿童或家庭，或填写参加人数', { field: 'reached' });

  return ctx.db.transaction().execute(async (trx) => {
    const activity = await trx
      .insertInto('care_activity')
      .values({
        county_code: region.code.slice(0, 6),
        region_code: region.code,
        kind: input.kind,
        title: input.title.trim(),
        held_on: input.heldOn,
        ends_on: input.endsOn ?? null,
        place: input.place.trim(),
        organiser_kind: input.organiser.kind,
        organiser_department_id: organiser.department,
        organiser_region_code: organiser.regionCode,
        organiser_name: organiser.name,
        anonymous_count: anonymous,
        note: input.note?.trim() || null,
        recorded_by: ctx.actor.id,
        recorded_by_name: ctx.actor.name,
      })
      .returning(['id', 'kind', 'title', 'held_on', 'region_code'])
      .executeTakeFirstOrThrow();
    for (const p of list)
      await trx
        .insertInto('care_activity_child')
        .values({
          activity_id: activity.id,
          child_id: p.childId,
          county_code: children.get(p.childId)!.county_code,
          reach: p.as,
          added_by: ctx.actor.id,
        })
        .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'care_activity.recorded',
      entity: 'care_activity',
      entityId: activity.id,
      regionCode: region.code,
      detail: {
        kind: input.kind,
        title: activity.title,
        heldOn: input.heldOn,
        organiser: organiser.name,
        children: list.length,
        anonymousCount: anonymous,
      },
    });
    await auditReached(
      trx,
      ctx.actor,
      activity,
      list.map((p) => ({ ...p, villageCode: children.get(p.childId)!.village_code })),
    );
    return { id: activity.id };
  });
}

/** The activity, if the actor keeps it: recorded within the actor's region (a director keeps its village's). */
async function keptActivity(db: Kysely<DB>, actor: Actor, id: string) {
  const activity = await db.selectFrom('care_activity').selectAll().where('id', '=', id).executeTakeFirst();
  if (!activity || !visibleTo(actor, activity.region_code)) throw notFound('关爱活动');
  if (!actorCovers(actor, activity.region_code))
    throw new AppError('forbidden', '只能修改本辖区内举办的关爱活动');
  if (activity.voided_at) throw new AppError('conflict', '该活动已撤销');
  return activity;
}

/** An activity is seen by those of its region and below it (a county activity reaches into every village). */
export function visibleTo(actor: Actor, regionCode: string): boolean {
  return actorCovers(actor, regionCode) || (actor.regionCode !== '' && isUnder(actor.regionCode, regionCode));
}

export async function addReached(
  ctx: ServiceContext,
  id: string,
  reached: ReachedInput[],
): Promise<{ added: number }> {
  requirePermission(ctx.actor, 'care_activity.write');
  const activity = await keptActivity(ctx.db, ctx.actor, id);
  if (!reached.length) throw new InputError('请选择儿童', { field: 'reached' });
  const { list, children } = await checkReached(
    ctx.db,
    ctx.actor,
    reached,
    activity.kind,
    activity.held_on,
    ctx.today,
  );
  return ctx.db.transaction().execute(async (trx) => {
    const added: typeof list = [];
    for (const p of list) {
      const row = await trx
        .insertInto('care_activity_child')
        .values({
          activity_id: id,
          child_id: p.childId,
          county_code: children.get(p.childId)!.county_code,
          reach: p.as,
          added_by: ctx.actor.id,
        })
        .onConflict((oc) => oc.doNothing())
        .returning('child_id')
        .executeTakeFirst();
      if (row) added.push(p);
    }
    await auditReached(
      trx,
      ctx.actor,
      activity,
      added.map((p) => ({ ...p, villageCode: children.get(p.childId)!.village_code })),
    );
    return { added: added.length };
  });
}

export async function voidActivity(ctx: ServiceContext, id: string, reason: string): Promise<void> {
  requirePermission(ctx.actor, 'care_activity.write');
  const activity = await keptActivity(ctx.db, ctx.actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('care_activity')
      .set({ voided_at: new Date(), voided_by: ctx.actor.id, void_reason: reason.trim() })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'care_activity.voided',
      entity: 'care_activity',
      entityId: id,
      regionCode: activity.region_code,
      changes: [{ field: 'voided', old: null, new: reason.trim() }],
    });
    const reached = await trx
      .selectFrom('care_activity_child')
      .innerJoin('child', 'child.id', 'care_activity_child.child_id')
      .select(['care_activity_child.child_id', 'care_activity_child.reach', 'child.village_code'])
      .where('activity_id', '=', id)
      .execute();
    await auditReached(
      trx,
      ctx.actor,
      activity,
      reached.map((r) => ({ childId: r.child_id, as: r.reach, villageCode: r.village_code })),
      true,
    );
  });
}
