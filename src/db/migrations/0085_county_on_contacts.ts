// Issue 20.5, the ninth step (after 0077–0084): visits and contacts carry the child's county_code — primary key
// (id, county_code), foreign key (child_id, county_code) → child (id, county_code) on update cascade — and the
// referral a visit led to names it with its county: (contact_id, county_code) → contact (id, county_code).
//
// A moved child reaches such a referral by two cascades (the child's, 0084, and its contact's); that foreign key
// is checked at commit (deferrable initially deferred), as conference_action's to its conference (0084).
// contact's statement triggers (0071) write the child's last visit and contact dates back, the same dates, when
// the cascade updates its rows, as those of 0083 do.
//
// Left as it was: the unique client_id (the offline app's replay key, 0058), which Citus would refuse on a
// distributed table without the county (docs/scale.md).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table contact add column county_code text collate "C"`.execute(db);
  await sql`update contact x set county_code = c.county_code from child c where c.id = x.child_id`.execute(
    db,
  );
  await sql`alter table contact alter column county_code set not null`.execute(db);
  await sql`alter table referral drop constraint referral_contact_id_fkey`.execute(db);
  await sql`
    alter table contact
      drop constraint contact_pkey,
      add constraint contact_pkey primary key (id, county_code),
      drop constraint contact_child_id_fkey,
      add constraint contact_child_fkey foreign key (child_id, county_code)
        references child (id, county_code) on update cascade`.execute(db);
  await sql`
    alter table referral
      add constraint referral_contact_fkey foreign key (contact_id, county_code)
        references contact (id, county_code) on update cascade deferrable initially deferred`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table referral drop constraint referral_contact_fkey`.execute(db);
  await sql`
    alter table contact
      drop constraint contact_child_fkey,
      add constraint contact_child_id_fkey foreign key (child_id) references child (id),
      drop constraint contact_pkey,
      add constraint contact_pkey primary key (id)`.execute(db);
  await sql`
    alter table referral
      add constraint referral_contact_id_fkey foreign key (contact_id) references contact (id)`.execute(db);
  await sql`alter table contact drop column county_code`.execute(db);
}
