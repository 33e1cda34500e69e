// Search by a full ID number (issue 16.1–16.2): an exact match through the blind index only (no prefix, no
// partial number: a prefix search over a sealed column cannot be done, and would be an oracle besides), every
// search audited with the number kept only as its keyed hash, and at most ID_SEARCHES_PER_HOUR per user —
// counted from the audit trail itself, so the limit holds across processes and restarts.
import { sql, type Kysely } from 'kysely';
import { blindIndex } from '../../crypto/active.ts';
import type { DB } from '../../db/schema.ts';
import { AppError, InputError } from '../../shared/errors.ts';
import type { Actor } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';

export const ID_SEARCH_ACTION = 'child.searched_by_id_number';

export function idSearchesPerHour(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.TONGHU_ID_SEARCHES_PER_HOUR ?? 30);
  return Number.isInteger(n) && n > 0 ? n : 30;
}

/** A search term that is (part of) an ID number: digits, X, or the mask's stars. */
export function looksLikeIdNumber(term: string): boolean {
  return /^[0-9Xx*]{4,18}$/.test(term);
}

/**
 * Checks and records a search for `term`; returns the normalised full ID number to match exactly. A partial
 * number is refused (400) rather than searched: exact matches only.
 */
export async function auditedIdSearch(db: Kysely<DB>, actor: Actor, term: string): Promise<string> {
  const idNumber = term.trim().toUpperCase();
  if (!/^[0-9]{17}[0-9X]$/.test(idNumber))
    throw new InputError('按身份证号码查找须输入完整的18位号码（只做精确匹配）', { field: 'q' });
  const limit = idSearchesPerHour();
  const { rows } = await sql<{ n: number }>`
    select count(*)::integer as n from audit_event
    where actor_id = ${actor.id} and action = ${ID_SEARCH_ACTION} and occurred_at > now() - interval '1 hour'`.execute(
    db,
  );
  if ((rows[0]?.n ?? 0) >= limit)
    throw new AppError('too_many_requests', `按身份证号码查找过于频繁：每小时最多 ${limit} 次，请稍后再试`);
  await recordAudit(db, actor, {
    action: ID_SEARCH_ACTION,
    entity: 'child',
    regionCode: actor.regionCode || null,
    // The number itself is never kept: its blind index (HMAC-SM3 under the deployment's index key) is.
    detail: { idNumberIndex: blindIndex('id_number', idNumber) },
  });
  return idNumber;
}
