// A second factor for signing in (issue 15.3): one TOTP secret per person, sealed like an ID number
// (sealed-columns.ts), and ten one-time recovery codes kept only as hashes. A secret without enabled_at is an
// enrolment begun and not yet confirmed with a code: it signs nobody in. last_step is the time step of the last
// code accepted, so that a code seen over someone's shoulder cannot be used again within its window.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table user_second_factor (
      user_id uuid primary key references app_user (id) on delete cascade,
      totp_secret text not null,
      created_at timestamptz not null,
      enabled_at timestamptz,
      last_step bigint
    )`.execute(db);
  await sql`
    create table user_recovery_code (
      id bigint generated always as identity primary key,
      user_id uuid not null references app_user (id) on delete cascade,
      code_hash text not null,
      used_at timestamptz
    )`.execute(db);
  await sql`create index user_recovery_code_user on user_recovery_code (user_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists user_recovery_code`.execute(db);
  await sql`drop table if exists user_second_factor`.execute(db);
}
