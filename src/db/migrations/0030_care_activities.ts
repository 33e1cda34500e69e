// Care activities (关爱活动, DOMAIN.md §7; issue 19.4): family-education guidance, psychological screening and
// follow-up, safety-knowledge visits and talks, legal education, holiday care and others, each with its date,
// place, organiser (a department, or the county, a township or a village itself) and whom it reached: children
// picked from the register (the child, or its family) and people counted without names. An activity entered
// in error is voided with a reason, never deleted: the files it reached keep the trail.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table care_activity (
      id uuid primary key default gen_random_uuid(),
      county_code text collate "C" not null,
      region_code text collate "C" not null references region (code),
      kind text not null
        check (kind in ('family_education', 'psychological', 'safety', 'legal', 'holiday', 'other')),
      title text not null,
      held_on date not null,
      ends_on date,
      place text not null,
      organiser_kind text not null check (organiser_kind in ('department', 'county', 'township', 'village')),
      organiser_department_id uuid references department (id),
      organiser_region_code text collate "C" references region (code),
      organiser_name text not null,
      anonymous_count integer not null default 0 check (anonymous_count >= 0),
      note text,
      recorded_by uuid references app_user (id),
      recorded_by_name text not null,
      created_at timestamptz not null default now(),
      voided_at timestamptz,
      voided_by uuid references app_user (id),
      void_reason text,
      check (ends_on is null or ends_on >= held_on),
      check ((organiser_kind = 'department') = (organiser_department_id is not null)),
      check ((organiser_kind = 'department') = (organiser_region_code is null)),
      check ((voided_at is null) = (void_reason is null))
    )`.execute(db);
  await sql`create index care_activity_region_idx on care_activity (region_code, held_on)`.execute(db);
  await sql`create index care_activity_county_idx on care_activity (county_code, held_on)`.execute(db);

  await sql`
    create table care_activity_child (
      activity_id uuid not null references care_activity (id),
      child_id uuid not null references child (id),
      reach text not null check (reach in ('child', 'family')),
      added_by uuid references app_user (id),
      added_at timestamptz not null default now(),
      primary key (activity_id, child_id, reach)
    )`.execute(db);
  await sql`create index care_activity_child_child_idx on care_activity_child (child_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table care_activity_child`.execute(db);
  await sql`drop table care_activity`.execute(db);
}
