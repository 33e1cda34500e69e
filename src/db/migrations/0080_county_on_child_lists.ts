// Issue 20.5, the fourth step (after 0077–0079): three tables that list children under something of a county's —
// the changes a rules revision made, the children on a list shared with departments, and the children a care
// activity reached — carry the child's county_code, in their keys (the old key with county_code added) and in
// their foreign key to the child, on update cascade, as 0077 did for the leaf tables. Their writers take the
// county from the child rows they already hold.
import { sql, type Kysely } from 'kysely';

/** Each table with its primary key before this step. */
const TABLES = [
  { table: 'rules_revision_change', key: ['id'] },
  { table: 'list_share_item', key: ['share_id', 'child_id'] },
  { table: 'care_activity_child', key: ['activity_id', 'child_id', 'reach'] },
] as const;

const raw = (s: string) => sql.raw(s);

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const { table, key } of TABLES) {
    await sql`alter table ${raw(table)} add column county_code text collate "C"`.execute(db);
    await sql`update ${raw(table)} x set county_code = c.county_code from child c where c.id = x.child_id`.execute(
      db,
    );
    await sql`alter table ${raw(table)} alter column county_code set not null`.execute(db);
    await sql`
      alter table ${raw(table)}
        drop constraint ${raw(`${table}_pkey`)},
        add constraint ${raw(`${table}_pkey`)} primary key (${raw([...key, 'county_code'].join(', '))}),
        drop constraint ${raw(`${table}_child_id_fkey`)},
        add constraint ${raw(`${table}_child_fkey`)} foreign key (child_id, county_code)
          references child (id, county_code) on update cascade`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const { table, key } of TABLES) {
    await sql`
      alter table ${raw(table)}
        drop constraint ${raw(`${table}_child_fkey`)},
        add constraint ${raw(`${table}_child_id_fkey`)} foreign key (child_id) references child (id),
        drop constraint ${raw(`${table}_pkey`)},
        add constraint ${raw(`${table}_pkey`)} primary key (${raw(key.join(', '))})`.execute(db);
    await sql`alter table ${raw(table)} drop column county_code`.execute(db);
  }
}
