// Working with departments (DOMAIN.md §6): departments as organisations per county and their accounts;
// referrals (报送/转介) with their answers and every step; the police report, feedback and follow-ups of a
// mandatory report (强制报告, the table of 0002 extended, not replaced); case conferences (个案会商) with
// their participants and assigned actions; the red/yellow/blue lists shared with 团委、妇联、残联.
import { sql, type Kysely } from 'kysely';

// Spelled out rather than imported: a migration that has landed must not change with the code.
const DEPARTMENT_KINDS = [
  'education',
  'health',
  'medical_insurance',
  'disabled_persons_federation',
  'police',
  'court',
  'procuratorate',
  'justice',
  'human_resources',
  'youth_league',
  'womens_federation',
  'cyberspace',
  'emergency',
  'water',
  'civil_affairs',
  'other',
];
const REFERRAL_STATUSES = ['sent', 'received', 'in_progress', 'answered', 'closed', 'returned'];

const list = (values: readonly string[]) => sql.raw(`(${values.map((v) => `'${v}'`).join(', ')})`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table department (
      id uuid primary key default gen_random_uuid(),
      county_code text collate "C" not null check (county_code ~ '^[0-9]{6}$'),
      kind text not null check (kind in ${list(DEPARTMENT_KINDS)}),
      name text not null check (length(name) between 1 and 100),
      contact_person text,
      phone text,
      disabled boolean not null default false,
      created_at timestamptz not null default now(),
      unique (county_code, name)
    )`.execute(db);
  await sql`create index department_county_kind_idx on department (county_code, kind)`.execute(db);

  // A department account belongs to one department; it sees only what was sent to that department.
  await sql`alter table app_user add column department_id uuid references department (id)`.execute(db);
  await sql`create index app_user_department_idx on app_user (department_id) where department_id is not null`.execute(
    db,
  );

  await sql`
    create table referral (
      id uuid primary key default gen_random_uuid(),
      child_id uuid not null references child (id),
      county_code text collate "C" not null,
      department_id uuid not null references department (id),
      finding text not null,
      detail text not null,
      source text not null check (source in ('file', 'visit', 'comparison', 'conference')),
      contact_id uuid references contact (id),
      status text not null default 'sent' check (status in ${list(REFERRAL_STATUSES)}),
      due_on date not null,
      sent_on date not null,
      sent_at timestamptz not null,
      sent_by uuid references app_user (id),
      sent_by_name text not null,
      sends integer not null default 1,
      received_on date,
      answered_on date,
      answer text,
      actions_taken text,
      return_reason text,
      closed_on date,
      close_note text,
      -- What the department was given: the minimum its kind needs, as it stood when sent.
      child_data jsonb not null,
      updated_at timestamptz not null default now(),
      check (status <> 'answered' or answer is not null),
      check (status <> 'returned' or return_reason is not null)
    )`.execute(db);
  await sql`create index referral_department_idx on referral (department_id, status, due_on)`.execute(db);
  await sql`create index referral_child_idx on referral (child_id, sent_at)`.execute(db);
  await sql`create index referral_county_open_idx on referral (county_code, due_on) where status in ('sent', 'received', 'in_progress')`.execute(
    db,
  );

  await sql`
    create table referral_event (
      id bigint generated always as identity primary key,
      referral_id uuid not null references referral (id),
      occurred_at timestamptz not null,
      actor_id uuid references app_user (id),
      actor_name text not null,
      action text not null,
      from_status text,
      to_status text not null,
      note text,
      detail jsonb
    )`.execute(db);
  await sql`create index referral_event_referral_idx on referral_event (referral_id, id)`.execute(db);

  await sql`
    alter table mandatory_report
      add column discovered_at timestamptz,
      add column reported_at timestamptz,
      add column reported_by uuid references app_user (id),
      add column reporter_name text,
      add column report_method text check (report_method in ('phone_110', 'in_person', 'written')),
      add column police_unit text,
      add column receipt_number text,
      add column outcome text,
      add column outcome_note text,
      add column closed_by uuid references app_user (id),
      add check (status <> 'reported' or reported_at is not null),
      add check (status <> 'closed' or outcome is not null)`.execute(db);

  await sql`
    create table mandatory_report_followup (
      id uuid primary key default gen_random_uuid(),
      report_id uuid not null references mandatory_report (id),
      kind text not null check (kind in ('police_feedback', 'follow_up')),
      occurred_on date not null,
      note text not null,
      author_id uuid references app_user (id),
      author_name text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index mandatory_report_followup_idx on mandatory_report_followup (report_id, occurred_on)`.execute(
    db,
  );

  await sql`
    create table conference (
      id uuid primary key default gen_random_uuid(),
      child_id uuid not null references child (id),
      county_code text collate "C" not null,
      topic text not null,
      held_on date not null,
      location text,
      status text not null default 'planned' check (status in ('planned', 'held', 'closed')),
      decisions text,
      convened_by uuid references app_user (id),
      convened_by_name text not null,
      closed_on date,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (status = 'planned' or decisions is not null)
    )`.execute(db);
  await sql`create index conference_child_idx on conference (child_id, held_on)`.execute(db);

  await sql`
    create table conference_participant (
      id uuid primary key default gen_random_uuid(),
      conference_id uuid not null references conference (id),
      department_id uuid references department (id),
      person_name text,
      unit text,
      check (department_id is not null or person_name is not null)
    )`.execute(db);
  await sql`create index conference_participant_idx on conference_participant (conference_id)`.execute(db);

  await sql`
    create table conference_action (
      id uuid primary key default gen_random_uuid(),
      conference_id uuid not null references conference (id),
      child_id uuid not null references child (id),
      description text not null,
      owner_department_id uuid references department (id),
      owner_user_id uuid references app_user (id),
      due_on date not null,
      status text not null default 'open' check (status in ('open', 'in_progress', 'done', 'cancelled')),
      result text,
      done_on date,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((owner_department_id is null) <> (owner_user_id is null))
    )`.execute(db);
  await sql`create index conference_action_conference_idx on conference_action (conference_id)`.execute(db);
  await sql`create index conference_action_department_idx on conference_action (owner_department_id, status) where owner_department_id is not null`.execute(
    db,
  );
  await sql`create index conference_action_user_idx on conference_action (owner_user_id, status) where owner_user_id is not null`.execute(
    db,
  );

  await sql`
    create table list_share (
      id uuid primary key default gen_random_uuid(),
      county_code text collate "C" not null,
      policy text not null,
      shared_on date not null,
      shared_at timestamptz not null,
      shared_by uuid references app_user (id),
      shared_by_name text not null,
      levels text[] not null,
      fields text[] not null,
      valid_until date not null,
      child_count integer not null,
      note text,
      revoked_at timestamptz,
      revoked_by uuid references app_user (id),
      revoke_reason text
    )`.execute(db);
  await sql`create index list_share_county_idx on list_share (county_code, shared_on)`.execute(db);

  await sql`
    create table list_share_recipient (
      share_id uuid not null references list_share (id),
      department_id uuid not null references department (id),
      primary key (share_id, department_id)
    )`.execute(db);
  await sql`create index list_share_recipient_department_idx on list_share_recipient (department_id)`.execute(
    db,
  );

  // The list as shared: only the fields a recipient needs, never an ID number.
  await sql`
    create table list_share_item (
      share_id uuid not null references list_share (id),
      child_id uuid not null references child (id),
      name text not null,
      gender text,
      age integer not null,
      village_code text collate "C" not null,
      village_name text,
      level text not null,
      help_needed text[] not null default '{}',
      primary key (share_id, child_id)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'list_share_item',
    'list_share_recipient',
    'list_share',
    'conference_action',
    'conference_participant',
    'conference',
    'mandatory_report_followup',
    'referral_event',
    'referral',
  ])
    await sql`drop table ${sql.table(table)}`.execute(db);
  await sql`
    alter table mandatory_report
      drop column discovered_at, drop column reported_at, drop column reported_by, drop column reporter_name,
      drop column report_method, drop column police_unit, drop column receipt_number, drop column outcome,
      drop column outcome_note, drop column closed_by`.execute(db);
  await sql`alter table app_user drop column department_id`.execute(db);
  await sql`drop table department`.execute(db);
}
