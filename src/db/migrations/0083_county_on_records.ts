// Issue 20.5, the seventh step (after 0077–0082): a child's assessment history, interventions, assistance and
// returns to school carry the child's county_code — in the primary key (id, county_code) and in the foreign key
// (child_id, county_code) → child (id, county_code), on update cascade — as 0077 did for the first four tables.
//
// Three of them have statement triggers that keep dates on the child row (intervention 0007/0075,
// child_assistance and school_return 0072). A child moved to another county updates these rows by the cascade,
// which fires the update triggers: they read the child's records again and write the same dates back (the
// records' dates did not change), so the move leaves first_intervention_on, assistance_days and first_return_on
// as they were (src/db/distribution.db.test.ts moves a child with all of them and checks).
//
// contact is not in this step: referral.contact_id refers to contact (id), which must stay unique alone until
// the referral's county is settled (docs/scale.md).
import { sql, type Kysely } from 'kysely';

const TABLES = ['assessment', 'intervention', 'child_assistance', 'school_return'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
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
  for (const table of TABLES) {
    const t = sql.raw(table);
    await sql`
      alter table ${t}
        drop constraint ${sql.raw(`${table}_child_fkey`)},
        add constraint ${sql.raw(`${table}_child_id_fkey`)} foreign key (child_id) references child (id),
        drop constraint ${sql.raw(`${table}_pkey`)},
        add constraint ${sql.raw(`${table}_pkey`)} primary key (id)`.execute(db);
    await sql`alter table ${t} drop column county_code`.execute(db);
  }
}
