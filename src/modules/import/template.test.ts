// The template a bureau fills in: the shipped file is the generator's, its instructions cover every column
// and code, docs/import-template.md documents every column, and a filled-in template imports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { CONDITION_NAMES, PARENT_STATUS_NAMES } from '../../domain/codes.ts';
import { systemActor } from '../access/actor.ts';
import { INTERVENTION_KIND_NAMES } from '../children/codes.ts';
import { IMPORT_COLUMNS } from './columns.ts';
import { idNumberOf } from '../../../test/helpers/import-files.ts';
import { importChildren } from './service.ts';
import { DATA_SHEET, HELP_SHEET, TEMPLATE_FILE_NAME, templateHeaders, templateWorkbook } from './template.ts';

const SHIPPED = path.resolve('templates', TEMPLATE_FILE_NAME);

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

function rowValues(ws: ExcelJS.Worksheet, n: number): unknown[] {
  return (ws.getRow(n).values as unknown[]).slice(1);
}

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

describe('the template workbook', () => {
  it('ships as templates/children-import-template.xlsx with the generator’s headers', async () => {
    const shipped = await workbook(readFileSync(SHIPPED));
    const generated = await workbook(await templateWorkbook());
    expect(rowValues(shipped.getWorksheet(DATA_SHEET)!, 1)).toEqual(templateHeaders());
    expect(rowValues(generated.getWorksheet(DATA_SHEET)!, 1)).toEqual(templateHeaders());
    expect(shipped.worksheets.map((w) => w.name)).toEqual([DATA_SHEET, HELP_SHEET]);
  });

  it('explains every column and lists every code with its Chinese name', async () => {
    const wb = await workbook(await templateWorkbook());
    const help = wb.getWorksheet(HELP_SHEET)!;
    const rows: unknown[][] = [];
    help.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    for (const c of IMPORT_COLUMNS)
      expect(rows).toContainEqual(expect.arrayContaining([c.header, c.key, c.help]));
    for (const names of [CONDITION_NAMES, PARENT_STATUS_NAMES, INTERVENTION_KIND_NAMES])
      for (const [code, name] of Object.entries(names))
        expect(rows).toContainEqual(expect.arrayContaining([code, name]));
  });

  it('keeps ID numbers as text, so that Excel does not drop their last digits', async () => {
    const ws = (await workbook(await templateWorkbook())).getWorksheet(DATA_SHEET)!;
    const idColumn = templateHeaders().indexOf('身份证号') + 1;
    expect(ws.getColumn(idColumn).numFmt).toBe('@');
    expect(typeof ws.getRow(2).getCell(idColumn).value).toBe('string');
  });

  it('refuses the example row left in, and imports the template once filled in', async () => {
    const ctx = {
      db: database.db,
      actor: systemActor('测试'),
      today: '2026-11-23',
      deploymentRegion: '445281',
    };
    const asIs = await importChildren(ctx, {
      source: { buffer: await templateWorkbook(), name: TEMPLATE_FILE_NAME },
      fileName: TEMPLATE_FILE_NAME,
    });
    expect(asIs).toMatchObject({ committed: false, rejected: 1 });
    expect(asIs.problems).toEqual([
      expect.objectContaining({
        number: 2,
        unit: 'row',
        field: 'idNumber',
        message: expect.stringContaining('示例'),
      }),
    ]);

    const wb = await workbook(await templateWorkbook());
    const ws = wb.getWorksheet(DATA_SHEET)!;
    const cell = (header: string) => ws.getRow(2).getCell(templateHeaders().indexOf(header) + 1);
    cell('姓名').value = '陈小红';
    cell('身份证号').value = idNumberOf('2013-04-02', 124);
    cell('性别').value = '女';
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const outcome = await importChildren(ctx, {
      source: { buffer: filled, name: 'filled.xlsx' },
      fileName: 'filled.xlsx',
    });
    expect(outcome).toMatchObject({ committed: true, imported: 1, rejected: 0, ignoredColumns: [] });
    const child = await database.db
      .selectFrom('child')
      .selectAll()
      .where('id_number', '=', idNumberOf('2013-04-02', 124))
      .executeTakeFirstOrThrow();
    expect(child).toMatchObject({
      name: '陈小红',
      conditions: ['school.dropout_suspected', 'assist.dibao'],
      school_name: '赤岗镇中心小学',
      level: 'yellow',
      left_behind: true,
    });
  });
});

describe('docs/import-template.md', () => {
  it('documents every column by its Chinese header and English key', () => {
    const doc = readFileSync(path.resolve('docs/import-template.md'), 'utf8');
    for (const c of IMPORT_COLUMNS) {
      expect(doc).toContain(`| ${c.header} |`);
      expect(doc).toContain(`\`${c.key}\``);
    }
  });
});
