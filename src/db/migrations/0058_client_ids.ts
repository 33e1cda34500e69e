// Records made on a phone without signal (issue 17.2) carry an id the phone made (a UUID) and may be sent
// more than once when the connection drops halfway: the same id twice must store one record. Null for
// records entered online or imported, so the unique index leaves them alone.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table contact add column client_id uuid`.execute(db);
  await sql`create unique index contact_client_id_key on contact (client_id)`.execute(db);
  await sql`alter table work_log add column client_id uuid`.execute(db);
  await sql`create unique index work_log_client_id_key on work_log (client_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists work_log_client_id_key`.execute(db);
  await sql`alter table work_log drop column if exists client_id`.execute(db);
  await sql`drop index if exists contact_client_id_key`.execute(db);
  await sql`alter table contact drop column if exists client_id`.execute(db);
}
