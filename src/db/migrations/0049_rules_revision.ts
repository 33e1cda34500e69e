// Rules revisions (issue 19 pt 3): when the engine's reading of the seeds changes, every child on the
// register is graded again under the corrected rules once, each change audited with the reason 规则修订,
// and what changed is kept here (the run, and one row per child and field that moved).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rules_revision (
      revision text collate "C" primary key,
      note text not null,
      as_of date not null,
      applied_at timestamptz not null default now(),
      checked integer not null,
      changed integer not null,
      summary jsonb not null
    )`.execute(db);
  await sql`
    create table rules_revision_change (
      id bigserial primary key,
      revision text collate "C" not null references rules_revision (revision),
      child_id uuid not null references child (id),
      village_code text collate "C" not null,
      field text not null,
      old_value jsonb,
      new_value jsonb
    )`.execute(db);
  await sql`create index rules_revision_change_child_idx on rules_revision_change (child_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rules_revision_change`.execute(db);
  await sql`drop table rules_revision`.execute(db);
}
