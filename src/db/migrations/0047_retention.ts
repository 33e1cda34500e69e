// Retention (issue 16.5): a file closed longer than the deployment's retention period is de-identified —
// names to 姓+某, ID and phone numbers and free text removed, the facts statistics count kept. The time it
// was done marks the file, so the nightly job passes over it afterwards and the file says why it is bare.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table child add column deidentified_at timestamptz`.execute(db);
  await sql`create index child_retention_idx on child (exited_on) where status = 'exited' and deidentified_at is null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table child drop column deidentified_at`.execute(db);
}
