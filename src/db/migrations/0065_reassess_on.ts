// The nightly re-assessment grades only the children whose assessment can change that day (issue 20.4).
// child.reassess_on is the first day the stored assessment can change with no change to the file (an age limit
// crossed, domain/reassess-on.ts), written with the assessment by every path that writes one. Existing rows
// start null, which means "grade me at the next run" (that first run also sweeps everyone: no run is on
// record yet). reassess_run records each run with a digest of the profiles it graded with, so that a changed
// profile or rules revision brings back a sweep of every child.
//
// A file changed by something that does not re-assess (a repair in SQL, a tool written later) must not wait
// for a birthday: the triggers below clear reassess_on when a fact the assessment reads changes on the child
// row, or when a parent is changed or removed, so the next run grades it. Paths that do re-assess write
// reassess_on again afterwards in the same transaction.
import { sql, type Kysely } from 'kysely';

const CHILD_FACTS = [
  'birth_date',
  'hukou_type',
  'guardianship',
  'conditions',
  'manual_level',
  'manual_reason',
  'status',
  'village_code',
  'registered_on',
  'last_visit_on',
  'last_contact_on',
];
const PARENT_FACTS = [
  'child_id',
  'relation',
  'statuses',
  'migrant_months',
  'cross_county',
  'core_urban_both',
];

const changed = (columns: string[]) =>
  sql.raw(columns.map((c) => `old.${c} is distinct from new.${c}`).join(' or '));

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table child add column reassess_on date`.execute(db);
  await sql`create index child_reassess_on_idx on child (reassess_on) where status = 'active'`.execute(db);
  await sql`
    create table reassess_run (
      id bigint generated always as identity primary key,
      as_of date not null,
      region text,
      full_sweep boolean not null,
      profiles text not null,
      checked integer not null,
      updated integer not null,
      ran_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create function child_facts_changed() returns trigger language plpgsql as $$
    begin
      new.reassess_on := null;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger child_reassess_on_facts before update of ${sql.raw(CHILD_FACTS.join(', '))} on child
      for each row when (${changed(CHILD_FACTS)}) execute function child_facts_changed()`.execute(db);

  // Inserts are left out: every path that adds parents grades the child with them (import, demo, the
  // services through reassessChild), and a trigger there would touch every imported child a second time.
  await sql`
    create function child_parent_changed() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' then
        update child set reassess_on = null where id in (old.child_id, new.child_id) and reassess_on is not null;
      else
        update child set reassess_on = null where id = old.child_id and reassess_on is not null;
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger child_parent_reassess_update after update of ${sql.raw(PARENT_FACTS.join(', '))}
      on child_parent for each row when (${changed(PARENT_FACTS)}) execute function child_parent_changed()`.execute(
    db,
  );
  await sql`
    create trigger child_parent_reassess_delete after delete on child_parent
      for each row execute function child_parent_changed()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger child_parent_reassess_delete on child_parent`.execute(db);
  await sql`drop trigger child_parent_reassess_update on child_parent`.execute(db);
  await sql`drop function child_parent_changed()`.execute(db);
  await sql`drop trigger child_reassess_on_facts on child`.execute(db);
  await sql`drop function child_facts_changed()`.execute(db);
  await sql`drop table reassess_run`.execute(db);
  await sql`drop index child_reassess_on_idx`.execute(db);
  await sql`alter table child drop column reassess_on`.execute(db);
}
