// Referrals past their answer date (答复期限) with no answer yet: one notice per referral and send to the
// village's director and township's supervisor. Run by the nightly job, and before one's notices are counted,
// so that the badge is current whatever time the job ran; each referral's notice is written once (dedupe key).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { OPEN_STATUSES } from '../../domain/referral-statuses.ts';
import { notify } from './notify.ts';

export async function noticeOverdueReferrals(db: Kysely<DB>, asOf: IsoDate, prefix = ''): Promise<number> {
  const late = await db
    .selectFrom('referral')
    .innerJoin('child', 'child.id', 'referral.child_id')
    .innerJoin('department', 'department.id', 'referral.department_id')
    .select([
      'referral.id',
      'referral.sends',
      'referral.due_on',
      'referral.child_id',
      'child.village_code',
      'department.name as department_name',
    ])
    .where('referral.status', 'in', [...OPEN_STATUSES])
    .where('referral.due_on', '<', asOf)
    .where('child.village_code', 'like', `${prefix}%`)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('notice')
            .select('notice.id')
            .where('notice.kind', '=', 'referral_overdue')
            .where('notice.county_code', '=', sql<string>`referral.county_code`)
            .where('notice.dedupe_key', '=', sql<string>`referral.id::text || ':' || referral.sends::text`),
        ),
      ),
    )
    .execute();
  let written = 0;
  for (const r of late)
    written += await db.transaction().execute((trx) =>
      notify(trx, {
        kind: 'referral_overdue',
        childId: r.child_id,
        villageCode: r.village_code,
        entity: 'referral',
        entityId: r.id,
        message: `报送${r.department_name}逾期未答复（期限 ${r.due_on}）`,
        actorId: null,
        dedupeKey: `${r.id}:${r.sends}`,
      }),
    );
  return written;
}
