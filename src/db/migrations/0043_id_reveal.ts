// Issue 16.1: a full ID number is revealed one child at a time, with a reason, and only so many times an hour
// per user. Each reveal is kept here (the hourly limit counts these rows, stamped with the application's clock)
// beside its audit record, which carries the reason too.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table id_reveal (
      id bigint generated always as identity primary key,
      user_id uuid not null references app_user (id),
      child_id uuid not null references child (id),
      field text not null,
      reason text not null,
      revealed_at timestamptz not null
    )`.execute(db);
  await sql`create index id_reveal_user_time_idx on id_reveal (user_id, revealed_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table id_reveal`.execute(db);
}
