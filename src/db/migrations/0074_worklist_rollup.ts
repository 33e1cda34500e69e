// The worklist summary's counts kept per village, in the same transaction as each change to a child (issue 20.4:
// "the county summary from roll-ups kept current in the same transaction as each change, not a scan of every
// child").
//
// worklist_rollup holds, per village, what the summary counts of the target children on one day — the day in
// worklist_rollup_day: how many, how many red / yellow / blue / green, overdue (a due date before the day), due in
// the week from it, never visited, still to handle at once (立即处置). Statement-level triggers on child add each
// statement's new rows and subtract its old ones, grouped by village, and write only the villages whose counts
// moved (an update of a note or a phone number writes nothing); rows are written in key order, so that two
// transactions lock the counts they share in the same order.
//
// Time moves the counts with no change to a child (a due date passes, a child turns 18), so the roll-up is
// counted again for a new day by worklist_rollup_refresh(day): the nightly run calls it after re-assessing
// (worklist/reassess-all.ts). It holds writers to child back while it counts (a SHARE lock: a few seconds a
// night for a province), so that no change is counted twice or missed. Until it has run for the day asked
// about, the summary counts the children themselves, as before (worklist/summary.ts).
//
// Why not counts per due day, good for any date: tried first, a county of 100,000 children (45,238 targets in
// 580 villages) had 79,838 (village, kind, day) rows — more than its target children, and the summary
// took twice as long (bench worklist: PostgreSQL p50 35.8 → 69.3 ms).
import { sql, type Kysely } from 'kysely';

const EVENTS = ['insert', 'update', 'delete'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table worklist_rollup_day (
      one boolean primary key default true check (one),
      day date not null
    )`.execute(db);
  await sql`
    create table worklist_rollup (
      county_code text collate "C" not null,
      village_code text collate "C" not null,
      target_children integer not null,
      red integer not null,
      yellow integer not null,
      blue integer not null,
      green integer not null,
      overdue integer not null,
      overdue_visits integer not null,
      overdue_contacts integer not null,
      due_within_7_days integer not null,
      never_visited integer not null,
      awaiting_handling integer not null,
      primary key (county_code, village_code)
    )`.execute(db);

  // The statement that adds `source`'s rows (with a column `sign`, +1 or -1) to the roll-up as counted on the
  // day $1: one text for the triggers and the refresh, run by each with EXECUTE (a trigger's transition tables
  // can be named only in SQL the trigger itself runs).
  await sql`
    create function worklist_rollup_sql(source text) returns text language sql immutable as $f$
      select format($q$
        insert into worklist_rollup as r (county_code, village_code, target_children, red, yellow, blue, green,
          overdue, overdue_visits, overdue_contacts, due_within_7_days, never_visited, awaiting_handling)
        select * from (
          select county_code, village_code, sum(sign)::int as target_children,
            coalesce(sum(sign) filter (where level = 'red'), 0)::int as red,
            coalesce(sum(sign) filter (where level = 'yellow'), 0)::int as yellow,
            coalesce(sum(sign) filter (where level = 'blue'), 0)::int as blue,
            coalesce(sum(sign) filter (where level = 'green'), 0)::int as green,
            coalesce(sum(sign) filter (where next_due < $1), 0)::int as overdue,
            coalesce(sum(sign) filter (where next_visit_due < $1), 0)::int as overdue_visits,
            coalesce(sum(sign) filter (where next_contact_due < $1), 0)::int as overdue_contacts,
            coalesce(sum(sign) filter (where next_due >= $1 and next_due <= $1 + 7), 0)::int as due_within_7_days,
            coalesce(sum(sign) filter (where last_visit_on is null), 0)::int as never_visited,
            coalesce(sum(sign) filter (where handle_first = 0), 0)::int as awaiting_handling
          from (%s) s
          where status = 'active' and target and (target_until is null or target_until > $1)
          group by county_code, village_code
        ) d
        where target_children <> 0 or red <> 0 or yellow <> 0 or blue <> 0 or green <> 0 or overdue <> 0
          or overdue_visits <> 0 or overdue_contacts <> 0 or due_within_7_days <> 0 or never_visited <> 0
          or awaiting_handling <> 0
        order by county_code, village_code
        on conflict (county_code, village_code) do update set
          target_children = r.target_children + excluded.target_children,
          red = r.red + excluded.red, yellow = r.yellow + excluded.yellow,
          blue = r.blue + excluded.blue, green = r.green + excluded.green,
          overdue = r.overdue + excluded.overdue, overdue_visits = r.overdue_visits + excluded.overdue_visits,
          overdue_contacts = r.overdue_contacts + excluded.overdue_contacts,
          due_within_7_days = r.due_within_7_days + excluded.due_within_7_days,
          never_visited = r.never_visited + excluded.never_visited,
          awaiting_handling = r.awaiting_handling + excluded.awaiting_handling$q$, source)
    $f$`.execute(db);

  await sql`
    create function worklist_rollup_apply() returns trigger language plpgsql as $$
    declare
      counted_on date := (select day from worklist_rollup_day);
    begin
      -- Not counted yet: nothing to keep current.
      if counted_on is null then return null; end if;
      execute worklist_rollup_sql(case tg_op
        when 'INSERT' then 'select *, 1 as sign from new_rows'
        when 'DELETE' then 'select *, -1 as sign from old_rows'
        else 'select *, 1 as sign from new_rows union all select *, -1 from old_rows' end) using counted_on;
      return null;
    end $$`.execute(db);
  for (const event of EVENTS)
    await sql`
      create trigger ${sql.raw(`child_rollup_${event}`)} after ${sql.raw(event)} on child
      referencing ${sql.raw(event === 'delete' ? 'old table as old_rows' : event === 'insert' ? 'new table as new_rows' : 'old table as old_rows new table as new_rows')}
      for each statement execute function worklist_rollup_apply()`.execute(db);

  await sql`
    create function worklist_rollup_refresh(counted_on date) returns void language plpgsql as $$
    begin
      lock table child in share mode;
      delete from worklist_rollup;
      insert into worklist_rollup_day (day) values (counted_on)
        on conflict (one) do update set day = excluded.day;
      execute worklist_rollup_sql('select *, 1 as sign from child') using counted_on;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const event of EVENTS)
    await sql`drop trigger ${sql.raw(`child_rollup_${event}`)} on child`.execute(db);
  await sql`drop function worklist_rollup_refresh(date)`.execute(db);
  await sql`drop function worklist_rollup_apply()`.execute(db);
  await sql`drop function worklist_rollup_sql(text)`.execute(db);
  await sql`drop table worklist_rollup`.execute(db);
  await sql`drop table worklist_rollup_day`.execute(db);
}
