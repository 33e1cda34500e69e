// Migrations are the ordered files in ./migrations (NNNN_name.ts), run by Kysely's Migrator on either
// back end. They are listed in ./migrations/index.ts and imported statically, so that the bundled CLI
// (bin/cli-bundle.js) carries them with one copy of every module they use (the active keyring, for one);
// migrate.test.ts checks that the list and the folder agree.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResult } from 'kysely';
import { MIGRATIONS } from './migrations/index.ts';

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The name of every migration file the folder holds (NNNN_name.ts), in order. */
export const MIGRATION_FILE = /^\d{4}_[a-z0-9_]+\.ts$/;

class MigrationList implements MigrationProvider {
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(MIGRATIONS);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator works on any schema
export function migrator(db: Kysely<any>): Migrator {
  // Unordered: a database migrated by an earlier build may lack a migration numbered below its last one
  // (0052 came after 0054–0058 had shipped); it is run rather than the database refused as corrupted.
  return new Migrator({ db, provider: new MigrationList(), allowUnorderedMigrations: true });
}

/** Brings the schema up to date; throws with the failing migration's name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator works on any schema
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResult[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(
      `migration ${failed?.migrationName ?? '?'} failed: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  return results ?? [];
}
