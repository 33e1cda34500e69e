// Reading notices (通知, issue 17.4): one's own, newest first, paged; read/unread kept on the server. A notice
// names its child only as the reader can see the child now: by name within the reader's region (masked for a
// restricted file she is not named on), not at all once the child has moved out of it.
import { sql, type ExpressionBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { countyOfPrefix } from '../../domain/region-code.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import {
  detailsHiddenSql,
  isUuid,
  regionPrefix,
  requirePermission,
  RESTRICTED_NAME,
} from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { noticeOverdueReferrals } from './overdue.ts';

export interface NoticeQuery {
  page?: number;
  pageSize?: number;
  unread?: boolean;
}

function me(ctx: ServiceContext): string {
  requirePermission(ctx.actor, 'notice.read');
  if (!ctx.actor.id) throw new AppError('forbidden', '系统账户没有通知');
  return ctx.actor.id;
}

/** Notices written for the reader's county (0087), when the reader works within one. */
function countyOf(ctx: ServiceContext) {
  const county = countyOfPrefix(regionPrefix(ctx.actor));
  return (eb: ExpressionBuilder<DB, 'notice'>) =>
    county === null ? sql<boolean>`true` : eb('notice.county_code', '=', county);
}

/**
 * One's own notices: those written for one's county (the recipients of every notice are a village's directors
 * and its township's supervisors). Someone moved to another county's post starts a new inbox there.
 */
function mine(ctx: ServiceContext) {
  return ctx.db.selectFrom('notice').where('notice.user_id', '=', me(ctx)).where(countyOf(ctx));
}

export async function unreadCount(ctx: ServiceContext): Promise<number> {
  const scope = mine(ctx);
  await noticeOverdueReferrals(ctx.db, ctx.today, regionPrefix(ctx.actor));
  const row = await scope
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('notice.read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listNotices(ctx: ServiceContext, query: NoticeQuery) {
  let scope = mine(ctx);
  await noticeOverdueReferrals(ctx.db, ctx.today, regionPrefix(ctx.actor));
  const page = Math.max(1, query.page ?? 1);
  const pageSize = Math.min(100, Math.max(1, query.pageSize ?? 20));
  if (query.unread) scope = scope.where('notice.read_at', 'is', null);
  const total = await scope.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const prefix = regionPrefix(ctx.actor);
  const rows = await scope
    .leftJoin('child', (join) =>
      join.onRef('child.id', '=', 'notice.child_id').on('child.village_code', 'like', `${prefix}%`),
    )
    .select([
      'notice.id',
      'notice.kind',
      'notice.entity',
      'notice.entity_id',
      'notice.message',
      'notice.created_at',
      'notice.read_at',
      'notice.child_id',
      'child.id as visible_child_id',
      'child.name',
      'child.village_code',
      sql<boolean>`coalesce(${detailsHiddenSql(ctx.actor)}, false)`.as('details_hidden'),
    ])
    .orderBy('notice.created_at', 'desc')
    .orderBy('notice.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const items = rows.map((r) => {
    const visible = r.visible_child_id !== null;
    return {
      id: r.id,
      kind: r.kind,
      entity: r.entity,
      entityId: r.entity_id,
      message: r.message,
      createdAt: new Date(r.created_at).toISOString(),
      read: r.read_at !== null,
      // The child only as the reader may see it now.
      childId: visible ? r.child_id : null,
      childName: visible ? (r.details_hidden ? RESTRICTED_NAME : r.name) : null,
    };
  });
  const named = items.filter((i) => i.childId !== null).map((i) => i.childId!);
  // The page names children: the read is in the trail, with whose names were shown.
  if (named.length)
    await recordAudit(ctx.db, ctx.actor, {
      action: 'notice.listed',
      entity: 'notice',
      regionCode: ctx.actor.regionCode || null,
      detail: { childIds: [...new Set(named)], page, pageSize },
    });
  return { items, total: Number(total.n), unread: await unreadCount(ctx), page, pageSize };
}

export async function markRead(ctx: ServiceContext, id: string) {
  const userId = me(ctx);
  if (!isUuid(id)) throw notFound('通知');
  const row = await ctx.db
    .updateTable('notice')
    .set({ read_at: sql`coalesce(read_at, now())` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where(countyOf(ctx))
    .returning(['id'])
    .executeTakeFirst();
  // Someone else's notice is not found, exactly like a missing one.
  if (!row) throw notFound('通知');
  return { id, unread: await unreadCount(ctx) };
}

export async function markAllRead(ctx: ServiceContext) {
  const userId = me(ctx);
  await ctx.db
    .updateTable('notice')
    .set({ read_at: sql`now()` })
    .where('user_id', '=', userId)
    .where(countyOf(ctx))
    .where('read_at', 'is', null)
    .execute();
  return { unread: 0 };
}
