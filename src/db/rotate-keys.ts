// `tonghu keys rotate`: a new SM4/HMAC key becomes the active one, and every sealed value is sealed again
// under it, in small batches that each commit on their own, while the system keeps serving. The old keys stay
// in the key file for reading: running servers read the file again when they meet a key they do not know, and
// seal under the new key within seconds (crypto/keyring.ts). A batch re-seals a value only if it is still the
// value it read (compare-and-set), so an edit made meanwhile is never overwritten; it is picked up, if still
// under an old key, by the next pass. Audit records are append-only (issue 15) and keep the key they were
// sealed with, which is why old keys are never dropped from the file.
import { sql, type Kysely } from 'kysely';
import { useKeyring } from '../crypto/active.ts';
import { newSealingKey, readKeyFile, writeKeyFile } from '../crypto/keyfile.ts';
import { Keyring, SEALED } from '../crypto/keyring.ts';
import type { DB } from './schema.ts';
import { JSON_SEALED, SEALED_COLUMNS } from './sealed-columns.ts';

/** Primary key of each table with sealed values. */
const KEYS: Record<string, string> = {
  app_user: 'id',
  child: 'id',
  child_parent: 'id',
  child_caregiver: 'child_id',
  department: 'id',
  workforce_person: 'id',
  user_second_factor: 'user_id',
  comparison_finding: 'id',
  comparison_run: 'id',
  referral: 'id',
  referral_event: 'id',
};
/** Append-only: their values keep the key they were sealed with. */
const IMMUTABLE = new Set(['audit_event']);

export interface RotationResult {
  newKeyId: string;
  retainedKeyIds: string[];
  resealed: Record<string, number>;
}

export interface RotateOptions {
  file: string;
  batch?: number;
  /** How long to wait before the last pass, for servers to pick up the new key (they look every 5 s). */
  settleMs?: number;
  progress?: (table: string, column: string, done: number) => void;
}

export async function rotateKeys(db: Kysely<DB>, options: RotateOptions): Promise<RotationResult> {
  const data = readKeyFile(options.file);
  const key = newSealingKey(data.keys);
  writeKeyFile(options.file, { ...data, active: key.id, keys: [...data.keys, key] });
  const ring = Keyring.fromFile(options.file);
  useKeyring(ring);
  const resealed: Record<string, number> = {};
  const pass = async () => {
    for (const [table, columns] of Object.entries(SEALED_COLUMNS))
      for (const column of Object.keys(columns)) {
        const n = await resealColumn(db, ring, table, column, options);
        resealed[`${table}.${column}`] = (resealed[`${table}.${column}`] ?? 0) + n;
      }
    for (const [table, columns] of Object.entries(JSON_SEALED)) {
      if (IMMUTABLE.has(table)) continue;
      for (const column of columns) {
        const n = await resealJson(db, ring, table, column, options);
        resealed[`${table}.${column}`] = (resealed[`${table}.${column}`] ?? 0) + n;
      }
    }
  };
  await pass();
  // Servers that sealed under the old key in the seconds before they saw the new one: a last pass after them.
  await new Promise((r) => setTimeout(r, options.settleMs ?? 6000));
  await pass();
  return { newKeyId: key.id, retainedKeyIds: data.keys.map((k) => k.id), resealed };
}

async function resealColumn(
  db: Kysely<DB>,
  ring: Keyring,
  table: string,
  column: string,
  options: RotateOptions,
): Promise<number> {
  const current = `^sm4[.]${ring.activeId}[.]`;
  const key = KEYS[table]!;
  let done = 0;
  for (;;) {
    // 'x' || value: the raw sealed text, past the plugin that would open it.
    const { rows } = await sql<{ key: string; raw: string }>`
      select ${sql.ref(key)}::text as key, 'x' || ${sql.ref(column)} as raw from ${sql.table(table)}
      where ${sql.ref(column)} is not null and ${sql.ref(column)} !~ ${current}
      order by ${sql.ref(key)} limit ${options.batch ?? 1000}`.execute(db);
    if (!rows.length) return done;
    const olds = rows.map((r) => r.raw.slice(1));
    const news = olds.map((old) => ring.seal(ring.open(old)));
    const result = await sql`
      update ${sql.table(table)} t set ${sql.id(column)} = v.new
      from unnest(${rows.map((r) => r.key)}::text[], ${olds}::text[], ${news}::text[]) as v(key, old, new)
      where t.${sql.id(key)}::text = v.key and t.${sql.id(column)} = v.old`.execute(db);
    done += Number(result.numAffectedRows ?? 0);
    options.progress?.(table, column, done);
  }
}

function resealIn(value: unknown, ring: Keyring): unknown {
  if (typeof value === 'string') {
    const kid = SEALED.exec(value)?.[1];
    return kid && kid !== ring.activeId ? ring.seal(ring.open(value)) : value;
  }
  if (Array.isArray(value)) return value.map((v) => resealIn(v, ring));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resealIn(v, ring)]));
  return value;
}

async function resealJson(
  db: Kysely<DB>,
  ring: Keyring,
  table: string,
  column: string,
  options: RotateOptions,
): Promise<number> {
  const key = KEYS[table]!;
  const stale = `"sm4[.](?!${ring.activeId}[.])`;
  let done = 0;
  let after = '';
  for (;;) {
    const { rows } = await sql<{ key: string; raw: string }>`
      select ${sql.ref(key)}::text as key, 'x' || ${sql.ref(column)}::text as raw from ${sql.table(table)}
      where ${sql.ref(column)} is not null and ${sql.ref(key)}::text > ${after}
        and ${sql.ref(column)}::text ~ '"sm4[.]'
      order by ${sql.ref(key)}::text limit ${options.batch ?? 1000}`.execute(db);
    if (!rows.length) return done;
    after = rows[rows.length - 1]!.key;
    const changed = rows
      .map((r) => ({ key: r.key, old: r.raw.slice(1) }))
      .filter((r) => new RegExp(stale).test(r.old))
      .map((r) => ({ ...r, new: JSON.stringify(resealIn(JSON.parse(r.old), ring)) }));
    if (!changed.length) continue;
    const result = await sql`
      update ${sql.table(table)} t set ${sql.id(column)} = v.new::jsonb
      from unnest(${changed.map((r) => r.key)}::text[], ${changed.map((r) => r.old)}::text[], ${changed.map((r) => r.new)}::text[]) as v(key, old, new)
      where t.${sql.id(key)}::text = v.key and t.${sql.id(column)} = v.old::jsonb`.execute(db);
    done += Number(result.numAffectedRows ?? 0);
    options.progress?.(table, column, done);
  }
}

/** How many sealed values each key holds, per table and column: what `keys status` prints. */
export async function keyUsage(db: Kysely<DB>): Promise<Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [table, columns] of Object.entries(SEALED_COLUMNS))
    for (const column of Object.keys(columns)) {
      const { rows } = await sql<{ kid: string; n: number }>`
        select substr(${sql.ref(column)}, 5, 8) as kid, count(*)::integer as n from ${sql.table(table)}
        where ${sql.ref(column)} is not null group by 1`.execute(db);
      if (rows.length) out[`${table}.${column}`] = Object.fromEntries(rows.map((r) => [r.kid, r.n]));
    }
  return out;
}
