// 0065's trigger cleared child.reassess_on on any change of a fact the assessment reads, even when the same
// UPDATE wrote a fresh reassess_on with a fresh assessment (an import updating a child's facts and its grade in
// one statement): those children were graded again the next night for nothing. It now clears it only when
// the statement left reassess_on as it was — a repair in SQL, or a tool that does not re-assess.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function child_facts_changed() returns trigger language plpgsql as $$
    begin
      if new.reassess_on is not distinct from old.reassess_on then
        new.reassess_on := null;
      end if;
      return new;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function child_facts_changed() returns trigger language plpgsql as $$
    begin
      new.reassess_on := null;
      return new;
    end $$`.execute(db);
}
