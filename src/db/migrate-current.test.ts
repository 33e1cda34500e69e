// Opening a database that is up to date skips the migrator's round (migrate.ts): what it must still do — run a
// migration the database lacks, and refuse a database that records one this build does not know.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/db.ts';
import { migrateToLatest } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

const LAST = Object.keys(MIGRATIONS).at(-1)!;

describe('migrating a database', () => {
  it('does nothing to one that is up to date', async () => {
    expect(await migrateToLatest(t.db)).toEqual([]);
  });

  it('runs the migration it lacks', async () => {
    // The last migration undone and its record removed, as on a database of the build before it.
    await MIGRATIONS[LAST]!.down!(t.db);
    await sql`delete from kysely_migration where name = ${LAST}`.execute(t.db);
    const results = await migrateToLatest(t.db);
    expect(results.map((r) => [r.migrationName, r.status])).toEqual([[LAST, 'Success']]);
    expect(await migrateToLatest(t.db)).toEqual([]);
  });

  it('refuses one that records a migration this build does not know (a newer build’s)', async () => {
    await sql`insert into kysely_migration (name, timestamp) values ('9999_from_a_newer_build', now()::text)`.execute(
      t.db,
    );
    await expect(migrateToLatest(t.db)).rejects.toThrow(/9999_from_a_newer_build/);
    await sql`delete from kysely_migration where name = '9999_from_a_newer_build'`.execute(t.db);
    expect(await migrateToLatest(t.db)).toEqual([]);
  });
});
