// What Annex 1 asks of a child's assistance and returns to school, kept on the child row as first_intervention_on
// (0007) and the last visit and contact (0071) are: the days its assistance is in force (a date multirange, the
// union of its spans, ends included) and the day of its first return to school. "Assistance in force on D" is
// then `assistance_days @> D` and "back at school by D" `first_return_on <= D`: tests of the row instead of two
// joins of the province's tables (~0.9 s of the province's Annex 1 at 1,000,000 children: bench/README.md,
// "province"). Triggers on child_assistance and school_return keep them, whatever writes the records.
import { sql, type Kysely } from 'kysely';

/** The statement-level function that sets `column` of each child a statement touched to `value` (per child c). */
function keeper(name: string, column: string, value: string) {
  const set = (ids: string) => `update child c set ${column} = ${value} where c.id in (${ids});`;
  return sql.raw(`
    create function ${name}() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        ${set('select child_id from new_rows')}
      elsif tg_op = 'UPDATE' then
        ${set('select child_id from old_rows union select child_id from new_rows')}
      else
        ${set('select child_id from old_rows')}
      end if;
      return null;
    end $$`);
}

/** Insert, update and delete triggers on `table` calling `fn` (transition tables need one trigger per event). */
async function triggers(db: Kysely<unknown>, table: string, fn: string): Promise<void> {
  await sql
    .raw(
      `create trigger ${table}_child_insert after insert on ${table}
    referencing new table as new_rows for each statement execute function ${fn}()`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${table}_child_update after update on ${table}
    referencing old table as old_rows new table as new_rows for each statement execute function ${fn}()`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${table}_child_delete after delete on ${table}
    referencing old table as old_rows for each statement execute function ${fn}()`,
    )
    .execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table child add column assistance_days datemultirange not null default '{}'`.execute(db);
  await sql`alter table child add column first_return_on date`.execute(db);
  await sql`
    update child c set assistance_days = a.days
    from (
      select child_id, range_agg(daterange(starts_on, ends_on, '[]')) as days
      from child_assistance group by child_id
    ) a
    where a.child_id = c.id`.execute(db);
  await sql`
    update child c set first_return_on = r.first_on
    from (select child_id, min(returned_on) as first_on from school_return group by child_id) r
    where r.child_id = c.id`.execute(db);

  await keeper(
    'child_assistance_days',
    'assistance_days',
    `coalesce((select range_agg(daterange(a.starts_on, a.ends_on, '[]')) from child_assistance a
      where a.child_id = c.id), '{}')`,
  ).execute(db);
  await triggers(db, 'child_assistance', 'child_assistance_days');
  await keeper(
    'child_first_return',
    'first_return_on',
    '(select min(r.returned_on) from school_return r where r.child_id = c.id)',
  ).execute(db);
  await triggers(db, 'school_return', 'child_first_return');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['child_assistance', 'school_return'])
    for (const event of ['insert', 'update', 'delete'])
      await sql.raw(`drop trigger ${table}_child_${event} on ${table}`).execute(db);
  await sql`drop function child_first_return()`.execute(db);
  await sql`drop function child_assistance_days()`.execute(db);
  await sql`alter table child drop column first_return_on`.execute(db);
  await sql`alter table child drop column assistance_days`.execute(db);
}
