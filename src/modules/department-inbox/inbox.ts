// A department's inbox: the referrals sent to it (overdue first, then the newest), the conference actions it
// owns and the shared lists current for it — everything it may see, and nothing else.
import { sql } from 'kysely';
import type { IsoDate } from '../../domain/dates.ts';
import { requirePermission } from '../access/index.ts';
import { departmentActions } from '../conferences/index.ts';
import { currentShareIds } from '../list-sharing/index.ts';
import { referralQuery, referralSummary, OPEN_STATUSES, type ReferralStatus } from '../referrals/index.ts';
import type { TimedContext } from '../../shared/service-context.ts';
import { departmentView, responderDepartmentIds } from '../departments/index.ts';

export async function departmentInbox(
  ctx: TimedContext,
  f: { status?: ReferralStatus | 'open' | 'all'; asOf?: IsoDate } = {},
) {
  requirePermission(ctx.actor, 'department.inbox');
  const asOf = f.asOf ?? ctx.today;
  const ids = await responderDepartmentIds(ctx.db, ctx.actor);
  if (!ids.length)
    return {
      asOf,
      departments: [],
      referrals: [],
      actions: [],
      listShares: [],
      counts: { referralsOpen: 0, referralsOverdue: 0, actionsOpen: 0, actionsOverdue: 0 },
    };
  const status = f.status ?? 'open';
  let q = referralQuery(ctx.db).where('referral.department_id', 'in', ids);
  if (status === 'open') q = q.where('referral.status', 'in', OPEN_STATUSES);
  else if (status !== 'all') q = q.where('referral.status', '=', status);
  const overdueFirst = sql`case when referral.status in ('sent', 'received', 'in_progress') and referral.due_on < ${asOf} then referral.due_on end`;
  const [departments, rows, actions, shareIds] = await Promise.all([
    ctx.db.selectFrom('department').selectAll().where('id', 'in', ids).orderBy('name').execute(),
    q
      .orderBy(overdueFirst, (ob) => ob.asc().nullsLast())
      .orderBy('referral.sent_at', 'desc')
      .orderBy('referral.id')
      .limit(500)
      .execute(),
    departmentActions(ctx.db, ids, asOf),
    currentShareIds(ctx.db, ids, ctx.today),
  ]);
  const shares = shareIds.length
    ? await ctx.db
        .selectFrom('list_share')
        .select(['id', 'county_code', 'shared_on', 'valid_until', 'child_count', 'levels'])
        .where('id', 'in', shareIds)
        .orderBy('shared_on', 'desc')
        .execute()
    : [];
  const referrals = rows.map((r) => referralSummary(r, asOf));
  return {
    asOf,
    departments: departments.map((d) => departmentView(d)),
    referrals,
    actions,
    listShares: shares.map((s) => ({
      id: s.id,
      countyCode: s.county_code,
      sharedOn: s.shared_on,
      validUntil: s.valid_until,
      childCount: s.child_count,
      levels: s.levels,
    })),
    counts: {
      referralsOpen: referrals.filter((r) => OPEN_STATUSES.includes(r.status)).length,
      referralsOverdue: referrals.filter((r) => r.overdue).length,
      actionsOpen: actions.length,
      actionsOverdue: actions.filter((a) => a.overdue).length,
    },
  };
}
