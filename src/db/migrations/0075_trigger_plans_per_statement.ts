// The intervention trigger (0007) updates the children a statement's new interventions name, joining its
// transition table to child. PL/pgSQL plans that statement once per session and keeps the plan: planned
// while child was small (an import filling an empty county), it scans every child at each later statement
// too — an import of 50,000 children spent 1.2 s in it (100 statements, pg_stat_user_functions) with nothing
// to update. EXECUTE plans the statement each time, with the table as it is then (the transition tables
// are visible to it, SPI_register_trigger_data), so the child is found by its key. Only the insert branch
// changes; the update and delete branches are 0007's.
import { sql, type Kysely } from 'kysely';

const INSERTED = `update child c set first_intervention_on = least(c.first_intervention_on, n.first_on)
  from (select child_id, min(occurred_on) as first_on from new_rows group by child_id) n
  where c.id = n.child_id
    and (c.first_intervention_on is null or n.first_on < c.first_intervention_on)`;

/** child_first_intervention() with `insert` as what an insert of interventions runs. */
function definition(insert: string) {
  return sql.raw(`
    create or replace function child_first_intervention() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        ${insert};
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
    end $$`);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await definition(`execute '${INSERTED}'`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await definition(INSERTED).execute(db);
}
