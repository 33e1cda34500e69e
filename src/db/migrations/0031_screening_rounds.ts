// Screening rounds (排查轮次, DOMAIN.md §3; issue 19.5): where a profile sets full screenings (江宁 “一年两排”,
// 000 (一)1), the county opens each round with its dates, and every village is tracked until each of its
// children has been seen in the round, by a home visit within the dates or by a screening record.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table screening_round (
      id uuid primary key default gen_random_uuid(),
      region_code text collate "C" not null references region (code),
      policy text not null,
      name text not null,
      starts_on date not null,
      ends_on date not null,
      note text,
      created_by uuid references app_user (id),
      created_by_name text not null,
      created_at timestamptz not null default now(),
      check (ends_on >= starts_on),
      unique (region_code, starts_on)
    )`.execute(db);

  await sql`
    create table screening_record (
      id uuid primary key default gen_random_uuid(),
      round_id uuid not null references screening_round (id),
      child_id uuid not null references child (id),
      seen_on date not null,
      recorded_by uuid references app_user (id),
      worker_name text not null,
      note text,
      created_at timestamptz not null default now(),
      unique (round_id, child_id)
    )`.execute(db);
  await sql`create index screening_record_child_idx on screening_record (child_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table screening_record`.execute(db);
  await sql`drop table screening_round`.execute(db);
}
