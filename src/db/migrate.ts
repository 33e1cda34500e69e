// Migrations are the ordered files in ./migrations (NNNN_name.ts), run by Kysely's Migrator on either
// back end. They are listed in ./migrations/index.ts and imported statically, so that the bundled CLI
// (bin/cli-bundle.js) carries them with one copy of every module they use (the active keyring, for one);
// migrate.test.ts checks that the list and the folder agree.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Migrator,
  sql,
  type Kysely,
  type Migration,
  type MigrationProvider,
  type MigrationResult,
} from 'kysely';
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
  if (await upToDate(db)) return [];
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

/**
 * Whether every migration of the list is recorded as run: then there is nothing to do, and the migrator's own
 * round (creating its tables if missing, taking its lock, reading the list: ~250 ms on PGlite) is skipped —
 * every `tonghu` command opens the database through here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator works on any schema
async function upToDate(db: Kysely<any>): Promise<boolean> {
  const applied = await appliedMigrations(db);
  const run = new Set(applied);
  // A migration run that the list lacks (a newer build's database) is left to the migrator, which refuses it.
  return (
    Object.keys(MIGRATIONS).every((name) => run.has(name)) && applied.every((name) => name in MIGRATIONS)
  );
}

/** The names of the migrations the database records as run, in order; none before the first migration. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator works on any schema
export async function appliedMigrations(db: Kysely<any>): Promise<string[]> {
  const exists = await sql<{ present: boolean }>`
    select to_regclass('public.kysely_migration') is not null as present`.execute(db);
  if (!exists.rows[0]?.present) return [];
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((r) => r.name);
}
