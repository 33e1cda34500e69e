// Writing notices (通知, issue 17.4): called inside the transaction of the event, so that a notice exists exactly
// when its event does. The recipients are the people who work the child's case: the village's child directors
// and the township's supervisors (active accounts), never the one who caused the event.
import type { Kysely } from 'kysely';
import type { DB, NoticeTable } from '../../db/schema.ts';

export type NoticeKind = NoticeTable['kind'];

export interface NoticeEvent {
  kind: NoticeKind;
  childId: string;
  /** The village whose director and township supervisor are told. */
  villageCode: string;
  entity: string;
  entityId: string;
  /** What happened, without the child's name (the list adds it as the reader may see it). */
  message: string;
  /** Who caused it: not told of their own act. */
  actorId: string | null;
  /** One notice of this kind per key and person (a referral overdue once per send). */
  dedupeKey?: string;
}

export function townshipOf(villageCode: string): string {
  return `${villageCode.slice(0, 9)}000`;
}

/** The village's directors and its township's supervisors, active. */
async function caseWorkers(db: Kysely<DB>, villageCode: string): Promise<string[]> {
  const rows = await db
    .selectFrom('app_user')
    .select('id')
    .where('disabled', '=', false)
    .where((eb) =>
      eb.or([
        eb.and([eb('role', '=', 'director'), eb('region_code', '=', villageCode)]),
        eb.and([eb('role', '=', 'supervisor'), eb('region_code', '=', townshipOf(villageCode))]),
      ]),
    )
    .execute();
  return rows.map((r) => r.id);
}

export async function notify(trx: Kysely<DB>, event: NoticeEvent): Promise<number> {
  const recipients = (await caseWorkers(trx, event.villageCode)).filter((id) => id !== event.actorId);
  if (recipients.length === 0) return 0;
  const rows = await trx
    .insertInto('notice')
    .values(
      recipients.map((userId) => ({
        user_id: userId,
        kind: event.kind,
        child_id: event.childId,
        // The recipients' county: that of the village they work for (0087).
        county_code: event.villageCode.slice(0, 6),
        entity: event.entity,
        entity_id: event.entityId,
        message: event.message,
        dedupe_key: event.dedupeKey ?? null,
      })),
    )
    .onConflict((oc) => oc.columns(['user_id', 'kind', 'dedupe_key', 'county_code']).doNothing())
    .returning('id')
    .execute();
  return rows.length;
}
