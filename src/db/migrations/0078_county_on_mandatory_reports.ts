// Issue 20.5, the second step (after 0077): mandatory reports and their follow-ups carry the child's
// county_code, in their keys (id, county_code) and foreign keys — the report's to the child, the follow-up's to
// its report — on update cascade, so a child moved to another county takes its reports and their follow-ups
// along. The writers set the column: a report from its child, a follow-up from its report.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The follow-ups' key to the report depends on the report's primary key: dropped first, made anew below.
  await sql`alter table mandatory_report_followup drop constraint mandatory_report_followup_report_id_fkey`.execute(
    db,
  );
  await sql`alter table mandatory_report add column county_code text collate "C"`.execute(db);
  await sql`update mandatory_report r set county_code = c.county_code from child c where c.id = r.child_id`.execute(
    db,
  );
  await sql`alter table mandatory_report alter column county_code set not null`.execute(db);
  await sql`
    alter table mandatory_report
      drop constraint mandatory_report_pkey,
      add constraint mandatory_report_pkey primary key (id, county_code),
      drop constraint mandatory_report_child_id_fkey,
      add constraint mandatory_report_child_fkey foreign key (child_id, county_code)
        references child (id, county_code) on update cascade`.execute(db);

  await sql`alter table mandatory_report_followup add column county_code text collate "C"`.execute(db);
  await sql`
    update mandatory_report_followup f set county_code = r.county_code
      from mandatory_report r where r.id = f.report_id`.execute(db);
  await sql`alter table mandatory_report_followup alter column county_code set not null`.execute(db);
  await sql`
    alter table mandatory_report_followup
      drop constraint mandatory_report_followup_pkey,
      add constraint mandatory_report_followup_pkey primary key (id, county_code),
      add constraint mandatory_report_followup_report_fkey foreign key (report_id, county_code)
        references mandatory_report (id, county_code) on update cascade`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table mandatory_report_followup
      drop constraint mandatory_report_followup_report_fkey,
      drop constraint mandatory_report_followup_pkey,
      add constraint mandatory_report_followup_pkey primary key (id)`.execute(db);
  await sql`alter table mandatory_report_followup drop column county_code`.execute(db);
  await sql`
    alter table mandatory_report
      drop constraint mandatory_report_child_fkey,
      add constraint mandatory_report_child_id_fkey foreign key (child_id) references child (id),
      drop constraint mandatory_report_pkey,
      add constraint mandatory_report_pkey primary key (id)`.execute(db);
  await sql`alter table mandatory_report drop column county_code`.execute(db);
  await sql`
    alter table mandatory_report_followup
      add constraint mandatory_report_followup_report_id_fkey foreign key (report_id)
        references mandatory_report (id)`.execute(db);
}
