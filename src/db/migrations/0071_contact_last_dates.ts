// A child's last visit and last contact (child.last_visit_on, last_contact_on) kept equal to the latest of its
// contact records by triggers on contact, as first_intervention_on is kept by those on intervention (0007).
// The service that records a contact writes the same dates (casework/contacts.ts, with their audit record);
// the triggers make it true of every row whatever wrote the contact (an import, a repair, a tool written
// later), so that a report may read the dates from the child row: Annex 1 as of a date on or after a child's
// last record needs none of the child's records (reports/annex1.ts), which for a province is the difference
// between reading 12,000,000 contacts and reading none (bench/province.bench.ts, issue 20.4).
//
// Existing rows are set from their records here. A date that moves clears reassess_on (0065), so those
// children are graded at the next nightly run with their due dates from the records.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update child c set last_visit_on = r.last_visit, last_contact_on = r.last_contact
    from (
      select ch.id, v.last_visit, v.last_contact
      from child ch
      left join (
        select child_id, max(occurred_on) filter (where kind = 'visit') as last_visit,
          max(occurred_on) as last_contact
        from contact group by child_id
      ) v on v.child_id = ch.id
    ) r
    where r.id = c.id
      and (c.last_visit_on is distinct from r.last_visit or c.last_contact_on is distinct from r.last_contact)`.execute(
    db,
  );

  // One statement's rows at a time (an import or a bench writes many at once); transition tables need one
  // trigger per event, all calling the same function. An insert can only move the dates forward; an update
  // or a delete reads the child's records again.
  await sql`
    create function child_last_contact() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        update child c
        set last_visit_on = greatest(c.last_visit_on, n.last_visit),
          last_contact_on = greatest(c.last_contact_on, n.last_contact)
        from (
          select child_id, max(occurred_on) filter (where kind = 'visit') as last_visit,
            max(occurred_on) as last_contact
          from new_rows group by child_id
        ) n
        where c.id = n.child_id
          and (c.last_contact_on is null or n.last_contact > c.last_contact_on
            or (n.last_visit is not null and (c.last_visit_on is null or n.last_visit > c.last_visit_on)));
      else
        update child c
        set last_visit_on = (select max(occurred_on) from contact t where t.child_id = c.id and t.kind = 'visit'),
          last_contact_on = (select max(occurred_on) from contact t where t.child_id = c.id)
        where c.id in (select child_id from old_rows);
        if tg_op = 'UPDATE' then
          update child c
          set last_visit_on = (select max(occurred_on) from contact t where t.child_id = c.id and t.kind = 'visit'),
            last_contact_on = (select max(occurred_on) from contact t where t.child_id = c.id)
          where c.id in (select child_id from new_rows except select child_id from old_rows);
        end if;
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger contact_last_insert after insert on contact
    referencing new table as new_rows for each statement execute function child_last_contact()`.execute(db);
  await sql`
    create trigger contact_last_update after update on contact
    referencing old table as old_rows new table as new_rows
    for each statement execute function child_last_contact()`.execute(db);
  await sql`
    create trigger contact_last_delete after delete on contact
    referencing old table as old_rows for each statement execute function child_last_contact()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger contact_last_delete on contact`.execute(db);
  await sql`drop trigger contact_last_update on contact`.execute(db);
  await sql`drop trigger contact_last_insert on contact`.execute(db);
  await sql`drop function child_last_contact()`.execute(db);
}
