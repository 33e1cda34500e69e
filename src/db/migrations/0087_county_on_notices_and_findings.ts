// Issue 20.5, after 0077–0086: a notice and a comparison finding carry a county too — each the county that acts
// on it, which is not always its child's now, so that neither follows a child who moves.
//
// - notice: its recipients are the village's child directors and the township's supervisors (notices/notify.ts),
//   so its county is theirs: the first six digits of the village it was written for. A child moved out is told
//   to the old county's people, about a child that now lies in another (child_moved_out). The key is
//   (id, county_code); the one-notice-per-thing key (user_id, kind, dedupe_key) takes the county too, meaning the
//   same (a user works in one county).
// - comparison_finding: its county is that of the region that must verify it (`region_code`: the matched child's
//   village at the comparison, or where an unregistered person must be looked for — a county, or the region
//   compared when the roster names no village, which may be a city, whose six digits then stand for it). A
//   finding stays with the county that found it when its child moves, as it did before. The key is
//   (id, county_code); one open finding per roster kind, finding and person in a county.
//
// Both lose their foreign key to `child (id)`: Citus allows one only with the county in it, and that would
// carry a notice or a finding along with a moved child (or refuse the move). The child is a reference the
// writers take from the register in the same transaction; a child's file is never deleted (retention
// de-identifies it, retention.ts), so no such reference is left dangling.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table notice add column county_code text collate "C"`.execute(db);
  await sql`update notice n set county_code = left(u.region_code, 6) from app_user u where u.id = n.user_id`.execute(
    db,
  );
  await sql`alter table notice alter column county_code set not null`.execute(db);
  await sql`
    alter table notice
      drop constraint notice_pkey,
      add constraint notice_pkey primary key (id, county_code),
      drop constraint notice_child_id_fkey,
      drop constraint notice_user_id_kind_dedupe_key_key,
      add constraint notice_user_id_kind_dedupe_key_key unique (user_id, kind, dedupe_key, county_code)`.execute(
    db,
  );

  await sql`alter table comparison_finding add column county_code text collate "C"`.execute(db);
  await sql`update comparison_finding set county_code = left(region_code, 6)`.execute(db);
  await sql`alter table comparison_finding alter column county_code set not null`.execute(db);
  await sql`
    alter table comparison_finding
      drop constraint comparison_finding_pkey,
      add constraint comparison_finding_pkey primary key (id, county_code),
      drop constraint comparison_finding_child_id_fkey`.execute(db);
  await sql`drop index comparison_finding_open_key`.execute(db);
  await sql`
    create unique index comparison_finding_open_key
      on comparison_finding (roster_kind, finding, subject_key, county_code) where status = 'open'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index comparison_finding_open_key`.execute(db);
  await sql`
    create unique index comparison_finding_open_key
      on comparison_finding (roster_kind, finding, subject_key) where status = 'open'`.execute(db);
  await sql`
    alter table comparison_finding
      add constraint comparison_finding_child_id_fkey foreign key (child_id) references child (id),
      drop constraint comparison_finding_pkey,
      add constraint comparison_finding_pkey primary key (id)`.execute(db);
  await sql`alter table comparison_finding drop column county_code`.execute(db);

  await sql`
    alter table notice
      drop constraint notice_user_id_kind_dedupe_key_key,
      add constraint notice_user_id_kind_dedupe_key_key unique (user_id, kind, dedupe_key),
      add constraint notice_child_id_fkey foreign key (child_id) references child (id),
      drop constraint notice_pkey,
      add constraint notice_pkey primary key (id)`.execute(db);
  await sql`alter table notice drop column county_code`.execute(db);
}
