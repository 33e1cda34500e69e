// What Annex 1 needs to count a province in one pass (bench/README.md, "reports"): each child's first
// intervention date kept on the child row by triggers on intervention (so "intervened on or before D" is a
// column test, not a join per child), and statistics that tell the planner how few distinct gradings
// there are (so it aggregates in parallel workers before gathering).
import { sql, type Kysely } from 'kysely';

/** The prefixes a roll-up breaks a region into: cities, counties, townships (Annex 1 breakdown). */
const PART_LENGTHS = [4, 6, 9];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table child add column first_intervention_on date`.execute(db);
  await sql`
    update child c set first_intervention_on = f.first_on
    from (select child_id, min(occurred_on) as first_on from intervention group by child_id) f
    where f.child_id = c.id`.execute(db);

  // One statement's rows at a time (imports insert thousands at once); transition tables need one
  // trigger per event, all calling the same function.
  await sql`
    create function child_first_intervention() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        update child c set first_intervention_on = least(c.first_intervention_on, n.first_on)
        from (select child_id, min(occurred_on) as first_on from new_rows group by child_id) n
        where c.id = n.child_id
          and (c.first_intervention_on is null or n.first_on < c.first_intervention_on);
      elsif tg_op = 'UPDATE' then
        update child c set first_intervention_on =
          (select min(i.occurred_on) from intervention i where i.child_id = c.id)
        where c.id in (select child_id from old_rows union select child_id from new_rows);
      else
        update child c set first_intervention_on =
          (select min(i.occurred_on) from intervention i where i.child_id = c.id)
        where c.id in (select child_id from old_rows);
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger intervention_first_insert after insert on intervention
    referencing new table as new_rows for each statement execute function child_first_intervention()`.execute(
    db,
  );
  await sql`
    create trigger intervention_first_update after update on intervention
    referencing old table as old_rows new table as new_rows
    for each statement execute function child_first_intervention()`.execute(db);
  await sql`
    create trigger intervention_first_delete after delete on intervention
    referencing old table as old_rows for each statement execute function child_first_intervention()`.execute(
    db,
  );

  // A province holds a few hundred distinct gradings; without these the planner takes every child for a
  // group of its own and gathers them all before aggregating (10 s instead of 1 s for 1,000,000 children).
  await sql`create statistics child_grading_stats (ndistinct) on factor_level, manual_level, factors from child`.execute(
    db,
  );
  for (const length of PART_LENGTHS)
    await sql`create statistics ${sql.raw(`child_grading_part${length}_stats`)} (ndistinct)
      on (substr(village_code, 1, ${sql.lit(length)})), factor_level, manual_level, factors from child`.execute(
      db,
    );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const length of PART_LENGTHS)
    await sql`drop statistics ${sql.raw(`child_grading_part${length}_stats`)}`.execute(db);
  await sql`drop statistics child_grading_stats`.execute(db);
  for (const name of ['insert', 'update', 'delete'])
    await sql`drop trigger ${sql.raw(`intervention_first_${name}`)} on intervention`.execute(db);
  await sql`drop function child_first_intervention()`.execute(db);
  await sql`alter table child drop column first_intervention_on`.execute(db);
}
