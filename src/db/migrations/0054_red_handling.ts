// A red case is handled (issue 17.3) once its mandatory report is recorded as made to the police and an
// intervention is on file, both on or after the day it turned red: from that day it is followed up every 7 days
// (the profile's redFollowUp) instead of staying at the top of the worklist as 立即处置.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table child add column red_handled_on date`.execute(db);
  // Red cases already handled (both, greatest() would skip a null) keep their place: the later of the police report and the first intervention.
  await sql`
    update child c set red_handled_on = greatest(h.reported_on, h.intervened_on)
    from (
      select ch.id,
          (select min((r.reported_at at time zone 'Asia/Shanghai')::date) from mandatory_report r
            where r.child_id = ch.id and r.reported_at is not null
              and (r.status = 'reported' or (r.reported_at at time zone 'Asia/Shanghai')::date >= ch.immediate_since)) as reported_on,
          (select min(i.occurred_on) from intervention i
            where i.child_id = ch.id and i.occurred_on >= ch.immediate_since) as intervened_on
      from child ch
      where ch.level = 'red' and ch.immediate_since is not null
    ) h
    where c.id = h.id and h.reported_on is not null and h.intervened_on is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table child drop column red_handled_on`.execute(db);
}
