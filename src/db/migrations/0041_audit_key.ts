// The server's key for keyed hashes in the audit trail (a searched ID number is recorded only as
// HMAC-SHA256 under this key, src/modules/audit/search-key.ts): generated once per database, so that every
// server process of a deployment computes the same hash and an auditor can find the searches for a number.
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table server_key (name text primary key, key bytea not null)`.execute(db);
  await sql`insert into server_key (name, key) values ('audit_search', ${randomBytes(32)})`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table server_key`.execute(db);
}
