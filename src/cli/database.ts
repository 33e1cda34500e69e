// Every command that needs the database opens it here: the embedded one or DATABASE_URL's, migrated to the
// latest schema, with the deployment's regions loaded.
import { loadConfig, type Config } from '../config.ts';
import { keyring } from '../crypto/active.ts';
import { openDatabase, type Database, type OpenOptions } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { todayInChina } from '../domain/dates.ts';
import { applyRulesRevision, formatRulesRevision } from '../modules/children/rules-revision.ts';
import { ensureRegions } from '../regions/loader.ts';

export async function openConfigured(
  config: Config = loadConfig(),
  /** The server bounds waiting and routes connection errors to its log. */
  serverOptions: Pick<OpenOptions, 'waitMs' | 'onConnectionError' | 'worker'> = {},
): Promise<Database> {
  // The key file is read (or, on first start, created with a reminder to back it up) before anything else.
  keyring();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    sharedBuffers: config.pgliteSharedBuffers,
    ...serverOptions,
  });
  try {
    await migrateToLatest(database.db);
    if (config.region) await ensureRegions(database.db, config.region);
    // A database graded under older rules is graded again once under the current ones (issue 19 pt 3).
    const revision = await applyRulesRevision(database.db, { asOf: todayInChina() });
    if (revision && (revision.changed > 0 || revision.contradictory.length > 0))
      process.stderr.write(`${formatRulesRevision(revision)}\n`);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

export async function withDatabase<T>(fn: (database: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openConfigured(config);
  try {
    return await fn(database, config);
  } finally {
    await database.close();
  }
}

/** The database as it is, neither migrated nor loaded with regions: for backup, restore and check. */
export async function withDatabaseAsIs<T>(
  fn: (database: Database, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    sharedBuffers: config.pgliteSharedBuffers,
  });
  try {
    return await fn(database, config);
  } finally {
    await database.close();
  }
}
