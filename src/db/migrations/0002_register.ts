// The register (一人一档): children with their parents, entrusted caregiver, assessments, visits and
// contacts, work log, interventions and mandatory-report tasks; users and sessions; the audit trail.
// Children are never deleted: they leave with a reason and a date.
import { sql, type Kysely } from 'kysely';

const LEVEL = `('red', 'yellow', 'blue', 'green')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table app_user (
      id uuid primary key default gen_random_uuid(),
      username text not null unique check (username ~ '^[A-Za-z0-9_.@-]{2,64}$'),
      display_name text not null,
      role text not null check (role in ('director', 'supervisor', 'civil_affairs', 'admin', 'department')),
      region_code text collate "C" not null references region (code),
      phone text,
      password_hash text not null,
      failed_logins integer not null default 0,
      locked_until timestamptz,
      disabled boolean not null default false,
      created_at timestamptz not null default now(),
      last_login_at timestamptz
    )`.execute(db);

  await sql`
    create table user_session (
      token_hash text primary key,
      user_id uuid not null references app_user (id),
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index user_session_user_idx on user_session (user_id)`.execute(db);

  await sql`
    create table child (
      id uuid primary key default gen_random_uuid(),
      external_id text,
      name text not null check (length(name) between 1 and 50),
      gender text check (gender in ('male', 'female')),
      id_number text unique check (id_number ~ '^[0-9]{17}[0-9X]$'),
      birth_date date not null,
      ethnicity text,
      hukou_type text check (hukou_type in ('rural', 'urban')),
      hukou_region_code text collate "C" check (hukou_region_code ~ '^[0-9]{12}$'),
      village_code text collate "C" not null references region (code),
      county_code text collate "C" not null check (county_code ~ '^[0-9]{6}$'),
      responsible_side text check (responsible_side in ('residence', 'registration')),
      address text,
      phone text,
      school_name text,
      school_stage text check (school_stage in ('none', 'preschool', 'primary', 'junior', 'senior', 'vocational', 'out_of_school')),
      school_grade text,
      health_status text,
      disability_category text,
      disability_grade smallint check (disability_grade between 1 and 4),
      disability_certificate text,
      guardianship text check (guardianship in ('good', 'fair', 'poor')),
      conditions text[] not null default '{}',
      note text,
      registered_on date not null,
      status text not null default 'active' check (status in ('active', 'exited')),
      exit_reason text,
      exited_on date,
      exit_note text,
      check ((status = 'exited') = (exit_reason is not null and exited_on is not null)),

      -- the current assessment, kept with the child for worklists and reports
      policy text not null,
      assessed_on date not null,
      target boolean not null,
      left_behind boolean not null,
      difficulty_types text[] not null default '{}',
      derived_level text check (derived_level in ${sql.raw(LEVEL)}),
      manual_level text check (manual_level in ${sql.raw(LEVEL)}),
      manual_reason text,
      level text check (level in ${sql.raw(LEVEL)}),
      confirmed_by uuid references app_user (id),
      confirmed_at timestamptz,
      immediate boolean not null default false,
      immediate_since date,
      visit_every text,
      contact_every text,
      last_visit_on date,
      last_contact_on date,
      next_visit_due date,
      next_contact_due date,
      next_due date,

      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index child_village_idx on child (village_code)`.execute(db);
  await sql`create index child_county_level_idx on child (county_code, level) where status = 'active'`.execute(
    db,
  );
  await sql`create index child_next_due_idx on child (village_code, next_due) where status = 'active' and target`.execute(
    db,
  );
  await sql`create index child_name_idx on child (name)`.execute(db);

  await sql`
    create table child_parent (
      id uuid primary key default gen_random_uuid(),
      child_id uuid not null references child (id),
      relation text not null check (relation in ('father', 'mother')),
      name text,
      id_number text,
      phone text,
      statuses text[] not null default '{}',
      migrant_months numeric,
      cross_county boolean,
      core_urban_both boolean,
      work_place text,
      note text,
      unique (child_id, relation)
    )`.execute(db);

  // 委托照护人 and the signed 《委托监护责任确认书》, with the caregiver's assessment.
  await sql`
    create table child_caregiver (
      child_id uuid primary key references child (id),
      name text not null,
      relation text,
      id_number text,
      phone text,
      agreement_signed_on date,
      assessment text check (assessment in ('good', 'fair', 'poor')),
      assessment_note text,
      assessed_on date
    )`.execute(db);

  // 孤儿、事实无人抚养儿童退出基本生活保障后 6 个月过渡期 (003 §五.9).
  await sql`
    create table support_transition (
      id uuid primary key default gen_random_uuid(),
      child_id uuid not null references child (id),
      support_kind text not null check (support_kind in ('orphan', 'de_facto_unsupported')),
      exited_on date not null,
      ends_on date not null,
      note text,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index support_transition_child_idx on support_transition (child_id)`.execute(db);

  await sql`
    create table assessment (
      id uuid primary key default gen_random_uuid(),
      child_id uuid not null references child (id),
      assessed_at timestamptz not null default now(),
      as_of date not null,
      policy text not null,
      trigger text not null,
      actor_id uuid references app_user (id),
      target boolean not null,
      left_behind boolean not null,
      difficulty_types text[] not null,
      derived_level text check (derived_level in ${sql.raw(LEVEL)}),
      manual_level text check (manual_level in ${sql.raw(LEVEL)}),
      manual_reason text,
      level text check (level in ${sql.raw(LEVEL)}),
      reasons jsonb not null,
      schedule jsonb,
      explanation jsonb not null,
      mandatory_report boolean not null
    )`.execute(db);
  await sql`create index assessment_child_idx on assessment (child_id, assessed_at)`.execute(db);

  // 入户走访 / 联系: one table, the kind says which.
  await sql`
    create table contact (
      id uuid primary key default gen_random_uuid(),
      child_id uuid not null references child (id),
      kind text not null check (kind in ('visit', 'phone', 'video')),
      occurred_on date not null,
      recorded_by uuid references app_user (id),
      worker_name text not null,
      findings jsonb not null default '{}',
      conditions_added text[] not null default '{}',
      conditions_cleared text[] not null default '{}',
      note text,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index contact_child_idx on contact (child_id, occurred_on)`.execute(db);

  await sql`
    create table work_log (
      id uuid primary key default gen_random_uuid(),
      child_id uuid not null references child (id),
      occurred_on date not null,
      author_id uuid references app_user (id),
      author_name text not null,
      content text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index work_log_child_idx on work_log (child_id, occurred_on)`.execute(db);

  await sql`
    create table intervention (
      id uuid primary key default gen_random_uuid(),
      child_id uuid not null references child (id),
      occurred_on date not null,
      kind text not null,
      note text,
      recorded_by uuid references app_user (id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index intervention_child_idx on intervention (child_id, occurred_on)`.execute(db);

  // The task a red factor opens; the departments issue adds the police report, feedback and follow-up.
  await sql`
    create table mandatory_report (
      id uuid primary key default gen_random_uuid(),
      child_id uuid not null references child (id),
      source text not null check (source in ('auto', 'manual')),
      situation text not null,
      factors text[] not null default '{}',
      status text not null default 'open' check (status in ('open', 'reported', 'closed')),
      discovered_on date not null,
      opened_at timestamptz not null default now(),
      opened_by uuid references app_user (id),
      closed_at timestamptz,
      note text
    )`.execute(db);
  await sql`create index mandatory_report_child_idx on mandatory_report (child_id)`.execute(db);
  await sql`create index mandatory_report_open_idx on mandatory_report (status) where status <> 'closed'`.execute(
    db,
  );

  // Who did what to which child, written in the same transaction as the change; reads too.
  await sql`
    create table audit_event (
      id bigint generated always as identity primary key,
      occurred_at timestamptz not null default now(),
      actor_id uuid references app_user (id),
      actor_name text not null,
      action text not null,
      entity text not null,
      entity_id text,
      child_id uuid references child (id),
      region_code text collate "C",
      changes jsonb,
      detail jsonb
    )`.execute(db);
  await sql`create index audit_event_child_idx on audit_event (child_id, occurred_at)`.execute(db);
  await sql`create index audit_event_time_idx on audit_event (occurred_at)`.execute(db);

  await sql`
    create table import_run (
      id uuid primary key default gen_random_uuid(),
      kind text not null,
      file_name text not null,
      actor_id uuid references app_user (id),
      actor_name text not null,
      started_at timestamptz not null default now(),
      finished_at timestamptz,
      imported integer not null default 0,
      updated integer not null default 0,
      rejected integer not null default 0,
      errors jsonb
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'import_run',
    'audit_event',
    'mandatory_report',
    'intervention',
    'work_log',
    'contact',
    'assessment',
    'support_transition',
    'child_caregiver',
    'child_parent',
    'child',
    'user_session',
    'app_user',
  ])
    await sql`drop table ${sql.table(table)}`.execute(db);
}
