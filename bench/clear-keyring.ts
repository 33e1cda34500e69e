// A register without sealing, for measuring what sealing costs (issue 16: at most 20 % of import and
// comparison): a keyring that stores values as they are and whose "blind indexes" are the normalised values
// themselves. Work done under it is exactly what it was before ID and phone numbers were sealed — same code,
// same SQL, joined on the clear numbers — so the difference to the same work sealed is sealing's cost.
import { sql, type Kysely } from 'kysely';
import { KEY_FILE_FORMAT, newSealingKey } from '../src/crypto/keyfile.ts';
import { Keyring, normalise, type BlindKind } from '../src/crypto/keyring.ts';
import type { DB } from '../src/db/schema.ts';

class ClearKeyring extends Keyring {
  override seal(plain: string): string {
    return plain;
  }
  override open(sealed: string): string {
    return sealed;
  }
  override blindIndex(kind: BlindKind, value: string): string {
    return normalise(kind, value);
  }
  override async blindIndexes(kind: BlindKind, values: readonly (string | null | undefined)[]) {
    return values.map((v) => (v === null || v === undefined || v === '' ? null : normalise(kind, v)));
  }
}

/** The clear keyring (a Keyring needs keys to be made; this one never uses them). */
export function clearKeyring(): Keyring {
  const unused = newSealingKey();
  return new ClearKeyring({ format: KEY_FILE_FORMAT, active: unused.id, index: unused.mac, keys: [unused] });
}

/** A database for a clear register lets values in unsealed: its checks that a column holds sealed values go. */
export async function dropSealedChecks(db: Kysely<DB>): Promise<void> {
  const checks = await sql<{ table: string; name: string }>`
    select conrelid::regclass::text as table, conname as name from pg_constraint
    where contype = 'c' and conname like '%\_sealed'`.execute(db);
  for (const c of checks.rows)
    await sql`alter table ${sql.table(c.table)} drop constraint ${sql.id(c.name)}`.execute(db);
}
