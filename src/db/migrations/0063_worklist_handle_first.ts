// The worklist leads with red cases still to handle at once (立即处置, issue 17.3), then by due date. Sorting
// by that expression kept the worklist indexes (0052) from giving the order, so a county's worklist sorted
// every target child for each page: ~220 ms at 100,000 children on the embedded database, most of a busy
// server's time. The expression is now a stored generated column leading both worklist indexes, so a page
// is read in order from an index again; the indexes also carry what the worklist's counts and the summary
// test (target, watch, the due dates), so those can be answered from the index alone.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table child add column handle_first smallint generated always as (
      case when immediate and immediate_since is not null
        and (red_handled_on is null or red_handled_on < immediate_since) then 0 else 1 end
    ) stored`.execute(db);
  await sql`drop index child_worklist_order_idx`.execute(db);
  await sql`drop index child_worklist_scope_idx`.execute(db);
  await sql`
    create index child_worklist_order_idx on child (county_code, handle_first, next_due, village_code)
      include (target_until, level, target, watch, next_visit_due, next_contact_due, last_visit_on)
      where status = 'active' and (target or watch)`.execute(db);
  await sql`
    create index child_worklist_scope_idx on child (village_code, handle_first, next_due)
      include (target_until, level, target, watch, next_visit_due, next_contact_due, last_visit_on)
      where status = 'active' and (target or watch)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index child_worklist_scope_idx`.execute(db);
  await sql`drop index child_worklist_order_idx`.execute(db);
  await sql`
    create index child_worklist_order_idx on child (county_code, next_due, village_code)
      include (target_until, level)
      where status = 'active' and (target or watch)`.execute(db);
  await sql`
    create index child_worklist_scope_idx on child (village_code, next_due)
      include (target_until, level, next_visit_due, next_contact_due, last_visit_on)
      where status = 'active' and (target or watch)`.execute(db);
  await sql`alter table child drop column handle_first`.execute(db);
}
