// What Annex 1's "其中…" lines count besides interventions (issue 19 pt 2): assistance in place on a child's
// file (已落实保障: 低保、特困、救助、医保、康复… with start and end dates) and a return to school (已复学复读).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table child_assistance (
      id uuid primary key default gen_random_uuid(),
      child_id uuid not null references child (id),
      kind text not null check (kind in ('dibao', 'dibao_marginal', 'tekun', 'basic_living', 'temporary',
        'medical_insurance', 'medical_assistance', 'rehabilitation', 'education_aid', 'other')),
      starts_on date not null,
      ends_on date,
      note text,
      recorded_by uuid references app_user (id),
      recorded_by_name text not null,
      created_at timestamptz not null default now(),
      check (ends_on is null or ends_on >= starts_on)
    )`.execute(db);
  await sql`create index child_assistance_child_idx on child_assistance (child_id)`.execute(db);
  await sql`
    create table school_return (
      id uuid primary key default gen_random_uuid(),
      child_id uuid not null references child (id),
      kind text not null check (kind in ('resumed', 'repeated')),
      returned_on date not null,
      school_name text,
      note text,
      recorded_by uuid references app_user (id),
      recorded_by_name text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index school_return_child_idx on school_return (child_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table school_return`.execute(db);
  await sql`drop table child_assistance`.execute(db);
}
