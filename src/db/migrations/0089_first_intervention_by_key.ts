// The intervention trigger (0007, 0075) again: its insert branch updates the children a statement's new
// interventions name by joining the transition table to child, planned at each statement (0075). Planned
// inside the transaction that is filling child — an import, whose table statistics still say what child held
// before it began — the join became a hash join over a scan of every child: a 300,000-child import spent
// 37.9 s of its 112 s in this trigger (600 statements, pg_stat_user_functions), growing with every chunk, and a
// 1,000,000-child import far more. The function now runs with hash and merge joins and sequential scans of
// tables off, so that each child named is found by its key, whatever the statistics say; and the join names
// the county too (the child's key since 0088, and the distribution column for Citus, docs/scale.md).
import { sql, type Kysely } from 'kysely';

const BRANCHES = `
    begin
      if tg_op = 'INSERT' then
        execute 'update child c set first_intervention_on = least(c.first_intervention_on, n.first_on)
  from (select child_id, county_code, min(occurred_on) as first_on from new_rows group by child_id, county_code) n
  where c.id = n.child_id and c.county_code = n.county_code
    and (c.first_intervention_on is null or n.first_on < c.first_intervention_on)';
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
    end`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `create or replace function child_first_intervention() returns trigger language plpgsql
      set enable_hashjoin = off set enable_mergejoin = off set enable_seqscan = off
      as $$${BRANCHES}$$`,
    )
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // 0075's function: the same branches but for the county in the join, and no settings of its own.
  await sql
    .raw(
      `create or replace function child_first_intervention() returns trigger language plpgsql as $$${BRANCHES.replace(
        ', county_code, min(occurred_on) as first_on from new_rows group by child_id, county_code) n\n  where c.id = n.child_id and c.county_code = n.county_code',
        ', min(occurred_on) as first_on from new_rows group by child_id) n\n  where c.id = n.child_id',
      )}$$`,
    )
    .execute(db);
  await sql`alter function child_first_intervention() reset all`.execute(db);
}
