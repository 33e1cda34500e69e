// Issue 20.5, the third step (after 0077, 0078): a restricted file's row and the people named on it carry the
// child's county_code, in their keys — (child_id, county_code) and (child_id, county_code, user_id) — and foreign
// keys, the restriction's to the child and the members' to the restriction, on update cascade (the members' on
// delete cascade too, as before). A child has one county at a time, so the restriction stays one per child.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table child_restriction_member drop constraint child_restriction_member_child_id_fkey`.execute(
    db,
  );
  await sql`alter table child_restriction add column county_code text collate "C"`.execute(db);
  await sql`update child_restriction r set county_code = c.county_code from child c where c.id = r.child_id`.execute(
    db,
  );
  await sql`alter table child_restriction alter column county_code set not null`.execute(db);
  await sql`
    alter table child_restriction
      drop constraint child_restriction_pkey,
      add constraint child_restriction_pkey primary key (child_id, county_code),
      drop constraint child_restriction_child_id_fkey,
      add constraint child_restriction_child_fkey foreign key (child_id, county_code)
        references child (id, county_code) on update cascade`.execute(db);

  await sql`alter table child_restriction_member add column county_code text collate "C"`.execute(db);
  await sql`
    update child_restriction_member m set county_code = r.county_code
      from child_restriction r where r.child_id = m.child_id`.execute(db);
  await sql`alter table child_restriction_member alter column county_code set not null`.execute(db);
  await sql`
    alter table child_restriction_member
      drop constraint child_restriction_member_pkey,
      add constraint child_restriction_member_pkey primary key (child_id, county_code, user_id),
      add constraint child_restriction_member_restriction_fkey foreign key (child_id, county_code)
        references child_restriction (child_id, county_code) on update cascade on delete cascade`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table child_restriction_member
      drop constraint child_restriction_member_restriction_fkey,
      drop constraint child_restriction_member_pkey,
      add constraint child_restriction_member_pkey primary key (child_id, user_id)`.execute(db);
  await sql`alter table child_restriction_member drop column county_code`.execute(db);
  await sql`
    alter table child_restriction
      drop constraint child_restriction_child_fkey,
      add constraint child_restriction_child_id_fkey foreign key (child_id) references child (id),
      drop constraint child_restriction_pkey,
      add constraint child_restriction_pkey primary key (child_id)`.execute(db);
  await sql`alter table child_restriction drop column county_code`.execute(db);
  await sql`
    alter table child_restriction_member
      add constraint child_restriction_member_child_id_fkey foreign key (child_id)
        references child_restriction (child_id) on delete cascade`.execute(db);
}
