// Runs the real `tonghu departments|referrals|mandatory-reports|list-shares` commands as a bureau's script
// would, on a database seeded beforehand through the services: a PGlite data dir written and closed first
// (one process at a time) or a new database on the server named by TEST_DATABASE_URL, both copied from the
// migrated template.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/connect.ts';
import { systemActor } from '../../src/modules/access/actor.ts';
import { createChild } from '../../src/modules/children/service.ts';
import type { TimedContext } from '../../src/shared/service-context.ts';
import { createDepartment } from '../../src/modules/departments/service.ts';
import { createReferrals } from '../../src/modules/referrals/service.ts';
import { idNumberFor, PUNING } from '../helpers/app.ts';
import { serverUrl } from '../helpers/template.ts';
import { tonghu as run } from '../helpers/cli.ts';
import { pgliteTemplate, TEST_SHARED_BUFFERS } from '../helpers/db.ts';

const env: Record<string, string> = { TONGHU_REGION: '445281' };
let dropServerDatabase: (() => Promise<void>) | null = null;

async function openSeedDatabase(): Promise<Database> {
  const base = process.env.TEST_DATABASE_URL;
  if (base) {
    const name = `tonghu_cli_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create database ${name} template ${inject('serverTemplate')}`);
    await admin.end();
    env.DATABASE_URL = serverUrl(base, name);
    dropServerDatabase = async () => {
      const dropper = new pg.Client({ connectionString: base });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name}`);
      await dropper.end();
    };
    return openDatabase({ databaseUrl: env.DATABASE_URL, poolSize: 2 });
  }
  env.TONGHU_DATA_DIR = path.join(mkdtempSync(path.join(tmpdir(), 'tonghu-departments-')), 'data');
  // The migrated template with the test regions, as on the server above (not migrated here: ~6 s).
  return openDatabase({
    dataDir: env.TONGHU_DATA_DIR,
    loadDataDir: pgliteTemplate(),
    sharedBuffers: TEST_SHARED_BUFFERS,
  });
}

beforeAll(async () => {
  const database = await openSeedDatabase();
  try {
    const now = new Date('2026-11-23T02:00:00Z');
    const ctx: TimedContext = {
      db: database.db,
      actor: systemActor('测试'),
      today: '2026-11-23',
      deploymentRegion: '445281',
      now,
    };
    for (const [kind, name] of [
      ['education', '普宁市教育局'],
      ['police', '普宁市公安局'],
      ['youth_league', '共青团普宁市委员会'],
    ] as const)
      await createDepartment(ctx, { countyCode: '445281', kind, name });
    const child = {
      hukouType: 'rural' as const,
      villageCode: PUNING.village,
      parents: [
        { relation: 'father' as const, statuses: ['migrant' as const], migrantMonths: 8, crossCounty: true },
        { relation: 'mother' as const, statuses: ['migrant' as const], migrantMonths: 8, crossCounty: true },
      ],
    };
    const dropout = await createChild(ctx, {
      ...child,
      name: '陈小飞',
      idNumber: idNumberFor('2013-02-03', 11),
      conditions: ['school.dropout_suspected'],
    });
    await createReferrals(ctx, dropout.id, { finding: 'suspected_dropout', detail: '开学一个月未到校' });
    // A red factor opens the mandatory-report task by itself.
    await createChild(ctx, {
      ...child,
      name: '陈小雪',
      idNumber: idNumberFor('2015-06-07', 22),
      conditions: ['harm.suspected'],
    });
  } finally {
    await database.close();
  }
}, 180_000);

afterAll(async () => {
  await dropServerDatabase?.();
});

function tonghu(args: string[]) {
  return run(args, {
    env: { ...process.env, ...env },
  });
}

describe('tonghu referrals overdue', () => {
  it('lists, as JSON, a referral past its due date, with its department and days overdue', async () => {
    const { code, stdout, stderr } = await tonghu([
      'referrals',
      'overdue',
      '--as-of',
      '2026-12-20',
      '--format',
      'json',
    ]);
    expect(code, stderr).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ asOf: '2026-12-20', total: 1 });
    expect(out.items[0]).toMatchObject({
      department: { name: '普宁市教育局', kind: 'education' },
      child: { name: '陈小飞' },
      dueOn: '2026-12-08',
      daysOverdue: 12,
      overdue: true,
    });
    expect(out.byDepartment).toEqual([{ department: out.items[0].department, overdue: 1 }]);
  });

  it('prints a table for people, and nothing overdue before the due date', async () => {
    const table = await tonghu(['referrals', 'overdue', '--as-of', '2026-12-20']);
    expect(table.stdout).toContain('逾期未答复的报送 1 条');
    expect(table.stdout).toMatch(/普宁市教育局\s+陈小飞/);
    const early = await tonghu(['referrals', 'overdue', '--as-of', '2026-12-08', '--format', 'json']);
    expect(JSON.parse(early.stdout).total).toBe(0);
  });

  it('refuses a bad date with exit 2 naming the option', async () => {
    const { code, stderr } = await tonghu(['referrals', 'overdue', '--as-of', '20-12-2026']);
    expect(code).toBe(2);
    expect(stderr).toContain('--as-of');
  });
});

describe('tonghu mandatory-reports open', () => {
  it('lists the task a red factor opened, past the 24-hour threshold', async () => {
    const { code, stdout, stderr } = await tonghu([
      'mandatory-reports',
      'open',
      '--as-of',
      '2026-11-26',
      '--format',
      'json',
    ]);
    expect(code, stderr).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ thresholdHours: 24, total: 1 });
    expect(out.items[0]).toMatchObject({
      source: 'auto',
      status: 'open',
      alert: true,
      child: { name: '陈小雪', villageName: '五福屿村委会' },
      factors: [{ code: 'harm.suspected' }],
    });
    expect(out.items[0].hoursOpen).toBeGreaterThan(48);
  });
});

describe('tonghu list-shares due and departments', () => {
  it('says the county’s lists are due, and which recipients have no department yet', async () => {
    const { code, stdout, stderr } = await tonghu([
      'list-shares',
      'due',
      '--as-of',
      '2026-11-23',
      '--format',
      'json',
    ]);
    expect(code, stderr).toBe(0);
    const [county] = JSON.parse(stdout).counties;
    expect(county).toMatchObject({ countyCode: '445281', policy: 'puning', every: 'P6M', due: true });
    expect(
      county.recipients.map((r: { kind: string; missing: boolean; departmentName: string | null }) => [
        r.kind,
        r.missing,
        r.departmentName,
      ]),
    ).toEqual([
      ['youth_league', false, '共青团普宁市委员会'],
      ['womens_federation', true, null],
      ['disabled_persons_federation', true, null],
    ]);
  });

  it('adds a department and an account for it, lists them, refuses bad input with exit 2 and nothing written', async () => {
    const added = await tonghu([
      'departments',
      'add',
      '--county',
      '445281',
      '--kind',
      'womens_federation',
      '--name',
      '普宁市妇女联合会',
    ]);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('已登记部门：普宁市妇女联合会（妇联，445281）');
    const bad = await tonghu([
      'departments',
      'add',
      '--county',
      '4452',
      '--kind',
      'health',
      '--name',
      '卫健局',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--county');
    const duplicate = await tonghu([
      'departments',
      'add',
      '--county',
      '445281',
      '--kind',
      'education',
      '--name',
      '普宁市教育局',
    ]);
    expect(duplicate.code).toBe(1);
    const user = await tonghu([
      'departments',
      'add-user',
      '--department',
      '普宁市妇女联合会',
      '--username',
      'fulian',
      '--name',
      '李干事',
    ]);
    expect(user.code, user.stderr).toBe(0);
    expect(user.stdout).toContain('已为“普宁市妇女联合会”开设账号 fulian（李干事）');
    expect(user.stdout).toMatch(/初始密码（只显示这一次）：\S{12}/);
    expect(user.stdout).toContain('首次登录后须先修改密码');
    const list = JSON.parse((await tonghu(['departments', 'list', '--format', 'json'])).stdout);
    expect(list.items.map((d: { name: string }) => d.name).sort()).toEqual(
      ['共青团普宁市委员会', '普宁市公安局', '普宁市妇女联合会', '普宁市教育局'].sort(),
    );
  });
});
