// 最近变更: the latest changes to the files of the children in the actor's region, newest first, for the
// dashboard. Reads of a file (查看档案) and of lists are not changes and are left out; an entry is scoped by
// the child's own village, exactly as the children list is, so a supervisor sees their township's only.
import { childInScope, requirePermission } from '../access/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { maskIdNumbersDeep } from '../../domain/id-number.ts';

/** Actions that only record a read or an export: not changes to a file. */
const NOT_CHANGES = ['%.viewed', '%.viewed_with_id_number', '%.listed', '%exported'];

export async function recentAudit(ctx: ServiceContext, options: { limit?: number } = {}) {
  requirePermission(ctx.actor, 'audit.read');
  const limit = Math.min(100, Math.max(1, options.limit ?? 20));
  const rows = await ctx.db
    .selectFrom('audit_event')
    .innerJoin('child', 'child.id', 'audit_event.child_id')
    .leftJoin('region as v', 'v.code', 'child.village_code')
    .where(childInScope(ctx.actor))
    .where((eb) => eb.and(NOT_CHANGES.map((pattern) => eb('audit_event.action', 'not like', pattern))))
    .select([
      'audit_event.id',
      'audit_event.occurred_at',
      'audit_event.actor_name',
      'audit_event.action',
      'audit_event.entity',
      'audit_event.changes',
      'child.id as child_id',
      'child.name as child_name',
      'v.name as village_name',
    ])
    .orderBy('audit_event.occurred_at', 'desc')
    .orderBy('audit_event.id', 'desc')
    .limit(limit)
    .execute();
  return {
    items: rows.map((e) => ({
      id: Number(e.id),
      occurredAt: new Date(e.occurred_at).toISOString(),
      actorName: e.actor_name,
      action: e.action,
      entity: e.entity,
      childId: e.child_id,
      childName: e.child_name,
      villageName: e.village_name,
      // Which fields changed; the values are on the child's own trail. ID numbers masked all the same.
      changes: maskIdNumbersDeep(e.changes ?? []) as { field: string; old: unknown; new: unknown }[],
    })),
  };
}
