// Tokens for systems (issue 22 pt 4): a department's own system calls the API as an API client the county
// created for it. The secret is shown once and kept only as its sha256 (a high-entropy random secret needs no
// slow hash); the first characters are kept in clear so that a leaked token can be recognised in the list.
// Revoking stamps revoked_at: the row stays, because the trail names the client.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table api_client (
      id uuid primary key default gen_random_uuid(),
      name text not null check (length(name) between 1 and 60),
      department_id uuid not null references department (id),
      county_code text not null check (county_code ~ '^[0-9]{6}$'),
      scopes text[] not null check (
        cardinality(scopes) > 0
        and scopes <@ array['roster.upload', 'referrals.read', 'referrals.answer']::text[]
      ),
      expires_on date not null,
      secret_prefix text not null,
      secret_hash text not null unique check (secret_hash ~ '^[0-9a-f]{64}$'),
      created_by uuid references app_user (id),
      created_by_name text not null,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz,
      revoked_by uuid references app_user (id),
      revoked_by_name text
    )`.execute(db);
  await sql`create index api_client_county_idx on api_client (county_code, created_at)`.execute(db);
}
