// The database layer on whichever back end the run uses (PGlite, or TEST_DATABASE_URL's server).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/db.ts';
import { migrateToLatest } from './migrate.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

describe('database layer', () => {
  it('starts migrated, and migrating again changes nothing', async () => {
    const results = await migrateToLatest(database.db);
    expect(results).toEqual([]);
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public' order by table_name`.execute(
      database.db,
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual(expect.arrayContaining(['region', 'region_load']));
  });

  it('reads dates as YYYY-MM-DD strings and counts as numbers on every back end', async () => {
    const { rows } = await sql<{ d: string; n: number; c: number }>`
      select date '2026-11-23' as d, 42::int8 as n, (select count(*) from region) as c`.execute(database.db);
    expect(rows[0]).toEqual({ d: '2026-11-23', n: 42, c: expect.any(Number) });
    expect(rows[0]!.c).toBeGreaterThan(0);
  });

  it('rolls a failed transaction back whole', async () => {
    await sql`create table t_rollback (x int primary key)`.execute(database.db);
    await expect(
      database.db.transaction().execute(async (trx) => {
        await sql`insert into t_rollback values (1)`.execute(trx);
        await sql`insert into t_rollback values (1)`.execute(trx);
      }),
    ).rejects.toThrow();
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from t_rollback`.execute(database.db);
    expect(rows[0]!.n).toBe(0);
  });

  it('keeps concurrent transactions apart', async () => {
    await sql`create table t_concurrent (x int)`.execute(database.db);
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        database.db.transaction().execute(async (trx) => {
          await sql`insert into t_concurrent values (${i})`.execute(trx);
          await new Promise((r) => setTimeout(r, 5));
          await sql`insert into t_concurrent values (${i + 100})`.execute(trx);
        }),
      ),
    );
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from t_concurrent`.execute(
      database.db,
    );
    expect(rows[0]!.n).toBe(10);
  });

  it('reports the rows an update changed', async () => {
    const result = await database.db
      .updateTable('region')
      .set({ name: sql`name` })
      .where('code', '=', '445281000000')
      .executeTakeFirst();
    expect(result.numUpdatedRows).toBe(1n);
  });
});
