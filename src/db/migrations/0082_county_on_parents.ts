// Issue 20.5, the sixth step (after 0077–0081): a child's parents and entrusted caregiver carry the child's
// county_code, in their keys — child_parent (id, county_code) with its one-father-one-mother rule now
// (child_id, relation, county_code), child_caregiver (child_id, county_code) — and in their foreign key to the
// child, on update cascade. A child has one county at a time, so the rules hold as before; with the county in
// them Citus can keep them. The writers (the register's forms, the import, the demo) set the column.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['child_parent', 'child_caregiver']) {
    const t = sql.raw(table);
    await sql`alter table ${t} add column county_code text collate "C"`.execute(db);
    await sql`update ${t} x set county_code = c.county_code from child c where c.id = x.child_id`.execute(db);
    await sql`alter table ${t} alter column county_code set not null`.execute(db);
  }
  await sql`
    alter table child_parent
      drop constraint child_parent_pkey,
      add constraint child_parent_pkey primary key (id, county_code),
      drop constraint child_parent_child_id_relation_key,
      add constraint child_parent_child_id_relation_key unique (child_id, relation, county_code),
      drop constraint child_parent_child_id_fkey,
      add constraint child_parent_child_fkey foreign key (child_id, county_code)
        references child (id, county_code) on update cascade`.execute(db);
  await sql`
    alter table child_caregiver
      drop constraint child_caregiver_pkey,
      add constraint child_caregiver_pkey primary key (child_id, county_code),
      drop constraint child_caregiver_child_id_fkey,
      add constraint child_caregiver_child_fkey foreign key (child_id, county_code)
        references child (id, county_code) on update cascade`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table child_caregiver
      drop constraint child_caregiver_child_fkey,
      add constraint child_caregiver_child_id_fkey foreign key (child_id) references child (id),
      drop constraint child_caregiver_pkey,
      add constraint child_caregiver_pkey primary key (child_id)`.execute(db);
  await sql`
    alter table child_parent
      drop constraint child_parent_child_fkey,
      add constraint child_parent_child_id_fkey foreign key (child_id) references child (id),
      drop constraint child_parent_child_id_relation_key,
      add constraint child_parent_child_id_relation_key unique (child_id, relation),
      drop constraint child_parent_pkey,
      add constraint child_parent_pkey primary key (id)`.execute(db);
  for (const table of ['child_parent', 'child_caregiver'])
    await sql`alter table ${sql.raw(table)} drop column county_code`.execute(db);
}
