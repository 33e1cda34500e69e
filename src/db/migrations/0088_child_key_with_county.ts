// Issue 20.5, after 0087: the child's own primary key takes its county, as every table of a child's records has
// since 0077–0085 — (id, county_code), the columns those tables' foreign keys already point to (0077's unique key
// on child gives way to the primary key, their foreign keys set aside meanwhile and put back as they were). The
// key on `id` alone goes; ids are random UUIDs, and a lookup by id alone still uses the key, whose first column
// it is.
//
// Two things stood on `child (id)` alone and change with it:
// - audit_event's foreign key to the child. The trail cannot follow a child's move (its records are never
//   rewritten, 0040), so a foreign key with the county would refuse the move; the child stays a reference its
//   writers take from the register. A child's file is never deleted (retention de-identifies it), so no record
//   is left pointing nowhere.
// - spot_check_item's unique (spot_check_id, position): a check may sample several counties, so under Citus the
//   key can hold only per county. The positions are written 1..n in the one statement that draws the sample
//   (spot-checks/service.ts), so they stay unique across the check by construction; the key keeps guarding a
//   county's part of it.
import { sql, type Kysely } from 'kysely';

/**
 * Runs `change` with the foreign keys to the child set aside — they hang on the index of the key they point to,
 * which `change` replaces — and puts them back as they were (checked again, row by row).
 */
async function withForeignKeysToChildAside(db: Kysely<unknown>, change: () => Promise<void>): Promise<void> {
  const { rows } = await sql<{ table: string; name: string; definition: string }>`
    select conrelid::regclass::text as "table", conname as name, pg_get_constraintdef(oid) as definition
      from pg_constraint where contype = 'f' and confrelid = 'child'::regclass
     order by 1, 2`.execute(db);
  for (const fk of rows)
    await sql`alter table ${sql.raw(fk.table)} drop constraint ${sql.raw(fk.name)}`.execute(db);
  await change();
  for (const fk of rows)
    await sql`alter table ${sql.raw(fk.table)} add constraint ${sql.raw(fk.name)} ${sql.raw(fk.definition)}`.execute(
      db,
    );
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_event drop constraint audit_event_child_id_fkey`.execute(db);
  await withForeignKeysToChildAside(db, async () => {
    await sql`
      alter table child
        drop constraint child_pkey,
        drop constraint child_id_county_key,
        add constraint child_pkey primary key (id, county_code)`.execute(db);
  });
  await sql`
    alter table spot_check_item
      drop constraint spot_check_item_spot_check_id_position_key,
      add constraint spot_check_item_spot_check_id_position_key unique (spot_check_id, position, county_code)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table spot_check_item
      drop constraint spot_check_item_spot_check_id_position_key,
      add constraint spot_check_item_spot_check_id_position_key unique (spot_check_id, position)`.execute(db);
  await withForeignKeysToChildAside(db, async () => {
    await sql`
      alter table child
        drop constraint child_pkey,
        add constraint child_pkey primary key (id),
        add constraint child_id_county_key unique (id, county_code)`.execute(db);
  });
  await sql`
    alter table audit_event
      add constraint audit_event_child_id_fkey foreign key (child_id) references child (id)`.execute(db);
}
