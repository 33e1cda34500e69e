// Reading referrals: a filtered list, the overdue reminders of a county (or of one's own department), and
// the referrals on a child's file.
import { sql, type ExpressionBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { shortCode } from '../../domain/region-code.ts';
import { notFound } from '../../shared/errors.ts';
import { isUuid, requireChild, requirePermission } from '../access/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { responderDepartmentIds } from '../departments/index.ts';
import { visibleReferrals } from './access.ts';
import { referralDetail, referralSummary } from './views.ts';
import { OPEN_STATUSES, type ReferralStatus } from './workflow.ts';

export interface ReferralFilters {
  /** A status, or 'open' for those waiting on the department, or 'all'. */
  status?: ReferralStatus | 'open' | 'all';
  departmentId?: string;
  region?: string;
  overdue?: boolean;
  asOf?: IsoDate;
  page?: number;
  pageSize?: number;
}

function underRegion(region: string) {
  return (eb: ExpressionBuilder<DB, 'referral'>) =>
    eb(
      'referral.child_id',
      'in',
      eb
        .selectFrom('child')
        .select('child.id')
        .where('child.village_code', 'like', `${shortCode(region)}%`),
    );
}

export async function listReferrals(ctx: ServiceContext, f: ReferralFilters = {}) {
  requirePermission(ctx.actor, 'referral.read');
  const asOf = f.asOf ?? ctx.today;
  const page = Math.max(1, f.page ?? 1);
  const pageSize = Math.min(200, Math.max(1, f.pageSize ?? 50));
  let q = await visibleReferrals(ctx.db, ctx.actor);
  const status = f.status ?? 'all';
  if (status === 'open') q = q.where('referral.status', 'in', OPEN_STATUSES);
  else if (status !== 'all') q = q.where('referral.status', '=', status);
  if (f.departmentId) q = q.where('referral.department_id', '=', f.departmentId);
  if (f.region) q = q.where(underRegion(f.region));
  if (f.overdue !== undefined)
    q = f.overdue
      ? q.where('referral.status', 'in', OPEN_STATUSES).where('referral.due_on', '<', asOf)
      : q.where((eb) =>
          eb.or([eb('referral.status', 'not in', OPEN_STATUSES), eb('referral.due_on', '>=', asOf)]),
        );
  const { total } = await q
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  // Overdue first (most overdue first), then the newest.
  const rows = await q
    .orderBy(
      sql`case when referral.status in ('sent', 'received', 'in_progress') and referral.due_on < ${asOf} then 0 else 1 end`,
    )
    .orderBy(
      sql`case when referral.status in ('sent', 'received', 'in_progress') and referral.due_on < ${asOf} then referral.due_on end`,
    )
    .orderBy('referral.sent_at', 'desc')
    .orderBy('referral.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { items: rows.map((r) => referralSummary(r, asOf)), total: Number(total), page, pageSize, asOf };
}

/** The reminders: referrals past their due date and not yet answered, most overdue first, and per department. */
export async function overdueReferrals(ctx: ServiceContext, f: { asOf?: IsoDate; region?: string } = {}) {
  requirePermission(ctx.actor, 'referral.read');
  const asOf = f.asOf ?? ctx.today;
  let q = (await visibleReferrals(ctx.db, ctx.actor))
    .where('referral.status', 'in', OPEN_STATUSES)
    .where('referral.due_on', '<', asOf);
  if (f.region) q = q.where(underRegion(f.region));
  const rows = await q
    .orderBy('referral.due_on')
    .orderBy('referral.sent_at')
    .orderBy('referral.id')
    .execute();
  const items = rows.map((r) => referralSummary(r, asOf));
  const byDepartment = new Map<
    string,
    { department: (typeof items)[number]['department']; overdue: number }
  >();
  for (const item of items) {
    const entry = byDepartment.get(item.department.id) ?? { department: item.department, overdue: 0 };
    entry.overdue += 1;
    byDepartment.set(item.department.id, entry);
  }
  return {
    asOf,
    total: items.length,
    items,
    byDepartment: [...byDepartment.values()].sort((a, b) => b.overdue - a.overdue),
  };
}

/**
 * The referrals on a child's file, each with its history. A department sees only those sent to it, and a
 * child never sent to it is not found.
 */
export async function childReferrals(ctx: ServiceContext, childId: string) {
  requirePermission(ctx.actor, 'referral.read');
  if (!isUuid(childId)) throw notFound('儿童档案');
  if (ctx.actor.role !== 'department') await requireChild(ctx.db, ctx.actor, childId, 'referral.read');
  const q = (await visibleReferrals(ctx.db, ctx.actor)).where('referral.child_id', '=', childId);
  const rows = await q.orderBy('referral.sent_at', 'desc').orderBy('referral.id').execute();
  if (!rows.length && ctx.actor.role === 'department') throw notFound('儿童档案');
  const events = rows.length
    ? await ctx.db
        .selectFrom('referral_event')
        .selectAll()
        .where(
          'referral_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('id')
        .execute()
    : [];
  const responderFor = await responderDepartmentIds(ctx.db, ctx.actor);
  return {
    items: rows.map((r) =>
      referralDetail(
        r,
        events.filter((e) => e.referral_id === r.id),
        ctx.today,
        { responder: responderFor.includes(r.department_id) },
      ),
    ),
  };
}
