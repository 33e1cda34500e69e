// Records a phone made offline are sent again whenever it cannot tell whether the first send arrived (the
// signal dropped before the answer came back). The phone's id for the record (client_id, 0058) makes the second
// send a replay: the stored record is answered again and nothing is written twice, not even the audit.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../shared/errors.ts';

/** Whether a failed insert collided with the unique index on client_id (two sends racing each other). */
export function isClientIdCollision(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  return e?.code === '23505' && /client_id/.test(`${e.constraint ?? ''} ${e.message ?? ''}`);
}

/** The record already stored under this client id, refused when it belongs to another child. */
export async function storedByClientId<T extends 'contact' | 'work_log'>(
  db: Kysely<DB>,
  table: T,
  clientId: string | null | undefined,
  childId: string,
) {
  if (!clientId) return undefined;
  const row = await db
    .selectFrom(table as 'contact')
    .select(['id', 'child_id'])
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (row && row.child_id !== childId)
    throw new AppError('conflict', '该记录编号已用于另一名儿童的记录', { field: 'clientId' });
  return row;
}
