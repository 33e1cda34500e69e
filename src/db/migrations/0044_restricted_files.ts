// Issue 16.4: restricted files (敏感个案). A restricted child's details are seen only by the village's
// director, the case workers named on the restriction and the county's designated officer; everyone else in
// scope sees that the file exists and whom to contact.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table child_restriction (
      child_id uuid primary key references child (id),
      reason text not null check (reason in ('sexual_abuse', 'whereabouts_hidden', 'other')),
      note text,
      set_by uuid references app_user (id),
      set_at timestamptz not null
    )`.execute(db);
  await sql`
    create table child_restriction_member (
      child_id uuid not null references child_restriction (child_id) on delete cascade,
      user_id uuid not null references app_user (id),
      primary key (child_id, user_id)
    )`.execute(db);
  await sql`
    create table privacy_officer (
      county_code text collate "C" primary key,
      user_id uuid not null references app_user (id),
      set_at timestamptz not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table privacy_officer`.execute(db);
  await sql`drop table child_restriction_member`.execute(db);
  await sql`drop table child_restriction`.execute(db);
}
