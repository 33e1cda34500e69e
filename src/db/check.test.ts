// `tonghu check`'s verification (issue 14.6) on the test's back end: a sound database is clean, with every
// index and constraint counted; rows that break a foreign key or a CHECK constraint (added NOT VALID, as an
// operator might after a bad import) are found and described by constraint and count, never by value.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/db.ts';
import { checkDatabase, describeCheck } from './check.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
}, 180_000);

afterAll(async () => {
  await database?.destroy();
});

describe('checkDatabase', () => {
  it('finds a sound database clean, having looked at every index and constraint', async () => {
    const result = await checkDatabase(database.db);
    expect(result.problems).toEqual([]);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_index i
      join pg_class c on c.oid = i.indexrelid where c.relnamespace = 'public'::regnamespace`.execute(
      database.db,
    );
    expect(result.indexes).toBe(rows[0]!.n);
    expect(result.tables).toBeGreaterThan(40);
    expect(result.constraints).toBeGreaterThan(100);
    expect(describeCheck(result)).toEqual([expect.stringMatching(/全部正常$/)]);
  });

  it('reports rows that break a foreign key and a CHECK constraint, by constraint and count', async () => {
    await sql`alter table region drop constraint region_parent_code_fkey`.execute(database.db);
    await sql`insert into region (code, name, level, parent_code)
      values ('999999999001', '孤立村甲', 'village', '999999999000'),
             ('999999999002', '孤立村乙', 'village', '999999999000')`.execute(database.db);
    await sql`alter table region add constraint region_parent_code_fkey
      foreign key (parent_code) references region (code) not valid`.execute(database.db);
    await sql`alter table region add constraint region_name_short check (length(name) < 4) not valid`.execute(
      database.db,
    );

    const result = await checkDatabase(database.db);
    expect(result.problems).toEqual([
      {
        kind: 'foreign_key',
        object: 'region_parent_code_fkey（region → region）',
        message: '2 行引用了不存在的记录',
      },
      {
        kind: 'check',
        object: 'region_name_short（region）',
        message: expect.stringMatching(/^\d+ 行不满足/),
      },
    ]);
    const lines = describeCheck(result);
    expect(lines.at(-1)).toMatch(/发现 2 处问题$/);
    expect(lines.join('\n')).not.toContain('孤立村');
  });
});
