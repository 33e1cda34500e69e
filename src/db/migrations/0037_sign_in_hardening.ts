// Signing in, hardened (issue 15.1–15.3). A failed sign-in no longer locks the account (anyone who knew a
// username could lock its owner out); failures are kept as rows in sliding windows instead, in the database so
// that several server processes on one PostgreSQL share them. A browser that has signed in to an account gets
// a device token, and is not slowed by failures other addresses cause to that account. An issued or reset
// password must be changed at the first sign-in.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table app_user add column must_change_password boolean not null default false`.execute(db);
  // The automatic lockout is gone: its leftovers would otherwise refuse people for up to 15 minutes more.
  // An administrator's lock (the far-future date) stays.
  await sql`
    update app_user set failed_logins = 0,
      locked_until = case when locked_until >= '9999-01-01' then locked_until else null end`.execute(db);

  await sql`
    create table login_failure (
      id bigint generated always as identity primary key,
      -- 'account' (a hash of the username typed), 'address' (the client address), 'pair' (both), 'device'
      scope text not null,
      key text not null,
      at timestamptz not null
    )`.execute(db);
  await sql`create index login_failure_key_idx on login_failure (scope, key, at)`.execute(db);
  await sql`create index login_failure_at_idx on login_failure (at)`.execute(db);

  await sql`
    create table trusted_device (
      token_hash text primary key,
      user_id uuid not null references app_user (id) on delete cascade,
      created_at timestamptz not null,
      last_used_at timestamptz not null
    )`.execute(db);
  await sql`create index trusted_device_user_idx on trusted_device (user_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table trusted_device`.execute(db);
  await sql`drop table login_failure`.execute(db);
  await sql`alter table app_user drop column must_change_password`.execute(db);
}
