// What reports need to grade children as of any date without re-running the engine per child: the factors
// and their level (which do not depend on age), and the dates the child stops being a target child and a
// left-behind child (which do). Filled by evaluateChild() on every assessment.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table child
      add column factors text[] not null default '{}',
      add column factor_level text check (factor_level in ('red', 'yellow', 'blue', 'green')),
      add column left_behind_until date,
      add column target_until date,
      add column difficulty_types_any_age text[] not null default '{}'`.execute(db);
  await sql`create index child_region_target_idx on child (village_code) include (target_until, factor_level) where status = 'active'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index child_region_target_idx`.execute(db);
  await sql`
    alter table child
      drop column factors,
      drop column factor_level,
      drop column left_behind_until,
      drop column target_until,
      drop column difficulty_types_any_age`.execute(db);
}
