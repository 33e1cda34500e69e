// The migrated database every test file starts from, built once per run (and cached across runs on
// PGlite, keyed by the migrations and the region source): a PGlite data-dir dump, or a template database
// on the server named by TEST_DATABASE_URL. The dump is not compressed: each test file's database is made
// from it, and unzipping it each time cost ~0.1 s of the ~0.6 s (43 MB instead of 5.6 on disk).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../../src/db/connect.ts';
import { MIGRATIONS_DIR, migrateToLatest } from '../../src/db/migrate.ts';
import { loadRegions } from '../../src/regions/loader.ts';
import { sourceVersion } from '../../src/regions/source.ts';

/** The regions tests use: the five seed jurisdictions (株洲 with its nine counties). */
export const TEST_REGION_SCOPES = ['445281', '320115', '220303', '310117', '4302'];

export function templateKey(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS_DIR).sort())
    hash.update(file).update(readFileSync(path.join(MIGRATIONS_DIR, file)));
  // The last part names how the template is made (checkpointed before its dump): a change there makes a new one.
  hash.update(sourceVersion()).update(TEST_REGION_SCOPES.join(',')).update('checkpointed');
  return hash.digest('hex').slice(0, 16);
}

export async function buildPgliteTemplate(): Promise<string> {
  const dir = path.resolve('node_modules/.cache/tonghu');
  const file = path.join(dir, `template-${templateKey()}.tar`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const database = await openDatabase();
  try {
    await migrateToLatest(database.db);
    await loadRegions(database.db, TEST_REGION_SCOPES);
    // Written out before the dump: each database made from it then starts without replaying the migrations'
    // log (~0.09 s of each start, a probe).
    await sql`checkpoint`.execute(database.db);
    const dump = await database.pglite!.dumpDataDir('none');
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  } finally {
    await database.close();
  }
  return file;
}

export function serverUrl(base: string, databaseName: string): string {
  const url = new URL(base);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

export async function buildServerTemplate(baseUrl: string): Promise<string> {
  const name = `tonghu_tpl_${templateKey()}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount) return name;
    const building = `${name}_${process.pid}`;
    await admin.query(`drop database if exists ${building}`);
    await admin.query(`create database ${building}`);
    const database = await openDatabase({ databaseUrl: serverUrl(baseUrl, building), poolSize: 2 });
    try {
      await migrateToLatest(database.db);
      await loadRegions(database.db, TEST_REGION_SCOPES);
    } finally {
      await database.close();
    }
    try {
      await admin.query(`alter database ${building} rename to ${name}`);
    } catch (error) {
      // Another run built the same template meanwhile: use theirs.
      await admin.query(`drop database if exists ${building}`);
      const built = await admin.query('select 1 from pg_database where datname = $1', [name]);
      if (!built.rowCount) throw error;
    }
    return name;
  } finally {
    await admin.end();
  }
}
