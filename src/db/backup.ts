// Backup and restore of every table, the same on PGlite and PostgreSQL (issue 14.2).
//
// The stream is NDJSON: a header naming the schema version (the applied migrations), then per table a
// line naming it and its columns, one line per row (PostgreSQL's own row_to_json text, written as the
// server produced it so no value passes through a JavaScript number or Date), and a closing line with the
// row count and the md5 of the row lines; then the sequences, then an end line. A file without the end line
// is truncated and is refused. Rows are read in primary-key order inside one REPEATABLE READ READ ONLY
// transaction, so the snapshot is consistent while the service keeps writing.
//
// writeBackup/readBackup take a Writable/Readable and are the only code that produces or consumes the
// stream; backupToFile/restoreFromFile are the only code that turns it into a file (gzip, mode 0600,
// written under a temporary name and renamed). Between the gzip and the file the whole stream is encrypted
// with SM4 and authenticated with HMAC-SM3 under the deployment's key file (backup-crypt.ts).
import { createHash } from 'node:crypto';
import { constants, createReadStream, createWriteStream, existsSync } from 'node:fs';
import { access, chmod, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import type { Readable, Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { sql, type Kysely, type Transaction } from 'kysely';
import { appliedMigrations, migrator } from './migrate.ts';
import { InputError } from '../shared/errors.ts';
import { keyFilePath, keyring } from '../crypto/active.ts';
import { Keyring } from '../crypto/keyring.ts';
import { encryptingStream, isEncryptedBackup, openEncryptedBackup } from './backup-crypt.ts';

export const BACKUP_FORMAT = 'tonghu-backup';
export const BACKUP_VERSION = 1;
const MIGRATION_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);
const FETCH = 1000;
const INSERT_BATCH = 500;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- backup works on whatever tables exist
type AnyDb = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyTrx = Transaction<any>;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  backend: string;
  /** The schema version: the applied migrations, in order. */
  migrations: string[];
}

export interface TableSummary {
  table: string;
  rows: number;
  md5: string;
}

export interface BackupSummary {
  header: BackupHeader;
  tables: TableSummary[];
}

interface SequenceState {
  name: string;
  lastValue: string | null;
}

/** Text output that reads back the same, whatever the session's defaults. */
async function fixOutput(trx: AnyTrx): Promise<void> {
  await sql`set local timezone to 'UTC'`.execute(trx);
  await sql`set local intervalstyle to 'postgres'`.execute(trx);
  await sql`set local extra_float_digits to 1`.execute(trx);
  await sql`set local bytea_output to 'hex'`.execute(trx);
}

/** `fn` in one consistent read-only snapshot, with text output that reads back the same. */
function inSnapshot<T>(db: AnyDb, fn: (trx: AnyTrx) => Promise<T>): Promise<T> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      await fixOutput(trx);
      return fn(trx);
    });
}

/** The data tables of the public schema, by name (the migrator's own tables are the schema version). */
export async function dataTables(db: AnyDb | AnyTrx): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select c.relname as name from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
    order by c.relname`.execute(db);
  return rows.map((r) => r.name).filter((n) => !MIGRATION_TABLES.has(n));
}

async function primaryKey(trx: AnyTrx, table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select a.attname as name
    from pg_index i
    join lateral unnest(i.indkey) with ordinality k(attnum, n) on true
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
    where i.indrelid = ${`public.${quoteIdent(table)}`}::regclass and i.indisprimary
    order by k.n`.execute(trx);
  return rows.map((r) => r.name);
}

/** The columns a restore writes: all but generated ones, in the table's order. */
async function writableColumns(trx: AnyTrx, table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select a.attname as name from pg_attribute a
    where a.attrelid = ${`public.${quoteIdent(table)}`}::regclass and a.attnum > 0 and not a.attisdropped
      and a.attgenerated = ''
    order by a.attnum`.execute(trx);
  return rows.map((r) => r.name);
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Every row of a table as row_to_json text in primary-key order, a batch at a time, through a cursor (so a
 * million rows never sit in memory at once on PostgreSQL). Must run in a transaction with fixOutput.
 */
async function eachRowBatch(
  trx: AnyTrx,
  table: string,
  fn: (lines: string[]) => Promise<void>,
): Promise<void> {
  const key = await primaryKey(trx, table);
  const order = key.length ? key.map((c) => `t.${quoteIdent(c)}`).join(', ') : '1';
  const cursor = `tonghu_rows_${table}`.slice(0, 60);
  await sql
    .raw(
      `declare ${quoteIdent(cursor)} no scroll cursor for ` +
        `select row_to_json(t)::text as r from public.${quoteIdent(table)} t order by ${order}`,
    )
    .execute(trx);
  try {
    for (;;) {
      const { rows } = await sql
        .raw<{ r: string }>(`fetch forward ${FETCH} from ${quoteIdent(cursor)}`)
        .execute(trx);
      if (!rows.length) break;
      await fn(rows.map((row) => row.r));
      if (rows.length < FETCH) break;
    }
  } finally {
    await sql.raw(`close ${quoteIdent(cursor)}`).execute(trx);
  }
}

/** Row count and md5 of a table's rows as a backup writes them: the check that a restore is exact. */
async function digestTable(trx: AnyTrx, table: string): Promise<TableSummary> {
  const hash = createHash('md5');
  let rows = 0;
  await eachRowBatch(trx, table, async (lines) => {
    rows += lines.length;
    for (const line of lines) hash.update(line).update('\n');
  });
  return { table, rows, md5: hash.digest('hex') };
}

/** Every data table's row count and md5, in one consistent snapshot (used by tests and by `check`). */
export async function tableDigests(db: AnyDb): Promise<TableSummary[]> {
  return inSnapshot(db, async (trx) => {
    const out: TableSummary[] = [];
    for (const table of await dataTables(trx)) out.push(await digestTable(trx, table));
    return out;
  });
}

async function put(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Writes the whole database to `out` (the stream is not ended here). */
export async function writeBackup(db: AnyDb, backend: string, out: Writable): Promise<BackupSummary> {
  return inSnapshot(db, async (trx) => {
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      backend,
      migrations: await appliedMigrations(trx),
    };
    await put(out, `${JSON.stringify(header)}\n`);
    const tables: TableSummary[] = [];
    for (const table of await dataTables(trx)) {
      await put(out, `${JSON.stringify({ table, columns: await writableColumns(trx, table) })}\n`);
      const hash = createHash('md5');
      let rows = 0;
      await eachRowBatch(trx, table, async (lines) => {
        rows += lines.length;
        let chunk = '';
        for (const line of lines) {
          hash.update(line).update('\n');
          chunk += `${line}\n`;
        }
        await put(out, chunk);
      });
      const summary = { table, rows, md5: hash.digest('hex') };
      tables.push(summary);
      await put(out, `${JSON.stringify({ end: table, rows, md5: summary.md5 })}\n`);
    }
    const { rows: sequences } = await sql<{ name: string; last_value: string | null }>`
      select sequencename as name, last_value::text as last_value from pg_sequences
      where schemaname = 'public' order by sequencename`.execute(trx);
    const states: SequenceState[] = sequences.map((s) => ({ name: s.name, lastValue: s.last_value }));
    await put(out, `${JSON.stringify({ sequences: states })}\n`);
    await put(out, `${JSON.stringify({ done: true, tables: tables.length })}\n`);
    return { header, tables };
  });
}

/** A backup file that cannot be read as one: exit 2 naming the file and line. */
function bad(file: string, line: number, message: string): InputError {
  return new InputError(message, { file, line });
}

export interface RestoreOptions {
  /** For messages: the file's name. */
  source: string;
  /** Told each table as it is restored. */
  onTable?: (summary: TableSummary) => void;
}

/** Whether every data table is empty (a database with no tables at all is empty). */
/** Tables whose rows the migrations themselves write: an empty database already has them. */
const SEEDED_BY_MIGRATIONS = new Set(['audit_chain_head', 'server_key']);

export async function nonEmptyTables(db: AnyDb): Promise<{ table: string; rows: number }[]> {
  const out: { table: string; rows: number }[] = [];
  for (const table of await dataTables(db)) {
    if (SEEDED_BY_MIGRATIONS.has(table)) continue;
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.table(`public.${table}`)}`.execute(db);
    if ((rows[0]?.n ?? 0) > 0) out.push({ table, rows: rows[0]!.n });
  }
  return out;
}

/**
 * Restores a backup stream into an empty database: brings the schema to the backup's version, loads every
 * table in one transaction (foreign keys dropped and re-added, so they are checked once at the end; user
 * triggers off, so derived columns keep the values they had), verifies each table's count and md5, sets the
 * sequences, then migrates to this version's latest schema. Refuses a database holding any row.
 */
export async function readBackup(
  db: AnyDb,
  input: Readable,
  options: RestoreOptions,
): Promise<BackupSummary> {
  const file = options.source;
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  let lineNo = 0;
  const next = async (): Promise<string | null> => {
    const { value, done } = await lines.next();
    if (done) return null;
    lineNo++;
    return value as string;
  };
  const parse = (text: string | null): Record<string, unknown> => {
    if (text === null)
      throw bad(file, lineNo, '备份文件不完整（提前结束），可能在写入时中断；请换用完整的备份');
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw bad(file, lineNo, '不是有效的备份文件内容（JSON 无法解析）');
    }
  };

  let headerLine: string | null;
  try {
    headerLine = await next();
  } catch {
    throw bad(file, 1, '不是童护备份文件（无法解压或读取）');
  }
  let header: BackupHeader;
  try {
    header = JSON.parse(headerLine ?? '') as BackupHeader;
  } catch {
    throw bad(file, 1, '不是童护备份文件');
  }
  if (header?.format !== BACKUP_FORMAT) throw bad(file, 1, '不是童护备份文件');
  if (header.version !== BACKUP_VERSION)
    throw bad(file, 1, `备份格式版本 ${header.version} 不受支持（本程序读取版本 ${BACKUP_VERSION}）`);

  // The schema version: the backup's migrations must all be known here, in the same order.
  const available = (await migrator(db).getMigrations()).map((m) => m.name);
  const unknown = header.migrations.filter((m) => !available.includes(m));
  if (unknown.length)
    throw bad(
      file,
      1,
      `备份来自较新版本的童护（含本程序没有的数据库迁移 ${unknown.join('、')}）；请先升级童护再恢复`,
    );
  if (header.migrations.some((m, i) => available[i] !== m))
    throw bad(file, 1, '备份的数据库结构版本与本程序的迁移顺序不一致，无法恢复');

  const filled = await nonEmptyTables(db);
  if (filled.length)
    throw new InputError(
      `目标数据库不是空的（${filled
        .slice(0, 5)
        .map((t) => `${t.table} 有 ${t.rows} 行`)
        .join(
          '，',
        )}${filled.length > 5 ? ' 等' : ''}），恢复只能写入空数据库；请换一个新的数据目录或新建的空数据库`,
      { field: '数据库' },
    );
  const applied = await appliedMigrations(db);
  if (applied.some((m, i) => header.migrations[i] !== m))
    throw new InputError(
      `目标数据库的结构（已执行 ${applied.length} 个迁移）比备份（${header.migrations.length} 个）新或不同；` +
        '请恢复到一个全新的空数据库（新的数据目录，或新建的 PostgreSQL 数据库）',
      { field: '数据库' },
    );
  const last = header.migrations.at(-1);
  if (last && applied.at(-1) !== last) {
    const { error } = await migrator(db).migrateTo(last);
    if (error) throw error;
  }

  const tables: TableSummary[] = [];
  await db.transaction().execute(async (trx) => {
    await fixOutput(trx);
    const present = new Set(await dataTables(trx));
    // Foreign keys go while the rows load and come back at the end, checked once over all of them.
    const { rows: foreignKeys } = await sql<{ table: string; name: string; def: string }>`
      select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as def
      from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace
      order by 1, 2`.execute(trx);
    for (const fk of foreignKeys)
      await sql.raw(`alter table ${fk.table} drop constraint ${quoteIdent(fk.name)}`).execute(trx);
    for (const table of present)
      await sql.raw(`alter table public.${quoteIdent(table)} disable trigger user`).execute(trx);
    // The database held no row before the migrations above; any row now was seeded by one of them (the audit
    // chain's head, the audit search key) and the backup carries its own.
    for (const table of present) await sql.raw(`delete from public.${quoteIdent(table)}`).execute(trx);

    const seen = new Set<string>();
    for (;;) {
      const line = parse(await next());
      if (line.done === true) break;
      if (Array.isArray(line.sequences)) {
        for (const s of line.sequences as SequenceState[])
          if (s.lastValue !== null)
            await sql`select setval(${`public.${quoteIdent(s.name)}`}::regclass, ${s.lastValue}::bigint, true)`.execute(
              trx,
            );
        continue;
      }
      const table = line.table;
      if (typeof table !== 'string' || !Array.isArray(line.columns))
        throw bad(file, lineNo, '不是有效的备份文件内容（应为表的开头）');
      if (!present.has(table)) throw bad(file, lineNo, `备份中的表 ${table} 在此版本的数据库结构中不存在`);
      if (seen.has(table)) throw bad(file, lineNo, `表 ${table} 在备份中出现了两次`);
      seen.add(table);
      const columns = (line.columns as string[]).map(quoteIdent).join(', ');
      const target = `public.${quoteIdent(table)}`;
      const insert = (batch: string[]) =>
        sql`${sql.raw(`insert into ${target} (${columns}) overriding system value select ${columns} from json_populate_recordset(null::${target}, `)}${`[${batch.join(',')}]`}::json)`.execute(
          trx,
        );
      const hash = createHash('md5');
      let rows = 0;
      let batch: string[] = [];
      let end: Record<string, unknown>;
      for (;;) {
        const text = await next();
        if (text === null) parse(null);
        if (text!.startsWith('{"end":')) {
          end = parse(text);
          break;
        }
        hash.update(text!).update('\n');
        batch.push(text!);
        rows++;
        if (batch.length >= INSERT_BATCH) {
          await insert(batch);
          batch = [];
        }
      }
      if (batch.length) await insert(batch);
      const md5 = hash.digest('hex');
      if (end.end !== table || end.rows !== rows || end.md5 !== md5)
        throw bad(file, lineNo, `表 ${table} 的行数或校验值与备份记录不符，备份文件已损坏`);
      // What the database now holds must read back exactly as it was written.
      const restored = await digestTable(trx, table);
      if (restored.rows !== rows || restored.md5 !== md5)
        throw new Error(`表 ${table} 恢复后的内容与备份不一致（${restored.rows}/${rows} 行）`);
      tables.push(restored);
      options.onTable?.(restored);
    }
    for (const table of present)
      await sql.raw(`alter table public.${quoteIdent(table)} enable trigger user`).execute(trx);
    for (const fk of foreignKeys)
      await sql.raw(`alter table ${fk.table} add constraint ${quoteIdent(fk.name)} ${fk.def}`).execute(trx);
  });
  const { error } = await migrator(db).migrateToLatest();
  if (error) throw error;
  return { header, tables };
}

export interface BackupKeys {
  /** The keyring whose active key encrypts (default: the process's, from TONGHU_KEY_FILE). */
  keys?: Keyring;
  /** For messages: the key file (default: TONGHU_KEY_FILE's path). */
  keyFile?: string;
}

/**
 * Writes a backup file: gzip, then SM4 with HMAC-SM3 under the key file's active key (backup-crypt.ts), mode
 * 0600, under a temporary name renamed when complete.
 */
export async function backupToFile(
  db: AnyDb,
  backend: string,
  target: string,
  options: BackupKeys = {},
): Promise<BackupSummary> {
  const file = path.resolve(target);
  const partial = `${file}.${process.pid}.partial`;
  const ring = options.keys ?? keyring();
  try {
    const out = createWriteStream(partial, { mode: 0o600, flags: 'wx' });
    const gzip = createGzip();
    const written = pipeline(gzip, encryptingStream(ring), out);
    let summary: BackupSummary;
    try {
      summary = await writeBackup(db, backend, gzip);
    } finally {
      gzip.end();
    }
    await written;
    await chmod(partial, 0o600);
    await rename(partial, file);
    return summary;
  } catch (error) {
    await rm(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (
      code === 'ENOENT' ||
      code === 'EACCES' ||
      code === 'EISDIR' ||
      code === 'ENOTDIR' ||
      code === 'EEXIST'
    )
      throw new InputError(`无法写入备份文件（${code}）`, { file: target });
    throw error;
  }
}

/** The key file a restore reads: it must exist (a new one could open nothing), and is never created here. */
function restoreKeys(source: string, options: BackupKeys): { ring: Keyring; file: string } {
  const file = options.keyFile ?? keyFilePath();
  if (options.keys) return { ring: options.keys, file };
  if (!existsSync(file))
    throw new InputError(
      `找不到密钥文件 ${file}：备份已加密，恢复需要写入备份的部署所用的密钥文件（设置 TONGHU_KEY_FILE 指向它）；未恢复任何数据`,
      { file: source },
    );
  return { ring: Keyring.fromFile(file), file };
}

/**
 * Restores a backup file written by backupToFile: an encrypted one is verified whole before anything is
 * restored; an older gzip-only one (written before backups were encrypted) is still read.
 */
export async function restoreFromFile(
  db: AnyDb,
  source: string,
  options: Omit<RestoreOptions, 'source'> & BackupKeys = {},
): Promise<BackupSummary> {
  const resolved = path.resolve(source);
  try {
    await access(resolved, constants.R_OK);
  } catch (error) {
    throw new InputError(`无法读取备份文件（${(error as NodeJS.ErrnoException).code}）`, { file: source });
  }
  let input: Readable;
  if (await isEncryptedBackup(resolved)) {
    const { ring, file } = restoreKeys(source, options);
    input = (await openEncryptedBackup(resolved, ring, file)).stream;
  } else {
    const raw = createReadStream(resolved);
    input = raw;
  }
  const gunzip = createGunzip();
  input.pipe(gunzip);
  input.on('error', (error) => gunzip.destroy(error));
  try {
    return await readBackup(db, gunzip, { ...options, source });
  } finally {
    input.destroy();
    gunzip.destroy();
  }
}
