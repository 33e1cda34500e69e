// One SQL dialect, two back ends: PostgreSQL through `pg` when a URL is given, PGlite otherwise.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { recordingPool, registerCopy } from './copy.ts';
import { PGliteDialect } from './pglite-dialect.ts';
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
  poolSize?: number;
}

// Dates stay 'YYYY-MM-DD' strings and counts stay numbers, on both back ends alike.
const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;
const identity = (v: string) => v;
const toNumber = (v: string) => Number(v);

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
          if (oid === DATE_OID) return identity;
          if (oid === INT8_OID || oid === NUMERIC_OID) return toNumber;
          return pg.types.getTypeParser(oid, format);
        }) as typeof pg.types.getTypeParser,
      },
    });
    // An idle session dropped by the server (restart, failover) must not bring the process down.
    pool.on('error', (error) => console.warn(`数据库连接中断：${error.message}`));
    const recording = recordingPool(pool);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: recording.pool }) });
    registerCopy(db, recording.clients);
    return { db, backend: 'postgres', pglite: null, pool, close: () => db.destroy() };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: { [DATE_OID]: identity, [INT8_OID]: toNumber, [NUMERIC_OID]: toNumber },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return { db, backend: 'pglite', pglite, pool: null, close: () => db.destroy() };
}
