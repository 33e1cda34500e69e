// Issue 20.5, the fifth step (after 0077–0080): the files drawn for a spot check and the findings on them carry
// the child's county_code, in their keys (id, county_code) and foreign keys — the item's to the child, the
// finding's to its item — on update cascade, as 0078 did for mandatory reports and their follow-ups.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The findings' key to the item depends on the item's primary key: dropped first, made anew below.
  await sql`alter table spot_check_finding drop constraint spot_check_finding_item_id_fkey`.execute(db);
  await sql`alter table spot_check_item add column county_code text collate "C"`.execute(db);
  await sql`update spot_check_item i set county_code = c.county_code from child c where c.id = i.child_id`.execute(
    db,
  );
  await sql`alter table spot_check_item alter column county_code set not null`.execute(db);
  await sql`
    alter table spot_check_item
      drop constraint spot_check_item_pkey,
      add constraint spot_check_item_pkey primary key (id, county_code),
      drop constraint spot_check_item_child_id_fkey,
      add constraint spot_check_item_child_fkey foreign key (child_id, county_code)
        references child (id, county_code) on update cascade`.execute(db);

  await sql`alter table spot_check_finding add column county_code text collate "C"`.execute(db);
  await sql`
    update spot_check_finding f set county_code = i.county_code
      from spot_check_item i where i.id = f.item_id`.execute(db);
  await sql`alter table spot_check_finding alter column county_code set not null`.execute(db);
  await sql`
    alter table spot_check_finding
      drop constraint spot_check_finding_pkey,
      add constraint spot_check_finding_pkey primary key (id, county_code),
      add constraint spot_check_finding_item_fkey foreign key (item_id, county_code)
        references spot_check_item (id, county_code) on update cascade`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table spot_check_finding
      drop constraint spot_check_finding_item_fkey,
      drop constraint spot_check_finding_pkey,
      add constraint spot_check_finding_pkey primary key (id)`.execute(db);
  await sql`alter table spot_check_finding drop column county_code`.execute(db);
  await sql`
    alter table spot_check_item
      drop constraint spot_check_item_child_fkey,
      add constraint spot_check_item_child_id_fkey foreign key (child_id) references child (id),
      drop constraint spot_check_item_pkey,
      add constraint spot_check_item_pkey primary key (id)`.execute(db);
  await sql`alter table spot_check_item drop column county_code`.execute(db);
  await sql`
    alter table spot_check_finding
      add constraint spot_check_finding_item_id_fkey foreign key (item_id) references spot_check_item (id)`.execute(
    db,
  );
}
