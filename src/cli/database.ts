// Every command that needs the database opens it here: the embedded one or DATABASE_URL's, migrated to the
// latest schema, with the deployment's regions loaded.
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensureRegions } from '../regions/loader.ts';

export async function openConfigured(config: Config = loadConfig()): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.db);
    if (config.region) await ensureRegions(database.db, config.region);
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
