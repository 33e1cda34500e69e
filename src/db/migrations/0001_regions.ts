// Regions: the statistical division tree (统计用区划代码), 12 digits at every level. Only the regions a
// deployment uses are loaded (src/regions/loader.ts); region_load records which subtrees are complete.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table region (
      code text collate "C" primary key check (code ~ '^[0-9]{12}$'),
      name text not null,
      level text not null check (level in ('province', 'city', 'county', 'township', 'village')),
      parent_code text collate "C" references region (code),
      check ((level = 'province') = (parent_code is null))
    )`.execute(db);
  await sql`create index region_parent_idx on region (parent_code)`.execute(db);
  await sql`
    create table region_load (
      scope text collate "C" primary key check (scope ~ '^[0-9]{0,9}$'),
      regions integer not null,
      source text not null,
      loaded_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table region_load`.execute(db);
  await sql`drop table region`.execute(db);
}
