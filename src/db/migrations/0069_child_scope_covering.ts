// The region scope of everything about children — `child_id in (select id from child where village_code like
// 'prefix%')`, for referrals, conferences, reports, findings — read from the index alone: with the id beside
// the village code, the scope of a county needs no visit to the child table's pages. In a 1,000,000-child
// province the referrals page of the largest county (21,608 children, 11,668 heap pages read for its scope)
// went from ~100–200 ms to 31 ms (bench/province.bench.ts). It replaces child_village_idx, which led with the
// same column.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index child_village_id_idx on child (village_code) include (id)`.execute(db);
  await sql`drop index child_village_idx`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index child_village_idx on child (village_code)`.execute(db);
  await sql`drop index child_village_id_idx`.execute(db);
}
