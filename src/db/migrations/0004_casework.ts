// Indexes for the worklist (bench/README.md "worklist" has the plans and figures that chose them).
// Both are partial on the rows a worklist ever reads (active target children):
// - ordered by next due date within a county, so that a page of the most overdue is read straight off the
//   index (an incremental sort breaks ties) instead of sorting a whole county;
// - by village with every column the counts and the roll-up look at, so that those are index-only scans.
//   It has the keys of child_next_due_idx (0002) and replaces it, so writes keep one index, not two.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index child_worklist_order_idx on child (county_code, next_due, village_code)
      include (target_until, level)
      where status = 'active' and target`.execute(db);
  await sql`
    create index child_worklist_scope_idx on child (village_code, next_due)
      include (target_until, level, next_visit_due, next_contact_due, last_visit_on)
      where status = 'active' and target`.execute(db);
  await sql`drop index child_next_due_idx`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index child_next_due_idx on child (village_code, next_due) where status = 'active' and target`.execute(
    db,
  );
  await sql`drop index child_worklist_scope_idx`.execute(db);
  await sql`drop index child_worklist_order_idx`.execute(db);
}
