// Who sees a restricted file's details (issue 16.4, 敏感个案; in the access module, the one place that decides who
// sees what — the restricted module manages the restrictions themselves): the village's director (the child's responsible
// director), the case workers named on the restriction and the county's designated officer. Everyone else in
// scope sees that the file exists and whom to contact. Kept as SQL so that lists can mark rows in one query.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor } from './actor.ts';

/** True where the actor may see the details of `child` (restricted or not); `child` must be in the query. */
function allowedSql(actor: Actor): RawBuilder<boolean> {
  if (actor.role === 'system') return sql<boolean>`true`;
  if (!actor.id) return sql<boolean>`false`;
  const director = actor.role === 'director' ? sql`or child.village_code = ${actor.regionCode}` : sql``;
  return sql<boolean>`(
    exists (select 1 from child_restriction_member m where m.child_id = child.id and m.user_id = ${actor.id})
    or exists (
      select 1 from privacy_officer o
      where o.county_code = substr(child.village_code, 1, 6) and o.user_id = ${actor.id})
    ${director})`;
}

/** For a select on `child`: whether the row is a restricted file whose details the actor may not see. */
export function detailsHiddenSql(actor: Actor): RawBuilder<boolean> {
  return sql<boolean>`(exists (select 1 from child_restriction r where r.child_id = child.id) and not ${allowedSql(actor)})`;
}

/** For a select on `child`: whether the row is a restricted file at all (the 受限 marker). */
export const restrictedSql = sql<boolean>`exists (select 1 from child_restriction r where r.child_id = child.id)`;

export async function detailsHidden(db: Kysely<DB>, actor: Actor, childId: string): Promise<boolean> {
  const row = await db
    .selectFrom('child')
    .select(detailsHiddenSql(actor).as('hidden'))
    .where('child.id', '=', childId)
    .executeTakeFirst();
  return row?.hidden === true;
}

/** The name a restricted file shows to those not named on it. */
export const RESTRICTED_NAME = '（受限档案）';

export const RESTRICTED_MESSAGE =
  '该档案为受限档案（敏感个案），只有负责的儿童主任、指定个案工作人员和县级指定联系人可查看详情';

/** Refuses the details of a restricted file to those not named on it (the file's existence is not secret). */
export async function requireDetails(db: Kysely<DB>, actor: Actor, childId: string): Promise<void> {
  if (await detailsHidden(db, actor, childId))
    throw new AppError('forbidden', RESTRICTED_MESSAGE, { field: 'restricted' });
}
