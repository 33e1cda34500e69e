// In-app notices (通知, issue 17.4): a row per recipient, written in the same transaction as the event (a
// referral answered or overdue, a police feedback, a child moved in or out, an assessment confirmed). A notice
// keeps no child's name: the list names the child only as its reader can see it at the time of reading.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table notice (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references app_user (id),
      kind text not null check (kind in ('referral_answered', 'referral_overdue', 'report_feedback',
        'child_moved_in', 'child_moved_out', 'assessment_confirmed')),
      child_id uuid references child (id),
      entity text not null,
      entity_id uuid not null,
      -- what happened, without the child's name (e.g. 教育局已答复报送)
      message text not null,
      created_at timestamptz not null default now(),
      read_at timestamptz,
      -- one notice of a kind for one thing (a referral overdue is noticed once per send)
      dedupe_key text,
      unique (user_id, kind, dedupe_key)
    )`.execute(db);
  await sql`create index notice_user_idx on notice (user_id, created_at desc)`.execute(db);
  await sql`create index notice_unread_idx on notice (user_id) where read_at is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table notice`.execute(db);
}
