// Who sees a referral: the sender's side when the child lies in its region (the register's own scope), and
// the department it was sent to. Anyone else gets "not found", exactly like a missing one.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../shared/errors.ts';
import { type Actor, accessibleChildIds, childInScope, isUuid } from '../access/index.ts';
import { responderDepartmentIds } from '../departments/index.ts';
import type { ReferralRow } from './views.ts';

export function referralQuery(db: Kysely<DB>) {
  return db
    .selectFrom('referral')
    .innerJoin('department', 'department.id', 'referral.department_id')
    .selectAll('referral')
    .select(['department.name as department_name', 'department.kind as department_kind']);
}

export interface ReferralAccess {
  row: ReferralRow;
  /** The actor's region holds the child: it may close or resend (with referral.send). */
  senderSide: boolean;
  /** The actor answers for the department it was sent to: it may receive, progress, answer, return. */
  responder: boolean;
}

export async function loadReferral(db: Kysely<DB>, actor: Actor, id: string): Promise<ReferralAccess> {
  if (!isUuid(id)) throw notFound('报送');
  const row = await referralQuery(db).where('referral.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('报送');
  const responder = (await responderDepartmentIds(db, actor)).includes(row.department_id);
  const senderSide = (await accessibleChildIds(db, actor, [row.child_id])).has(row.child_id);
  if (!responder && !senderSide) throw notFound('报送');
  return { row, senderSide, responder };
}

/** A list query limited to what the actor may see: its department's referrals, or its region's children's. */
export async function visibleReferrals(db: Kysely<DB>, actor: Actor) {
  if (actor.role === 'department') {
    const ids = await responderDepartmentIds(db, actor);
    const q = referralQuery(db);
    return ids.length ? q.where('referral.department_id', 'in', ids) : q.where(sql<boolean>`false`);
  }
  return referralQuery(db).where((eb) =>
    eb('referral.child_id', 'in', eb.selectFrom('child').select('child.id').where(childInScope(actor))),
  );
}
