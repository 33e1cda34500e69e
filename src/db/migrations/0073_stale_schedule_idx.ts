// The children a report as of a date grades again for their schedule (reports/timeliness-sql.ts
// staleSchedules): target children on the date whose stored schedule is empty (they have left the target groups
// since). A handful in a province, but the planner could find them only by reading every child (~300 ms for
// 1,000,000, estimated at 121,601 rows for 56); this index holds just the children with an empty schedule and a
// last target day, so that `target_until > D` reads those still targets on D (bench/README.md, "province").
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index child_stale_schedule_idx on child (target_until)
    where visit_every is null and contact_every is null and target_until is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index child_stale_schedule_idx`.execute(db);
}
