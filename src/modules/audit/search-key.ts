// What the trail keeps of a searched ID number: a keyed hash (HMAC-SHA256 under the server's key), never the
// number. The one place that decides it, so that a later key scheme changes only this file.
import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

const keys = new WeakMap<object, Promise<Buffer>>();

function keyOf(db: Kysely<DB>): Promise<Buffer> {
  let key = keys.get(db);
  if (!key) {
    key = db
      .selectFrom('server_key')
      .select('key')
      .where('name', '=', 'audit_search')
      .executeTakeFirstOrThrow()
      .then((r) => Buffer.from(r.key));
    key.catch(() => keys.delete(db));
    keys.set(db, key);
  }
  return key;
}

/** The keyed hash of an ID number (normalised: trimmed, upper-case X), as `hmac:<hex>`. */
export async function idNumberSearchHash(db: Kysely<DB>, idNumber: string): Promise<string> {
  const mac = createHmac('sha256', await keyOf(db))
    .update(idNumber.trim().toUpperCase())
    .digest('hex');
  return `hmac:${mac}`;
}

/** Looks like (part of) a resident ID number or a phone number: 6 or more digits in a row. */
const NUMBERISH = /\d{6,}/;
/** Filters that hold a statistical division code (village, township, region): kept as given. */
const REGION_FILTER = /(code|region|village|township|county)$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Filters as the trail records them: every string holding a run of digits long enough to be (part of) an ID
 * number or phone number is replaced by its keyed hash; other values are kept as given.
 */
export async function filtersForAudit(
  db: Kysely<DB>,
  filters: Record<string, unknown> | undefined | null,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(filters ?? {})) {
    if (value === undefined) continue;
    // A region code, or a record's id (a UUID may hold six digits in a row): kept as given.
    if (REGION_FILTER.test(name) || (typeof value === 'string' && UUID.test(value))) {
      out[name] = value;
      continue;
    }
    if (typeof value === 'string' && NUMBERISH.test(value)) out[name] = await idNumberSearchHash(db, value);
    else if (Array.isArray(value))
      out[name] = await Promise.all(
        value.map((v) => (typeof v === 'string' && NUMBERISH.test(v) ? idNumberSearchHash(db, v) : v)),
      );
    else out[name] = value;
  }
  return out;
}
