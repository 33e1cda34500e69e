// One SQL dialect, two back ends: PostgreSQL through `pg` when a URL is given, PGlite otherwise.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { recordingPool, registerBlobCopy, registerCopy } from './copy.ts';
import { acquireDataDirLock, type DataDirLock } from './lock.ts';
import { makePrivate } from './data-folder.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import { DATE_OID, INT8_OID, keepText, NUMERIC_OID, pgliteOptions, toNumber } from './pglite-options.mjs';
import { RemotePGlite } from './pglite-remote.ts';
import { SealedColumnsPlugin } from './sealed-columns.ts';
import { registerTableWrites, TableWritesPlugin } from './table-writes.ts';
import type { DB } from './schema.ts';

export type Backend = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  backend: Backend;
  /** The PGlite instance, for what Kysely cannot say (COPY from a blob, data-dir dumps). */
  pglite: PGlite | null;
  /** The pg pool, for COPY streams and bulk work. */
  pool: pg.Pool | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string | null;
  /** A directory for PGlite's files; omitted means in memory. */
  dataDir?: string | null;
  /** A PGlite data-dir dump to start from (tests start every file from one migrated template). */
  loadDataDir?: Blob;
  /** PGlite's buffer cache, e.g. '16MB' (TONGHU_PGLITE_SHARED_BUFFERS, pglite-options.mjs); default 128 MB. */
  sharedBuffers?: string | null;
  poolSize?: number;
  /** The command named in the data folder's lock (default: from the command line). */
  command?: string;
  /**
   * How long a caller may wait for the database before giving up (PGlite: its turn on the one session;
   * pg: a pooled client). Omitted waits for ever (the CLI); the server bounds it (issue 14.7).
   */
  waitMs?: number | null;
  /**
   * PGlite in a worker thread (the server, issue 14.7): its queries no longer block this event loop. Only
   * queries cross (with a COPY's data, copy.ts), so `pglite` is null (no dumps; the CLI opens in-process).
   */
  worker?: boolean;
  /** Where a lost connection is reported (it never ends the process). */
  onConnectionError?: (error: Error) => void;
}

const closing = new WeakMap<object, Set<() => Promise<void>>>();

/** Runs `fn` when `db`'s Database is closed, before its connections go (what rides on them stops first). */
export function whenClosing(db: Kysely<DB>, fn: () => Promise<void>): () => void {
  let set = closing.get(db);
  if (!set) closing.set(db, (set = new Set()));
  set.add(fn);
  return () => void set.delete(fn);
}

async function runClosing(db: Kysely<DB>): Promise<void> {
  const set = closing.get(db);
  if (!set) return;
  closing.delete(db);
  for (const fn of set) await fn().catch(() => {});
}

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      ...(options.waitMs ? { connectionTimeoutMillis: options.waitMs } : {}),
      // No JIT compilation: the app's statements are short, and their cost estimates (a county's children each
      // read through an index) pass the thresholds at which PostgreSQL compiles them, which then took longer than
      // the query — Annex 1 for a 9,400-child county: 3.0 s of JIT for 0.8 s of work (bench/province.bench.ts,
      // docs/server-operations.md). An `options` parameter in DATABASE_URL takes precedence.
      options: '-c jit=off',
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
          if (oid === DATE_OID) return keepText; // the same as PGlite's (pglite-options.mjs)
          if (oid === INT8_OID || oid === NUMERIC_OID) return toNumber;
          return pg.types.getTypeParser(oid, format);
        }) as typeof pg.types.getTypeParser,
      },
    });
    // A session dropped by the server (restart, failover, pg_terminate_backend) must not bring the process
    // down. pg emits 'error' on the client, and the pool listens only while the client is idle: so every client
    // gets a listener of its own for its whole life, lent out or not. The query in flight still fails (answered 503) and
    // the pool discards the broken client when it is released.
    const report =
      options.onConnectionError ?? ((error: Error) => console.warn(`数据库连接中断：${error.message}`));
    pool.on('connect', (client) => client.on('error', report));
    pool.on('error', () => {}); // already reported by the client's own listener
    const recording = recordingPool(pool);
    const writes = new TableWritesPlugin();
    const db = new Kysely<DB>({
      dialect: new PostgresDialect({ pool: recording.pool }),
      plugins: [new SealedColumnsPlugin(), writes],
    });
    registerCopy(db, recording.clients);
    registerTableWrites(db, writes);
    const close = async () => {
      await runClosing(db);
      await db.destroy();
    };
    return { db, backend: 'postgres', pglite: null, pool, close };
  }
  // One owner per data folder (src/db/lock.ts): refused here, before PGlite reads the folder. The folder holds
  // the register: 0700, its files 0600, whatever the umask (data-folder.ts).
  let lock: DataDirLock | null = null;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    makePrivate(options.dataDir);
    lock = acquireDataDirLock(options.dataDir, { command: options.command });
  }
  let pglite: PGlite | null = null;
  let engine: PGlite | RemotePGlite;
  try {
    if (options.worker && !options.loadDataDir) {
      const remote = new RemotePGlite({ dataDir: options.dataDir, sharedBuffers: options.sharedBuffers });
      engine = remote;
      await remote.waitReady.catch(async (error: unknown) => {
        await remote.terminate();
        throw error;
      });
    } else
      engine = pglite = await PGlite.create(
        pgliteOptions({
          dataDir: options.dataDir,
          loadDataDir: options.loadDataDir,
          sharedBuffers: options.sharedBuffers,
        }),
      );
  } catch (error) {
    lock?.release();
    throw error;
  }
  if (options.dataDir) makePrivate(options.dataDir);
  const writes = new TableWritesPlugin();
  const db = new Kysely<DB>({
    dialect: new PGliteDialect(engine, { waitMs: options.waitMs ?? null }),
    plugins: [new SealedColumnsPlugin(), writes],
  });
  registerTableWrites(db, writes);
  registerBlobCopy(db, engine);
  const close = async () => {
    try {
      await runClosing(db);
      await db.destroy();
      // Files PGlite made since the open are private by the umask; this covers any it set a mode on itself.
      if (options.dataDir) makePrivate(options.dataDir);
    } finally {
      lock?.release();
    }
  };
  return { db, backend: 'pglite', pglite, pool: null, close };
}
