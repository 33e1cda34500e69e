// Runs the real `tonghu report …` commands as a bureau's script would, on a database prepared beforehand
// in this process and closed: a PGlite data directory, or a fresh database on the server named by
// TEST_DATABASE_URL. Nothing is imported through the CLI first.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serverUrl } from '../../../test/helpers/template.ts';
import { openDatabase, type Database } from '../../db/connect.ts';
import { LEVELS } from '../../domain/codes.ts';
import { exitChild } from '../children/service.ts';
import { intervene, LEFT_BEHIND_PARENTS, register, serviceContext } from '../../../test/helpers/register.ts';
import { tonghu as run } from '../../../test/helpers/cli.ts';
import { pgliteTemplate, TEST_SHARED_BUFFERS } from '../../../test/helpers/db.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-report-'));
const serverBase = process.env.TEST_DATABASE_URL;
const serverName = `tonghu_cli_${randomBytes(6).toString('hex')}`;
let env: NodeJS.ProcessEnv;

async function seed(database: Database): Promise<void> {
  const ctx = serviceContext(database.db, '2026-11-23');
  const a = await register(ctx, '445281102201', '2015-03-04', {
    conditions: ['harm.suspected', 'unsupervised.wandering_or_missing'],
  });
  await intervene(database.db, a, '2026-06-01');
  await register(ctx, '445281102202', '2014-01-01', {
    conditions: ['assist.dibao'],
    parents: LEFT_BEHIND_PARENTS,
  });
  await register(ctx, '445281103201', '2013-01-01', { conditions: ['disability.severe'] });
  const gone = await register(ctx, '445281103201', '2012-01-01', {
    conditions: ['self_harm'],
    parents: LEFT_BEHIND_PARENTS, // a risk factor alone makes no target child (003 §二(二)6)
  });
  await exitChild(ctx, gone, { reason: 'moved_away', exitedOn: '2026-09-01', version: 1 });
}

beforeAll(async () => {
  if (serverBase) {
    const admin = new pg.Client({ connectionString: serverBase });
    await admin.connect();
    await admin.query(`create database ${serverName} template ${inject('serverTemplate')}`);
    await admin.end();
    const url = serverUrl(serverBase, serverName);
    const database = await openDatabase({ databaseUrl: url, poolSize: 2 });
    await seed(database);
    await database.close();
    env = { ...process.env, DATABASE_URL: url, TONGHU_REGION: '' };
  } else {
    const dataDir = path.join(dir, 'data');
    const database = await openDatabase({
      dataDir,
      loadDataDir: pgliteTemplate(),
      sharedBuffers: TEST_SHARED_BUFFERS,
    });
    await seed(database);
    await database.close();
    env = { ...process.env, TONGHU_DATA_DIR: dataDir, DATABASE_URL: '', TONGHU_REGION: '' };
  }
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (!serverBase) return;
  const admin = new pg.Client({ connectionString: serverBase });
  await admin.connect();
  await admin.query(`drop database if exists ${serverName}`);
  await admin.end();
});

// The county and the day most of these reports are asked for.
const PUNING_TODAY = ['--region', '445281', '--as-of', '2026-11-23'];

function tonghu(...args: string[]) {
  return run(args, { env, cwd: dir });
}

async function workbook(file: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

describe('tonghu report annex1', () => {
  it('prints the CONTRACT JSON on stdout', async () => {
    const { code, stdout, stderr } = await tonghu('report', 'annex1', ...PUNING_TODAY);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['region', 'asOf', 'levels', 'total']);
    expect(Object.keys(out.levels)).toEqual([...LEVELS]);
    const zeros = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ item: i + 1, count: 0, intervened: 0 }));
    const rows = (n: number, set: Record<number, [number, number]>) =>
      zeros(n).map((r) =>
        set[r.item] ? { item: r.item, count: set[r.item]![0], intervened: set[r.item]![1] } : r,
      );
    expect(out).toEqual({
      region: '445281',
      asOf: '2026-11-23',
      levels: {
        red: { rows: rows(5, { 1: [1, 1], 2: [1, 1] }), subtotal: 1, subtotalIntervened: 1 },
        yellow: { rows: zeros(6), subtotal: 0, subtotalIntervened: 0 },
        blue: { rows: rows(7, { 4: [1, 0] }), subtotal: 1, subtotalIntervened: 0 },
        green: { rows: rows(4, { 1: [1, 0] }), subtotal: 1, subtotalIntervened: 0 },
      },
      total: 3,
    });
  });

  it('counts the child who left on 2026-09-01 as of the day before', async () => {
    const out = JSON.parse(
      (await tonghu('report', 'annex1', '--region', '445281103', '--as-of', '2026-08-31')).stdout,
    );
    expect(out).toMatchObject({ region: '445281103', asOf: '2026-08-31', total: 2 });
    expect(out.levels.red.rows[3]).toEqual({ item: 4, count: 1, intervened: 0 });
  });

  it('writes the Excel form to --out, or to a plain default name it prints', async () => {
    const out = path.join(dir, 'form.xlsx');
    const given = await tonghu('report', 'annex1', ...PUNING_TODAY, '--format', 'xlsx', '--out', out);
    expect(given.code).toBe(0);
    expect(given.stdout).toContain(out);
    expect((await workbook(out)).worksheets[0]!.getCell('C54').value).toBe(3);

    const named = await tonghu('report', 'annex1', ...PUNING_TODAY, '--format', 'xlsx');
    expect(named.code).toBe(0);
    const file = path.join(dir, 'annex1-445281-2026-11-23.xlsx');
    expect(named.stdout).toContain(file);
    const sheet = (await workbook(file)).worksheets[0]!;
    expect(sheet.getCell('A2').value).toBe('2026年普宁市农村留守儿童和困境儿童摸排情况数据表');
  });

  it.each([
    [['--region', '4452x'], '--region'],
    [['--region', '445281', '--as-of', '2026-13-01'], '--as-of'],
    [['--region', '445281', '--format', 'pdf'], '--format'],
    [['--region', '445281999'], '445281999'],
    [['--region', '445281', '--format', 'xlsx', '--out', path.join(dir, 'no', 'such', 'dir.xlsx')], '--out'],
    [[], '--region'],
  ])('exits 2 naming the problem for %j, writing nothing', async (args, named) => {
    const before = readdirSync(dir).sort();
    const { code, stdout, stderr } = await tonghu('report', 'annex1', ...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(named);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

describe('tonghu report annex2 and timeliness', () => {
  it('writes the roster with masked ID numbers and prints how many', async () => {
    const out = path.join(dir, 'roster.xlsx');
    const { code, stdout } = await tonghu('report', 'annex2', ...PUNING_TODAY, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('3 人');
    const sheet = (await workbook(out)).worksheets[0]!;
    expect(sheet.rowCount).toBe(8);
    expect(String(sheet.getCell('F6').value)).toContain('************');
  });

  it('prints timeliness as JSON and writes it as Excel', async () => {
    const json = await tonghu('report', 'timeliness', '--region', '445281', '--as-of', '2026-11-23');
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out.total).toMatchObject({ targetChildren: 3, neverVisited: 3, villagesWithoutDirector: 3 });
    const xlsx = await tonghu('report', 'timeliness', '--region', '445281', '--format', 'xlsx');
    expect(xlsx.code).toBe(0);
    expect(
      existsSync(
        path.join(
          dir,
          `timeliness-445281-${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())}.xlsx`,
        ),
      ),
    ).toBe(true);
  });
});
