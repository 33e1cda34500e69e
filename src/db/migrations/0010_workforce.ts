// The people who do the work and the checks on it (DOMAIN.md §5, §8): the ledger of child directors and
// supervisors (儿童主任信息台账) with their posts, background checks, trainings and evaluations; archive spot
// checks (档案抽查) with their sample, findings and fixes; the three-year action plan's tasks, responsible
// units, phases, progress reports and inspections.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per person, keyed by the resident ID number so that a re-import updates, never duplicates.
  await sql`
    create table workforce_person (
      id uuid primary key default gen_random_uuid(),
      name text not null check (length(name) between 1 and 50),
      id_number text not null unique check (id_number ~ '^[0-9]{17}[0-9X]$'),
      gender text check (gender in ('male', 'female')),
      phone text,
      user_id uuid unique references app_user (id),
      background_checked_on date,
      background_check_result text check (background_check_result in ('passed', 'restricted')),
      background_check_note text,
      check ((background_checked_on is null) = (background_check_result is null)),
      note text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);

  // A person's posts over time: a director of a village, a supervisor of a township. Coverage counts the
  // posts open on the as-of date; ended_on is the last day in the post.
  await sql`
    create table workforce_post (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references workforce_person (id),
      role text not null check (role in ('director', 'supervisor')),
      region_code text collate "C" not null references region (code),
      started_on date,
      ended_on date,
      check (started_on is null or ended_on is null or ended_on >= started_on),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index workforce_post_region_idx on workforce_post (region_code, role)`.execute(db);
  await sql`create index workforce_post_person_idx on workforce_post (person_id)`.execute(db);

  // 示范培训, 全覆盖培训, 技能大赛: courses organised by a county or a city.
  await sql`
    create table training (
      id uuid primary key default gen_random_uuid(),
      held_on date not null,
      organiser_level text not null check (organiser_level in ('county', 'city', 'province')),
      kind text not null check (kind in ('demonstration', 'full_coverage', 'contest', 'other')),
      title text not null check (length(title) between 1 and 200),
      region_code text collate "C" not null references region (code),
      note text,
      created_by uuid references app_user (id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index training_region_idx on training (region_code, held_on)`.execute(db);

  // The training file (培训档案): one line per person per training day; a course when one is known, else
  // the date alone (as import files give it).
  await sql`
    create table training_record (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references workforce_person (id),
      trained_on date not null,
      training_id uuid references training (id),
      source text not null check (source in ('course', 'import', 'manual')),
      note text,
      created_at timestamptz not null default now(),
      unique nulls not distinct (person_id, trained_on, training_id)
    )`.execute(db);
  await sql`create index training_record_person_idx on training_record (person_id, trained_on)`.execute(db);
  await sql`create index training_record_training_idx on training_record (training_id)`.execute(db);

  await sql`
    create table workforce_evaluation (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references workforce_person (id),
      year smallint not null check (year between 2000 and 2100),
      result text not null check (result in ('excellent', 'competent', 'basically_competent', 'incompetent')),
      note text,
      evaluated_by uuid references app_user (id),
      created_at timestamptz not null default now(),
      unique (person_id, year)
    )`.execute(db);

  // A spot check keeps what makes its sample reproducible: the seed, the size and digest of the population
  // it was drawn from, and the sample itself (the items, in drawing order).
  await sql`
    create table spot_check (
      id uuid primary key default gen_random_uuid(),
      region_code text collate "C" not null references region (code),
      drawn_on date not null,
      period text not null,
      policy text not null,
      seed text not null,
      population integer not null check (population >= 0),
      population_digest text not null,
      sample_size integer not null check (sample_size >= 0),
      drawn_by uuid references app_user (id),
      drawn_by_name text not null,
      note text,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index spot_check_region_idx on spot_check (region_code, drawn_on)`.execute(db);

  await sql`
    create table spot_check_item (
      id uuid primary key default gen_random_uuid(),
      spot_check_id uuid not null references spot_check (id),
      child_id uuid not null references child (id),
      position integer not null,
      suggestions jsonb not null default '[]',
      checked_on date,
      checked_by uuid references app_user (id),
      checker_name text,
      note text,
      unique (spot_check_id, child_id),
      unique (spot_check_id, position)
    )`.execute(db);
  await sql`create index spot_check_item_child_idx on spot_check_item (child_id)`.execute(db);

  await sql`
    create table spot_check_finding (
      id uuid primary key default gen_random_uuid(),
      item_id uuid not null references spot_check_item (id),
      code text not null,
      text text not null,
      source text not null check (source in ('suggested', 'manual')),
      found_on date not null,
      fixed_on date,
      fixed_by uuid references app_user (id),
      fixed_by_name text,
      fix_note text,
      check (fixed_on is null or fixed_on >= found_on),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index spot_check_finding_item_idx on spot_check_finding (item_id)`.execute(db);

  // The three-year action plan of one county (or city), with its tasks and who answers for them.
  await sql`
    create table action_plan (
      id uuid primary key default gen_random_uuid(),
      region_code text collate "C" not null unique references region (code),
      policy text not null,
      title text not null,
      template text,
      created_by uuid references app_user (id),
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table plan_phase (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references action_plan (id),
      seq smallint not null,
      key text not null check (key in ('deployment', 'screening', 'advancement', 'consolidation')),
      name text not null,
      starts_on date,
      ends_on date not null,
      text text,
      source text,
      check (starts_on is null or ends_on >= starts_on),
      unique (plan_id, seq)
    )`.execute(db);

  await sql`
    create table plan_task (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references action_plan (id),
      action_no smallint not null,
      action_title text not null,
      task_no smallint not null,
      title text not null,
      due_on date,
      status text not null default 'open' check (status in ('open', 'done')),
      done_on date,
      check ((status = 'done') = (done_on is not null)),
      note text,
      unique (plan_id, task_no)
    )`.execute(db);

  await sql`
    create table plan_unit (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references action_plan (id),
      name text not null,
      unique (plan_id, name)
    )`.execute(db);

  await sql`
    create table plan_measure (
      id uuid primary key default gen_random_uuid(),
      task_id uuid not null references plan_task (id),
      seq smallint not null,
      text text not null,
      unit_ids uuid[] not null default '{}',
      unique (task_id, seq)
    )`.execute(db);

  await sql`
    create table progress_report (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references action_plan (id),
      unit_id uuid not null references plan_unit (id),
      year smallint not null,
      submitted_on date not null,
      content text not null,
      submitted_by uuid references app_user (id),
      submitted_by_name text not null,
      created_at timestamptz not null default now(),
      unique (unit_id, year)
    )`.execute(db);

  await sql`
    create table plan_inspection (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references action_plan (id),
      inspected_on date not null,
      inspector text not null,
      region_code text collate "C" references region (code),
      method text,
      findings text not null,
      follow_up text,
      created_by uuid references app_user (id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index plan_inspection_plan_idx on plan_inspection (plan_id, inspected_on)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'plan_inspection',
    'progress_report',
    'plan_measure',
    'plan_unit',
    'plan_task',
    'plan_phase',
    'action_plan',
    'spot_check_finding',
    'spot_check_item',
    'spot_check',
    'workforce_evaluation',
    'training_record',
    'training',
    'workforce_post',
    'workforce_person',
  ])
    await sql`drop table ${sql.table(table)}`.execute(db);
}
