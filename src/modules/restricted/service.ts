// Restricting a file (敏感个案), changing or lifting the restriction, and designating the county's officer.
// Every change of a restriction is audited in the same transaction; who is named is recorded by user id.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError, InputError, notFound } from '../../shared/errors.ts';
import { actorCovers, accessibleChildIds, requirePermission } from '../access/index.ts';
import { diff, recordAudit } from '../audit/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { detailsHidden, RESTRICTED_MESSAGE } from '../access/index.ts';

export const RESTRICTION_REASONS = ['sexual_abuse', 'whereabouts_hidden', 'other'] as const;
export type RestrictionReason = (typeof RESTRICTION_REASONS)[number];
export const RESTRICTION_REASON_NAMES: Record<RestrictionReason, string> = {
  sexual_abuse: '遭受性侵害',
  whereabouts_hidden: '去向须对父母（一方）保密',
  other: '其他',
};

/** Case workers who may be named: field roles whose region covers the child. */
const NAMEABLE_ROLES = ['director', 'supervisor', 'civil_affairs', 'admin'] as const;

async function childInScope(ctx: ServiceContext, childId: string) {
  if (!(await accessibleChildIds(ctx.db, ctx.actor, [childId])).has(childId)) throw notFound('儿童档案');
  return ctx.db
    .selectFrom('child')
    .select(['id', 'village_code'])
    .where('id', '=', childId)
    .executeTakeFirstOrThrow();
}

async function contactOf(ctx: ServiceContext, villageCode: string) {
  const officer = await ctx.db
    .selectFrom('privacy_officer as o')
    .innerJoin('app_user as u', 'u.id', 'o.user_id')
    .select(['u.display_name', 'u.phone'])
    .where('o.county_code', '=', villageCode.slice(0, 6))
    .executeTakeFirst();
  return officer ? { name: officer.display_name, phone: officer.phone, role: '县级指定联系人' } : null;
}

/** What anyone in scope may know of a file's restriction; the details only for those named on it. */
export async function getRestriction(ctx: ServiceContext, childId: string) {
  requirePermission(ctx.actor, 'child.read');
  const child = await childInScope(ctx, childId);
  const row = await ctx.db
    .selectFrom('child_restriction')
    .selectAll()
    .where('child_id', '=', childId)
    .executeTakeFirst();
  const contact = await contactOf(ctx, child.village_code);
  if (!row) return { restricted: false, canSeeDetails: true, contact, details: null };
  const hidden = await detailsHidden(ctx.db, ctx.actor, childId);
  if (hidden)
    await recordAudit(ctx.db, ctx.actor, {
      action: 'child.viewed_restricted_stub',
      entity: 'child',
      entityId: childId,
      childId,
      regionCode: child.village_code,
    });
  if (hidden)
    return { restricted: true, canSeeDetails: false, contact, message: RESTRICTED_MESSAGE, details: null };
  const members = await ctx.db
    .selectFrom('child_restriction_member as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.display_name', 'u.role'])
    .where('m.child_id', '=', childId)
    .orderBy('u.display_name')
    .execute();
  return {
    restricted: true,
    canSeeDetails: true,
    contact,
    details: {
      reason: row.reason,
      reasonName: RESTRICTION_REASON_NAMES[row.reason],
      note: row.note,
      setAt: new Date(row.set_at).toISOString(),
      members: members.map((m) => ({ id: m.id, name: m.display_name, role: m.role })),
    },
  };
}

export interface RestrictionInput {
  reason: RestrictionReason;
  note?: string | null | undefined;
  memberIds: string[];
}

/** A child's restriction row, locked for the change (undefined when the file is not restricted). */
function lockedRestriction(trx: Kysely<DB>, childId: string) {
  return trx
    .selectFrom('child_restriction')
    .selectAll()
    .where('child_id', '=', childId)
    .forUpdate()
    .executeTakeFirst();
}

/** Restricts a file, or changes who is named on it and why. */
export async function setRestriction(
  ctx: ServiceContext,
  childId: string,
  input: RestrictionInput,
  now: Date,
) {
  requirePermission(ctx.actor, 'child.restrict');
  const child = await childInScope(ctx, childId);
  if (await detailsHidden(ctx.db, ctx.actor, childId)) throw new AppError('forbidden', RESTRICTED_MESSAGE);
  const memberIds = [...new Set(input.memberIds)];
  const users = memberIds.length
    ? await ctx.db
        .selectFrom('app_user')
        .select(['id', 'role', 'region_code', 'disabled'])
        .where('id', 'in', memberIds)
        .execute()
    : [];
  for (const [i, id] of memberIds.entries()) {
    const u = users.find((x) => x.id === id);
    const fits =
      u &&
      !u.disabled &&
      (NAMEABLE_ROLES as readonly string[]).includes(u.role) &&
      actorCovers({ id: u.id, name: '', role: u.role, regionCode: u.region_code }, child.village_code);
    if (!fits)
      throw new InputError('所选人员不能查看该儿童档案（须为辖区覆盖该儿童的在职工作人员）', {
        field: `memberIds.${i}`,
      });
  }
  const note = input.note?.trim() || null;
  return ctx.db.transaction().execute(async (trx) => {
    const before = await lockedRestriction(trx, childId);
    const beforeMembers = (
      await trx
        .selectFrom('child_restriction_member')
        .select('user_id')
        .where('child_id', '=', childId)
        .execute()
    )
      .map((m) => m.user_id)
      .sort();
    // The child's county as this transaction sees it (the keys' second column, 0079).
    const { county_code } = await trx
      .selectFrom('child')
      .select('county_code')
      .where('id', '=', childId)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('child_restriction')
      .values({
        child_id: childId,
        county_code,
        reason: input.reason,
        note,
        set_by: ctx.actor.id,
        set_at: now,
      })
      .onConflict((oc) =>
        oc
          .columns(['child_id', 'county_code'])
          .doUpdateSet({ reason: input.reason, note, set_by: ctx.actor.id, set_at: now }),
      )
      .execute();
    await trx.deleteFrom('child_restriction_member').where('child_id', '=', childId).execute();
    if (memberIds.length)
      await trx
        .insertInto('child_restriction_member')
        .values(memberIds.map((user_id) => ({ child_id: childId, county_code, user_id })))
        .execute();
    await recordAudit(trx, ctx.actor, {
      action: before ? 'child.restriction_changed' : 'child.restricted',
      entity: 'child_restriction',
      entityId: childId,
      childId,
      regionCode: child.village_code,
      changes: diff(before ? { reason: before.reason, note: before.note, members: beforeMembers } : null, {
        reason: input.reason,
        note,
        members: [...memberIds].sort(),
      }),
    });
    return { restricted: true };
  });
}

/** Lifts a restriction; only someone who may see the file's details may. */
export async function liftRestriction(ctx: ServiceContext, childId: string, reason: string) {
  requirePermission(ctx.actor, 'child.restrict');
  const child = await childInScope(ctx, childId);
  if (await detailsHidden(ctx.db, ctx.actor, childId)) throw new AppError('forbidden', RESTRICTED_MESSAGE);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await lockedRestriction(trx, childId);
    if (!before) throw new AppError('conflict', '该档案未设为受限档案');
    await trx.deleteFrom('child_restriction').where('child_id', '=', childId).execute();
    await recordAudit(trx, ctx.actor, {
      action: 'child.restriction_lifted',
      entity: 'child_restriction',
      entityId: childId,
      childId,
      regionCode: child.village_code,
      changes: [{ field: 'reason', old: before.reason, new: null }],
      detail: { reason },
    });
    return { restricted: false };
  });
}

/** Designates the county's officer for restricted files: a bureau account of that county. */
export async function setPrivacyOfficer(ctx: ServiceContext, countyCode: string, userId: string, now: Date) {
  requirePermission(ctx.actor, 'privacy_officer.manage');
  if (!actorCovers(ctx.actor, countyCode)) throw notFound('区划');
  const user = await ctx.db
    .selectFrom('app_user')
    .select(['id', 'role', 'region_code', 'disabled'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (
    !user ||
    user.disabled ||
    !['civil_affairs', 'admin'].includes(user.role) ||
    !user.region_code.startsWith(countyCode)
  )
    throw new InputError('指定联系人须为该县民政局的在职账号', { field: 'userId' });
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('privacy_officer')
      .select('user_id')
      .where('county_code', '=', countyCode)
      .executeTakeFirst();
    await trx
      .insertInto('privacy_officer')
      .values({ county_code: countyCode, user_id: userId, set_at: now })
      .onConflict((oc) =>
        oc.column('county_code').doUpdateSet({ user_id: userId, set_at: sql`excluded.set_at` }),
      )
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'privacy_officer.designated',
      entity: 'privacy_officer',
      entityId: countyCode,
      regionCode: countyCode.padEnd(12, '0'),
      changes: [{ field: 'user_id', old: before?.user_id ?? null, new: userId }],
    });
  });
  return { countyCode, userId };
}
