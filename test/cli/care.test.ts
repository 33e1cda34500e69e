// Runs the real `tonghu report care` on a prepared database: 普宁's care duties with their citations (003 §五.4
// family education yearly, 003 §五.13 a safety visit to every village yearly) as JSON, as a table and as the
// workbook; bad options exit 2 and write nothing.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordActivity } from '../../src/modules/care-activities/record.ts';
import { PUNING } from '../helpers/app.ts';
import { cliDatabase, registerChildren, systemContext } from '../helpers/workforce.ts';
import { tonghu as run } from '../helpers/cli.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-care-cli-'));
let target: Awaited<ReturnType<typeof cliDatabase>>;

function tonghu(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return run(args, { env: { ...process.env, ...target.env } });
}

beforeAll(async () => {
  target = await cliDatabase(path.join(dir, 'data'));
  const database = await target.open();
  try {
    const ctx = systemContext(database.db, '2026-11-23');
    const [first] = await registerChildren(ctx, PUNING.village, 3);
    await recordActivity(ctx, {
      title: '家庭教育讲座',
      kind: 'family_education',
      heldOn: '2026-05-01',
      place: '村委会',
      regionCode: PUNING.village,
      organiser: { kind: 'village' },
      reached: [{ childId: first! }],
    });
  } finally {
    await database.close();
  }
}, 180_000);
afterAll(() => target.destroy());

describe('tonghu report care', () => {
  it('prints the duties with their citations and what each reached', async () => {
    const json = await tonghu(['report', 'care', '--region', '445281', '--as-of', '2026-11-23']);
    expect(json.code, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.policy.id).toBe('puning');
    expect(report.total.rules.family_education).toEqual({ of: 3, reached: 1, missing: 2 });
    const table = await tonghu([
      'report',
      'care',
      '--region',
      '445281',
      '--as-of',
      '2026-11-23',
      '--format',
      'table',
    ]);
    expect(table.stdout).toContain(
      '家庭教育指导·每名服务对象的家庭（每年至少一次，2026，003 §五.4）：应覆盖 3，已覆盖 1，未覆盖 2',
    );
    expect(table.stdout).toContain('003 §五.13');
  });

  it('writes the workbook with the families not reached', async () => {
    const out = path.join(dir, 'care.xlsx');
    const res = await tonghu([
      'report',
      'care',
      '--region',
      '445281',
      '--as-of',
      '2026-11-23',
      '--format',
      'xlsx',
      '--out',
      out,
    ]);
    expect(res.code, res.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('未覆盖名单')!.rowCount).toBe(3 + 2);
  });

  it('exits 2 on bad options and writes nothing', async () => {
    const out = path.join(dir, 'bad.xlsx');
    const bad = await tonghu([
      'report',
      'care',
      '--region',
      '445281',
      '--as-of',
      '2026-13-01',
      '--format',
      'xlsx',
      '--out',
      out,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--as-of');
    expect(existsSync(out)).toBe(false);
    expect((await tonghu(['report', 'care', '--region', '445281', '--format', 'pdf'])).code).toBe(2);
    expect((await tonghu(['report', 'care', '--region', '44528'])).code).toBe(2);
  });
});
