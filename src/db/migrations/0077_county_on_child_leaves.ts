// Issue 20.5, a first step (docs/scale.md): four tables of a child's data that nothing else refers to — work logs,
// support transitions, screening records and ID reveals — carry the child's county_code, in their primary key and
// in their foreign key to the child, as Citus needs to keep them on the child's node. The key is (id, county_code):
// lookups by id keep using it, and Citus asks only that the distribution column be in the key. The foreign key
// is (child_id, county_code) → child (id, county_code), on update cascade: a child moved to another county
// takes these rows along in the same statement (under Citus that move becomes a rewrite, as docs/scale.md says).
// The writers set county_code from the child they write for; nothing fills it behind their back.
import { sql, type Kysely } from 'kysely';

/** The tables moved in this step, each with its child foreign key as 0002, 0031 and 0043 made it. */
const COUNTY_LEAVES = ['work_log', 'support_transition', 'screening_record', 'id_reveal'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table child add constraint child_id_county_key unique (id, county_code)`.execute(db);
  for (const table of COUNTY_LEAVES) {
    const t = sql.raw(table);
    await sql`alter table ${t} add column county_code text collate "C"`.execute(db);
    await sql`update ${t} x set county_code = c.county_code from child c where c.id = x.child_id`.execute(db);
    await sql`alter table ${t} alter column county_code set not null`.execute(db);
    await sql`
      alter table ${t}
        drop constraint ${sql.raw(`${table}_pkey`)},
        add constraint ${sql.raw(`${table}_pkey`)} primary key (id, county_code),
        drop constraint ${sql.raw(`${table}_child_id_fkey`)},
        add constraint ${sql.raw(`${table}_child_fkey`)} foreign key (child_id, county_code)
          references child (id, county_code) on update cascade`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of COUNTY_LEAVES) {
    const t = sql.raw(table);
    await sql`
      alter table ${t}
        drop constraint ${sql.raw(`${table}_child_fkey`)},
        add constraint ${sql.raw(`${table}_child_id_fkey`)} foreign key (child_id) references child (id),
        drop constraint ${sql.raw(`${table}_pkey`)},
        add constraint ${sql.raw(`${table}_pkey`)} primary key (id)`.execute(db);
    await sql`alter table ${t} drop column county_code`.execute(db);
  }
  await sql`alter table child drop constraint child_id_county_key`.execute(db);
}
