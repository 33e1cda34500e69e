// Migration 0032 on a database that holds plans made before it (issue 19.6: "existing databases get the new
// lists"): a 普宁 plan made without a list receives 普宁's (003 §五, §六) and keeps the task added by hand under
// a seed title as that task; a plan made from 江宁's list gets its citations (000) and no second copy.
import { readdirSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { TEST_REGION_SCOPES } from '../../../test/helpers/template.ts';
import { loadRegions } from '../../regions/loader.ts';
import { systemContext } from '../../../test/helpers/workforce.ts';
import { MIGRATIONS_DIR, migrateToLatest, migrator } from '../../db/migrate.ts';
import { loadTaskList } from './plans.ts';

let database: TestDatabase;

const BEFORE = readdirSync(MIGRATIONS_DIR)
  .filter((f) => /^\d{4}_.+\.ts$/.test(f) && f < '0032_')
  .sort()
  .at(-1)!
  .replace(/\.ts$/, '');

async function plan(region: string, policy: string, template: string | null): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into action_plan (region_code, policy, title, template) values (${region}, ${policy}, '方案', ${template})
    returning id`.execute(database.db);
  return rows[0]!.id;
}

async function task(planId: string, no: number, title: string): Promise<void> {
  await sql`
    insert into plan_task (plan_id, action_no, action_title, task_no, title, status, done_on)
    values (${planId}, 1, '行动', ${no}, ${title}, 'done', '2025-03-01')`.execute(database.db);
}

async function tasksOf(planId: string) {
  return database.db
    .selectFrom('plan_task')
    .select(['task_no', 'title', 'source', 'status', 'due_on'])
    .where('plan_id', '=', planId)
    .orderBy('task_no')
    .orderBy('source')
    .execute();
}

let puning: string;
let jiangning: string;
let national: string;

beforeAll(async () => {
  database = await createTestDatabase();
  // From an empty schema up to the migration before 0032 (rolling back from the latest would stop at 0046,
  // which seals identifiers and has no way down without the keys), then the test regions.
  await sql`drop schema public cascade`.execute(database.db);
  await sql`create schema public`.execute(database.db);
  const { error } = await migrator(database.db).migrateTo(BEFORE);
  if (error) throw error;
  await loadRegions(database.db, TEST_REGION_SCOPES);
  puning = await plan('445281000000', 'puning', null);
  await task(puning, 1, '加强儿童主任队伍建设');
  jiangning = await plan('320115000000', 'jiangning', 'jiangning');
  await task(jiangning, 1, '优化精准排查机制');
  await task(jiangning, 2, '完善救助保障措施');
  national = await plan('440000000000', 'national', null);
  await migrateToLatest(database.db);
});
afterAll(() => database.destroy());

describe('migration 0032 on plans made before it', () => {
  it('gives a 普宁 plan made without a list its own (003 §五.1–18, §六), keeping the hand-added task as 003 §五.16', async () => {
    const tasks = await tasksOf(puning);
    expect(tasks).toHaveLength(20);
    expect(tasks.filter((t) => t.title === '加强儿童主任队伍建设')).toEqual([
      { task_no: 1, title: '加强儿童主任队伍建设', source: '003 §五.16', status: 'done', due_on: null },
    ]);
    expect(tasks.filter((t) => t.due_on).map((t) => [t.task_no, t.due_on, t.source])).toEqual([
      [19, '2024-07-22', '003 §六(二)'],
      [20, '2026-10-16', '003 §六(四)'],
    ]);
    const template = await database.db
      .selectFrom('action_plan')
      .select('template')
      .where('id', '=', puning)
      .executeTakeFirstOrThrow();
    expect(template.template).toBe('puning');
    const units = await database.db
      .selectFrom('plan_unit')
      .select('name')
      .where('plan_id', '=', puning)
      .execute();
    expect(units.map((u) => u.name)).toEqual(
      expect.arrayContaining(['市民政局', '市妇联', '各乡镇场（街道）']),
    );
  });

  it('cites the tasks of a plan made from 江宁’s list (000 (一)1, (一)2) without adding a second copy', async () => {
    expect(await tasksOf(jiangning)).toEqual([
      expect.objectContaining({ task_no: 1, source: '000 (一)1' }),
      expect.objectContaining({ task_no: 2, source: '000 (一)2' }),
    ]);
  });

  it('leaves a plan whose profile has no seed list alone', async () => {
    expect(await tasksOf(national)).toEqual([]);
  });

  it('is idempotent: loading the list again adds nothing', async () => {
    const ctx = systemContext(database.db, '2026-11-23');
    expect(await loadTaskList(ctx, puning)).toEqual({ template: 'puning', added: 0, matched: 0 });
    expect(await tasksOf(puning)).toHaveLength(20);
  });
});
