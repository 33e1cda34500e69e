// Runs the real `tonghu reassess` command against a database on disk (PGlite) or on the server named by
// TEST_DATABASE_URL, as the bureau's cron or an operator would.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/connect.ts';
import { systemActor } from '../../src/modules/access/actor.ts';
import { createChild } from '../../src/modules/children/service.ts';
import { leftBehindChild } from '../helpers/casework.ts';
import { PUNING } from '../helpers/app.ts';
import { serverUrl } from '../helpers/template.ts';
import { tonghu as run } from '../helpers/cli.ts';
import { pgliteTemplate, TEST_SHARED_BUFFERS } from '../helpers/db.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-reassess-'));
const baseUrl = process.env.TEST_DATABASE_URL;
const serverName = `tonghu_test_cli_${randomBytes(6).toString('hex')}`;
const env: NodeJS.ProcessEnv = { ...process.env, TONGHU_DATA_DIR: path.join(dir, 'data') };
delete env.TONGHU_REGION;
delete env.DATABASE_URL;
if (baseUrl) env.DATABASE_URL = serverUrl(baseUrl, serverName);

async function open(): Promise<Database> {
  return baseUrl
    ? openDatabase({ databaseUrl: env.DATABASE_URL!, poolSize: 2 })
    : openDatabase({ dataDir: env.TONGHU_DATA_DIR! });
}

function tonghu(args: string[]) {
  return run(args, { env });
}

const ids: string[] = [];

beforeAll(async () => {
  // The migrated template with the test regions, copied to where the command will look.
  let database: Database;
  if (baseUrl) {
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`create database ${serverName} template ${inject('serverTemplate')}`);
    await admin.end();
    database = await open();
  } else {
    database = await openDatabase({
      dataDir: env.TONGHU_DATA_DIR!,
      loadDataDir: pgliteTemplate(),
      sharedBuffers: TEST_SHARED_BUFFERS,
    });
  }
  try {
    const ctx = { db: database.db, actor: systemActor('测试'), today: '2026-11-23', deploymentRegion: null };
    // Left-behind children turning 16 on 2026-11-25, in two townships, and one who stays in difficulty.
    for (const [overrides, birthDate] of [
      [{ name: '赤岗满十六' }, '2010-11-25'],
      [{ name: '大坝满十六', villageCode: PUNING.otherTownshipVillage }, '2010-11-25'],
      [{ name: '低保户', conditions: ['assist.dibao'] }, '2010-11-25'],
      [{ name: '小童' }, '2018-01-01'],
    ] as const)
      ids.push((await createChild(ctx, leftBehindChild(overrides, birthDate) as never)).id);
  } finally {
    await database.close();
  }
}, 120_000);

afterAll(async () => {
  if (!baseUrl) return;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${serverName}`);
  await admin.end();
});

describe('tonghu reassess', () => {
  it('prints no change when nobody’s birthday has come', async () => {
    const { code, stdout, stderr } = await tonghu(['reassess', '--as-of', '2026-11-24']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('在册儿童 4 名');
    expect(stdout).toContain('风险等级变化 0 名');
  });

  it('re-grades in one region only the children whose birthday came, and prints the level changes', async () => {
    const { code, stdout } = await tonghu(['reassess', '--as-of', '2026-11-25', '--region', '445281102']);
    expect(code).toBe(0);
    expect(stdout).toContain('区划 445281102');
    // 赤岗满十六 and 低保户 turn 16; 小童 (born 2018) is not looked at.
    expect(stdout).toContain('评估结果可能变化的儿童 2 名');
    expect(stdout).toContain('风险等级变化 1 名');
    expect(stdout).toContain('绿色 → 非服务对象：1 名');
    expect(stdout).toContain('不再是关爱服务对象（年满16或18周岁等）：1 名');
  });

  it('prints JSON for scripts, and catches the rest of the county', async () => {
    const { code, stdout } = await tonghu(['reassess', '--as-of', '2026-11-25', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      asOf: '2026-11-25',
      region: null,
      full: false,
      fullReason: null,
      checked: 1,
      updated: 1,
      levelChanges: { 'green→none': 1 },
      leftTarget: 1,
    });
  });

  it('grades every child with --all, and finds nothing more to change', async () => {
    const { code, stdout } = await tonghu(['reassess', '--as-of', '2026-11-25', '--all']);
    expect(code).toBe(0);
    expect(stdout).toContain('在册儿童 4 名，评估结果变化 0 名');
    expect(stdout).toContain('风险等级变化 0 名');
  });

  it('left the children’s files graded and audited as the daily job', async () => {
    const database = await open();
    try {
      const rows = await database.db
        .selectFrom('child')
        .select(['name', 'target', 'level', 'left_behind'])
        .orderBy('name')
        .execute();
      expect(Object.fromEntries(rows.map((r) => [r.name, [r.target, r.level, r.left_behind]]))).toEqual({
        赤岗满十六: [false, null, false],
        大坝满十六: [false, null, false],
        低保户: [true, 'green', false],
        小童: [true, 'green', true],
      });
      const audit = await database.db
        .selectFrom('audit_event')
        .select(['actor_name', 'child_id'])
        .where('action', '=', 'child.level_changed')
        .where('actor_name', '=', '每日重新评估')
        .execute();
      expect(audit.map((a) => a.child_id).sort()).toEqual([ids[0], ids[1]].sort());
    } finally {
      await database.close();
    }
  });

  it.each([
    [['--as-of', '2026-02-30'], '--as-of'],
    [['--region', 'abc'], '--region'],
    [['--format', 'xml'], '--format'],
  ])('exits 2 naming the option for %j', async (args, named) => {
    const { code, stdout, stderr } = await tonghu(['reassess', ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(named);
  });
});
