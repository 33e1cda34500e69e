// The few columns of a child that casework records are checked against, read inside the recording
// transaction (locked when the record changes the child itself).
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { AppError, InputError, notFound } from '../../shared/errors.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { requireChild } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { checkRecordDate } from './record-date.ts';

export async function childForRecord(trx: Kysely<DB>, childId: string, options: { lock: boolean }) {
  let q = trx
    .selectFrom('child')
    .select([
      'id',
      'village_code',
      'county_code',
      'birth_date',
      'status',
      'exited_on',
      'conditions',
      'version',
      'last_visit_on',
      'last_contact_on',
    ])
    .where('id', '=', childId);
  // FOR NO KEY UPDATE, not FOR UPDATE: writers of one child still wait for each other, but an audit row
  // naming the child (its foreign key takes KEY SHARE on the child row) is not blocked. With FOR UPDATE a file
  // read's audit insert, holding the audit chain head and waiting for the child row, deadlocked with a
  // recording transaction holding the row and waiting for the head (40P01 on PostgreSQL under load).
  if (options.lock) q = q.forNoKeyUpdate();
  const child = await q.executeTakeFirst();
  if (!child) throw notFound('儿童档案');
  return child;
}
export type RecordChild = Awaited<ReturnType<typeof childForRecord>>;

/** A child's records of one kind, read by someone who may read the file, and the read audited. */
export async function auditedChildList<T>(
  ctx: ServiceContext,
  childId: string,
  action: string,
  read: () => Promise<T[]>,
): Promise<T[]> {
  await requireChild(ctx.db, ctx.actor, childId, 'child.read');
  const child = await childForRecord(ctx.db, childId, { lock: false });
  const rows = await read();
  await recordAudit(ctx.db, ctx.actor, {
    action,
    entity: 'child',
    entityId: childId,
    childId,
    regionCode: child.village_code,
  });
  return rows;
}

type DatedRecord = 'contact' | 'work_log';

/** A child's visits and contacts, or its work logs: newest first, and the later written first on one day. */
export function datedRecords<T extends DatedRecord>(
  db: Kysely<DB>,
  table: T,
  childId: string,
): Promise<Selectable<DB[T]>[]> {
  return db
    .selectFrom(table as DatedRecord)
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('occurred_on', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute() as Promise<Selectable<DB[T]>[]>;
}

/**
 * A record's date: not in the future, not before birth, and for a child already off the register only
 * what happened while it was on it (paper records entered late), never a change to the file itself.
 */
export function checkDateFor(
  child: RecordChild,
  date: IsoDate,
  today: IsoDate,
  field: string,
  label: string,
): void {
  checkRecordDate(date, { today, birthDate: child.birth_date }, field, label);
  if (child.status === 'exited' && child.exited_on !== null && date > child.exited_on)
    throw new InputError(`该儿童已于 ${child.exited_on} 退出登记，${label}不能晚于退出日期`, { field });
}

export function refuseIfExited(child: RecordChild, what: string): void {
  if (child.status === 'exited') throw new AppError('conflict', `该儿童已退出登记，不能${what}`);
}
