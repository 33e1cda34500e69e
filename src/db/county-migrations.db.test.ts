// Migrations 0077–0088 (issue 20.5) undone and done again on a database holding a child's records: each down()
// gives back the schema before it, each up() the schema after, and 0084 brings the referral and conference of a
// child that moved before it (their county left behind, as the code before 0084 kept it) to the child's county;
// 0087 gives a notice its recipient's county and a comparison finding that of its region, not the child's;
// 0088 makes (id, county_code) the child's primary key.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/db.ts';
import { firstVillage, openCase, register, serviceContext } from '../../test/helpers/register.ts';
import { MIGRATIONS } from './migrations/index.ts';

const STEPS = Object.keys(MIGRATIONS).filter((name) => name >= '0077' && name < '0089');

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

/** Every column and constraint of the public schema, as text, in a stable order. */
async function schema() {
  const columns = await sql<{ c: string }>`
    select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable as c
    from information_schema.columns where table_schema = 'public' order by 1`.execute(database.db);
  const constraints = await sql<{ c: string }>`
    select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) as c
    from pg_constraint where connamespace = 'public'::regnamespace order by 1`.execute(database.db);
  return [...columns.rows, ...constraints.rows].map((r) => r.c);
}

const countyOf = async (table: 'referral' | 'conference' | 'contact', childId: string) =>
  (
    await sql<{
      county_code: string;
    }>`select county_code from ${sql.table(table)} where child_id = ${childId}`.execute(database.db)
  ).rows.map((r) => r.county_code);

describe('the county migrations (0077–0088)', () => {
  it('undo and redo to the same schema, and 0084 brings cases left behind to their child’s county', async () => {
    expect(STEPS).toHaveLength(12);
    const db = database.db;
    const ctx = serviceContext(db, '2026-11-23');
    const timed = { ...ctx, now: new Date('2026-11-23T02:00:00Z') };
    const villageOf = (county: string) => firstVillage(db, county);
    const id = await register(ctx, await villageOf('445281'), '2016-05-01');
    await openCase(timed, id);
    const latest = await schema();

    for (const name of [...STEPS].reverse()) await MIGRATIONS[name]!.down!(db);
    const before = await schema();
    expect(
      before.filter((c) => c.includes('county_code') && /^(work_log|contact|assessment)\b/.test(c)),
    ).toEqual([]);
    // The child moves under the schema before 0077: its referral and conference keep the county they had.
    await sql`update child set village_code = ${await villageOf('320115')}, county_code = '320115' where id = ${id}`.execute(
      db,
    );
    expect(await countyOf('referral', id)).toEqual(['445281']);
    // A notice for the old county's director about the child moved out, and a finding of the old county's
    // comparison made before the move: both stay the old county's (0087).
    const { id: director } = await db
      .insertInto('app_user')
      .values({
        username: 'director-0087',
        display_name: '儿童主任',
        role: 'director',
        region_code: await villageOf('445281'),
        phone: null,
        password_hash: 'x',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`insert into notice (user_id, kind, child_id, entity, entity_id, message)
      values (${director}, 'child_moved_out', ${id}, 'child', ${id}, '儿童已迁出本辖区')`.execute(db);
    const { rows: runs } = await sql<{ id: string }>`
      insert into comparison_run (roster_kind, file_name, file_hash, file_bytes, row_unit, region_code, as_of, actor_name)
      values ('school_enrolment', 'school.csv', 'h', 1, 'line', '445281', '2026-11-20', '民政局') returning id`.execute(
      db,
    );
    await sql`insert into comparison_finding (run_id, last_run_id, roster_kind, finding, match, subject_key, child_id,
        region_code, as_of)
      values (${runs[0]!.id}, ${runs[0]!.id}, 'school_enrolment', 'suspected_dropout', 'exact', ${id}, ${id},
        ${await villageOf('445281')}, '2026-11-20')`.execute(db);

    for (const name of STEPS) await MIGRATIONS[name]!.up(db);
    expect(await schema()).toEqual(latest);
    expect(await countyOf('referral', id)).toEqual(['320115']);
    expect(await countyOf('conference', id)).toEqual(['320115']);
    expect(await countyOf('contact', id)).toEqual(['320115']);
    const leaves = await sql<{ t: string; county_code: string }>`
      select 'event' as t, county_code from referral_event
      union all select 'participant', county_code from conference_participant
      union all select 'action', county_code from conference_action`.execute(db);
    expect(new Set(leaves.rows.map((r) => r.county_code))).toEqual(new Set(['320115']));
    const stayed = await sql<{ county_code: string }>`
      select county_code from notice where child_id = ${id}
      union all select county_code from comparison_finding where child_id = ${id}`.execute(db);
    expect(stayed.rows.map((r) => r.county_code)).toEqual(['445281', '445281']);

    // And once more down and up, to the schema as it was at each end.
    for (const name of [...STEPS].reverse()) await MIGRATIONS[name]!.down!(db);
    expect(await schema()).toEqual(before);
    for (const name of STEPS) await MIGRATIONS[name]!.up(db);
    expect(await schema()).toEqual(latest);
  });
});
