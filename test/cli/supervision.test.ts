// Runs the real `tonghu spot-check draw` and `tonghu supervision …` commands on a prepared database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUNING } from '../helpers/app.ts';
import { cliDatabase, registerChildren, systemContext } from '../helpers/workforce.ts';
import { tonghu as run } from '../helpers/cli.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-supervision-cli-'));
let target: Awaited<ReturnType<typeof cliDatabase>>;

function tonghu(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return run(args, { env: { ...process.env, ...target.env } });
}

beforeAll(async () => {
  target = await cliDatabase(path.join(dir, 'data'));
  const database = await target.open();
  try {
    await registerChildren(systemContext(database.db, '2026-11-23'), PUNING.village, 12);
  } finally {
    await database.close();
  }
}, 180_000);
afterAll(() => target.destroy());

describe('tonghu spot-check draw', () => {
  it('draws the same files for the same seed and others for another', async () => {
    const args = ['spot-check', 'draw', '--region', '445281', '--size', '5', '--format', 'json'];
    // One after another: PGlite serves one process at a time.
    const drawn = [];
    for (const seed of ['abc', 'abc', 'xyz'])
      drawn.push(JSON.parse((await tonghu([...args, '--seed', seed])).stdout));
    const [a, b, c] = drawn;
    expect(a).toMatchObject({ seed: 'abc', population: 12, sampleSize: 5 });
    expect(b.childIds).toEqual(a.childIds);
    expect(c.childIds).not.toEqual(a.childIds);
    const report = await tonghu([
      'spot-check',
      'report',
      '--region',
      '445281',
      '--year',
      '2026',
      '--format',
      'json',
    ]);
    expect(JSON.parse(report.stdout)).toMatchObject({
      checksDone: 3,
      filesDrawn: 15,
      schedule: { doneThisPeriod: true },
    });
    const bad = await tonghu(['spot-check', 'draw', '--region', '445281', '--size', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--size');
  });
});

describe('tonghu supervision', () => {
  it('loads 江宁’s task list and shows what is late', async () => {
    const loaded = await tonghu([
      'supervision',
      'load-plan',
      '--region',
      '320115',
      '--template',
      'jiangning',
    ]);
    expect(loaded.code, loaded.stderr).toBe(0);
    expect(loaded.stdout).toContain('重点工作 17 项');
    const again = await tonghu(['supervision', 'load-plan', '--region', '320115', '--template', 'jiangning']);
    expect(again.code).toBe(1);
    const overview = await tonghu([
      'supervision',
      'overview',
      '--region',
      '320115',
      '--as-of',
      '2026-10-31',
      '--format',
      'json',
    ]);
    const before = JSON.parse(overview.stdout);
    expect(before.plans[0]).toMatchObject({ policy: 'jiangning', currentPhase: { key: 'consolidation' } });
    expect(before.plans[0].tasks).toMatchObject({ total: 17, done: 0, late: [] });
    const after = JSON.parse(
      (
        await tonghu([
          'supervision',
          'overview',
          '--region',
          '320115',
          '--as-of',
          '2026-11-23',
          '--format',
          'json',
        ])
      ).stdout,
    );
    expect(after.plans[0].tasks.late).toHaveLength(17);
    expect(after.plans[0].reports.lastDue).toMatchObject({ year: 2025, deadline: '2025-12-01', units: 18 });
    const table = await tonghu(['supervision', 'overview', '--region', '320115', '--as-of', '2026-11-23']);
    expect(table.stdout).toContain('逾期 23 天：1.优化精准排查机制');
    expect((await tonghu(['supervision', 'overview', '--as-of', '2026-13-01'])).code).toBe(2);
  });

  it('loads 普宁’s own list into its plan, with the Annex 1/2 deadlines (003 §五, §六), once', async () => {
    expect((await tonghu(['supervision', 'load-plan', '--region', '445281'])).stdout).toContain(
      '重点工作 0 项',
    );
    const loaded = await tonghu(['supervision', 'load-tasks', '--region', '445281']);
    expect(loaded.code, loaded.stderr).toBe(0);
    expect(loaded.stdout).toContain('任务清单 puning：新增 20 项');
    expect((await tonghu(['supervision', 'load-tasks', '--region', '445281'])).stdout).toContain('新增 0 项');
    const view = JSON.parse(
      (
        await tonghu([
          'supervision',
          'overview',
          '--region',
          '445281',
          '--as-of',
          '2024-07-23',
          '--format',
          'json',
        ])
      ).stdout,
    );
    expect(view.plans[0].tasks.total).toBe(20);
    expect(view.plans[0].tasks.late).toEqual([
      expect.objectContaining({ taskNo: 19, dueOn: '2024-07-22', daysLate: 1, units: ['各乡镇场（街道）'] }),
    ]);
    const bad = await tonghu(['supervision', 'load-tasks', '--region', '445281', '--template', 'nowhere']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('nowhere');
    expect((await tonghu(['supervision', 'load-tasks', '--region', '310117'])).code).toBe(2);
  });
});
