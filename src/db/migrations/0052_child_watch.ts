// Rural single-parent children who are neither left-behind nor in difficulty (DOMAIN.md §1, 普宁 003 §五
// 末段): kept in the ledger and on the director's worklist at the green schedule, never counted as target
// children. `watch` marks them on the register; the worklist indexes (0004) cover them as well, so that the
// director's list reads one index for both.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table child add column watch boolean not null default false`.execute(db);
  await sql`drop index child_worklist_order_idx`.execute(db);
  await sql`drop index child_worklist_scope_idx`.execute(db);
  await sql`
    create index child_worklist_order_idx on child (county_code, next_due, village_code)
      include (target_until, level)
      where status = 'active' and (target or watch)`.execute(db);
  await sql`
    create index child_worklist_scope_idx on child (village_code, next_due)
      include (target_until, level, next_visit_due, next_contact_due, last_visit_on)
      where status = 'active' and (target or watch)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index child_worklist_scope_idx`.execute(db);
  await sql`drop index child_worklist_order_idx`.execute(db);
  await sql`
    create index child_worklist_order_idx on child (county_code, next_due, village_code)
      include (target_until, level)
      where status = 'active' and target`.execute(db);
  await sql`
    create index child_worklist_scope_idx on child (village_code, next_due)
      include (target_until, level, next_visit_due, next_contact_due, last_visit_on)
      where status = 'active' and target`.execute(db);
  await sql`alter table child drop column watch`.execute(db);
}
