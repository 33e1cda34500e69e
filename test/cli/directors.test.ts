// Runs the real `tonghu import directors` and `tonghu report coverage` (CONTRACT.md) on a database prepared
// beforehand with registered children, as a bureau script or an acceptance check would.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUNING } from '../helpers/app.ts';
import { adultIdNumber, cliDatabase, registerChildren, systemContext } from '../helpers/workforce.ts';
import { tonghu as run } from '../helpers/cli.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-directors-cli-'));
let target: Awaited<ReturnType<typeof cliDatabase>>;

function tonghu(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return run(args, {
    env: { ...process.env, ...target.env, TONGHU_REGION: '445281', ...env },
  });
}

function file(name: string, content: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

const lines = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

// 五福屿 holds 31 target children (two directors required), 西林 one, 大坝镇's village none but a director.
beforeAll(async () => {
  target = await cliDatabase(path.join(dir, 'data'));
  const database = await target.open();
  try {
    const ctx = systemContext(database.db, '2026-11-23');
    await registerChildren(ctx, PUNING.village, 31);
    await registerChildren(ctx, PUNING.neighbour, 1);
    await registerChildren(ctx, PUNING.neighbour, 2, { target: false });
  } finally {
    await database.close();
  }
}, 180_000);
afterAll(() => target.destroy());

describe('tonghu import directors and report coverage', () => {
  it('imports the CONTRACT lines and prints the summary', async () => {
    const directors = file(
      'directors.ndjson',
      lines([
        {
          name: '王芳',
          idNumber: adultIdNumber(1),
          villageCode: PUNING.village,
          phone: '13800000001',
          trainedOn: ['2026-03-01'],
          backgroundCheckedOn: '2026-01-10',
        },
        {
          name: '李强',
          idNumber: adultIdNumber(2),
          villageCode: PUNING.neighbour,
          phone: '13800000002',
          trainedOn: ['2025-03-01'],
        },
        {
          name: '张伟',
          idNumber: adultIdNumber(3),
          villageCode: PUNING.otherTownshipVillage,
          phone: '13800000003',
          trainedOn: ['2026-06-01'],
          backgroundCheckedOn: '2026-02-01',
        },
      ]),
    );
    const result = await tonghu(['import', 'directors', directors]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('imported 3, updated 0, rejected 0');
    const again = await tonghu(['import', 'directors', directors]);
    expect(again.stdout.trim()).toBe('imported 0, updated 3, rejected 0');
  });

  it('reports coverage in the CONTRACT shape', async () => {
    const { code, stdout } = await tonghu([
      'report',
      'coverage',
      '--region',
      '445281',
      '--as-of',
      '2026-11-23',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report).slice(0, 2)).toEqual(['region', 'villages']);
    expect(report.region).toBe('445281');
    expect(report.villages).toEqual([
      {
        villageCode: PUNING.village,
        targetChildren: 31,
        directors: 1,
        required: 2,
        shortfall: 1,
        untrainedThisYear: 0,
      },
      {
        villageCode: PUNING.neighbour,
        targetChildren: 1,
        directors: 1,
        required: 1,
        shortfall: 0,
        untrainedThisYear: 1,
      },
      {
        villageCode: PUNING.otherTownshipVillage,
        targetChildren: 0,
        directors: 1,
        required: 1,
        shortfall: 0,
        untrainedThisYear: 0,
      },
    ]);
    for (const v of report.villages)
      expect(Object.keys(v)).toEqual([
        'villageCode',
        'targetChildren',
        'directors',
        'required',
        'shortfall',
        'untrainedThisYear',
      ]);
    expect(report.directorsWithoutBackgroundCheck).toEqual([
      expect.objectContaining({ name: '李强', villageCode: PUNING.neighbour }),
    ]);
    expect(report.villagesWithoutDirector.length).toBe(580 - 3);
  });

  it('defaults to JSON and to today, and judges training by the as-of year', async () => {
    const today = JSON.parse((await tonghu(['report', 'coverage', '--region', '445281102'])).stdout);
    expect(today.region).toBe('445281102');
    expect(today.villages.map((v: { villageCode: string }) => v.villageCode)).toEqual([
      PUNING.village,
      PUNING.neighbour,
    ]);
    const y2025 = JSON.parse(
      (await tonghu(['report', 'coverage', '--region', '445281102', '--as-of', '2025-12-31'])).stdout,
    );
    expect(y2025.villages.map((v: { untrainedThisYear: number }) => v.untrainedThisYear)).toEqual([1, 0]);
  });

  it('exits 2 naming the file, line and field, and writes nothing', async () => {
    const bad = file(
      'bad.ndjson',
      lines([
        { name: '赵六', idNumber: adultIdNumber(4), villageCode: PUNING.village },
        { name: '钱七', idNumber: adultIdNumber(5), villageCode: '445281102999' },
      ]),
    );
    const result = await tonghu(['import', 'directors', bad]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('bad.ndjson，第2行，字段 villageCode');
    const report = JSON.parse(
      (await tonghu(['report', 'coverage', '--region', '445281102', '--as-of', '2026-11-23'])).stdout,
    );
    expect(report.villages[0].directors).toBe(1);
  });

  it('exits 2 for a village outside TONGHU_REGION, a missing file and a bad option', async () => {
    const outside = file(
      'outside.ndjson',
      lines([{ name: '孙八', idNumber: adultIdNumber(6), villageCode: '430202001001' }]),
    );
    const o = await tonghu(['import', 'directors', outside]);
    expect(o.code).toBe(2);
    expect(o.stderr).toContain('不在本系统辖区');
    const missing = await tonghu(['import', 'directors', path.join(dir, 'nope.ndjson')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.ndjson');
    const r = await tonghu(['report', 'coverage', '--region', '4452x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--region');
    expect((await tonghu(['report', 'coverage', '--region', '445281', '--as-of', '2026-02-30'])).code).toBe(
      2,
    );
  });

  it('imports a CSV with Chinese headers, adds a course, and lists the ledger', async () => {
    const csv = file(
      '台账.csv',
      `姓名,身份证号码,村（社区）代码,联系电话,培训日期,入职查询日期\n周九,${adultIdNumber(7)},${PUNING.village},13800000007,2026-04-04,2026-01-20\n`,
    );
    expect((await tonghu(['import', 'directors', csv])).stdout.trim()).toBe(
      'imported 1, updated 0, rejected 0',
    );
    const added = await tonghu([
      'trainings', 'add', '--date', '2026-10-10', '--title', '全覆盖培训', '--region', '445281',
      '--id-number', adultIdNumber(2),
    ]); // prettier-ignore
    expect(added.code, added.stderr).toBe(0);
    const coverage = JSON.parse(
      (await tonghu(['trainings', 'coverage', '--year', '2026', '--format', 'json'])).stdout,
    );
    expect(coverage.items).toEqual([
      expect.objectContaining({ countyCode: '445281', role: 'director', total: 4, trained: 4 }),
    ]);
    const report = JSON.parse(
      (await tonghu(['report', 'coverage', '--region', '445281102', '--as-of', '2026-11-23'])).stdout,
    );
    expect(report.villages[0]).toMatchObject({ directors: 2, required: 2, shortfall: 0 });
    const list = await tonghu(['directors', 'list', '--region', '445281102', '--format', 'json']);
    const items = JSON.parse(list.stdout).items as { name: string; regionCode: string }[];
    expect(items.map((i) => [i.regionCode, i.name]).sort()).toEqual(
      [
        [PUNING.village, '王芳'],
        [PUNING.village, '周九'],
        [PUNING.neighbour, '李强'],
      ].sort(),
    );
    // Five command-line runs, each starting a process and opening the database: on a loaded machine
    // (CI running the suite beside others) that takes longer than the default minute.
  }, 180_000);
});
