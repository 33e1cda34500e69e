// The one access choke point for children and everything that hangs off them (Immich's access.ts idea):
// queries filter by the actor's region prefix, and checks take ids and return those the actor may see.
// A child outside the actor's region is "not found", exactly like a missing one.
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { actorCan, regionPrefix, type Actor } from './actor.ts';
import type { Permission } from './permissions.ts';
import { requireDetails } from './restricted-details.ts';

/** A where-clause for tables joined to child: child.village_code under the actor's region. */
export function childInScope(actor: Actor) {
  const prefix = regionPrefix(actor);
  return (eb: ExpressionBuilder<DB, 'child'>) => eb('child.village_code', 'like', `${prefix}%`);
}

/** The subset of `ids` naming children the actor may see. */
export async function accessibleChildIds(
  db: Kysely<DB>,
  actor: Actor,
  ids: readonly string[],
): Promise<Set<string>> {
  if (!ids.length || actor.role === 'department') return new Set();
  const valid = ids.filter(isUuid);
  if (!valid.length) return new Set();
  const rows = await db
    .selectFrom('child')
    .select('child.id')
    .where('child.id', 'in', valid)
    .where(childInScope(actor))
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Throws not_found unless the child exists within the actor's region; then checks the permission. */
export async function requireChild(
  db: Kysely<DB>,
  actor: Actor,
  childId: string,
  permission: Permission,
): Promise<void> {
  const allowed = await accessibleChildIds(db, actor, [childId]);
  if (!allowed.has(childId)) throw notFound('儿童档案');
  requirePermission(actor, permission);
  // A restricted file (敏感个案) shows its details only to those named on it: docs/privacy.md.
  await requireDetails(db, actor, childId);
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!actorCan(actor, permission)) throw new AppError('forbidden', '当前角色无权进行此操作');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
