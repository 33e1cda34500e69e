// A child's visits and contacts as of a date — the last visit and the last contact that Annex 1 and timeliness
// read child by child for a county — from the index alone: the kind beside the date. Without it each of the
// ~12 records of a child was a visit to the contact table's pages; in a 12,000,000-contact province, Annex 1
// for a 9,400-child county went from ~366 ms to ~275 ms (bench/province.bench.ts). It replaces contact_child_idx,
// which had the same keys.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index contact_child_kind_idx on contact (child_id, occurred_on) include (kind)`.execute(
    db,
  );
  await sql`drop index contact_child_idx`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index contact_child_idx on contact (child_id, occurred_on)`.execute(db);
  await sql`drop index contact_child_kind_idx`.execute(db);
}
