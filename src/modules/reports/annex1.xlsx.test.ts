// The Annex 1 workbook opened again with exceljs: the paper form's title, 填报 lines, header, the levels
// as merged cells over their rows, the figures in their cells, the print setup; one sheet per part.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { systemActor } from '../access/actor.ts';
import { annex1File, annex1Report } from './service.ts';
import { intervene, register, serviceContext } from '../../../test/helpers/register.ts';

const TODAY = '2026-11-23';
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  const ctx = serviceContext(database.db, TODAY);
  const red = await register(ctx, '445281102201', '2015-03-04', {
    conditions: ['harm.suspected', 'self_harm'],
  });
  await intervene(database.db, red, '2026-03-01');
  await register(ctx, '445281102202', '2014-01-01', { conditions: ['orphan'] });
  await register(ctx, '445281103201', '2016-01-01', { conditions: ['assist.dibao'] });
  await register(ctx, '445281103201', '2017-01-01', { conditions: ['assist.dibao'] });
});
afterAll(() => database.destroy());

async function workbook(region: string, breakdown = false) {
  const ctx = { db: database.db, actor: systemActor('测试'), today: TODAY };
  const file = await annex1File(await annex1Report(ctx, { region, breakdown }), '李科员');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file.buffer as unknown as ArrayBuffer);
  return { file, book };
}

const text = (sheet: ExcelJS.Worksheet, ref: string) => String(sheet.getCell(ref).value ?? '');

describe('Annex 1 workbook (003 附件1)', () => {
  it('looks like the paper form, with the figures in their cells', async () => {
    const { file, book } = await workbook('445281');
    expect(file.fileName).toBe('annex1-445281-2026-11-23.xlsx');
    expect(book.worksheets).toHaveLength(1);
    const sheet = book.worksheets[0]!;
    expect(text(sheet, 'A1')).toBe('附件1');
    expect(text(sheet, 'A2')).toBe('2026年普宁市农村留守儿童和困境儿童摸排情况数据表');
    expect(text(sheet, 'A3')).toBe('填报单位：普宁市');
    expect(text(sheet, 'C3')).toBe('填报人：李科员');
    expect(text(sheet, 'A4')).toBe('日期：2026年11月23日');
    expect(text(sheet, 'C4')).toBe('联系电话：');
    expect([1, 2, 3, 4].map((c) => sheet.getRow(5).getCell(c).value)).toEqual([
      '风险等级类型',
      '服务对象类型',
      '人数',
      '备注',
    ]);

    // Red spans rows 6–16 (five rows with their "其中" lines, then 人数小计), yellow 17–29, blue 30–44,
    // green 45–53, 人数合计 on 54.
    const merges = sheet.model.merges;
    for (const range of ['A2:D2', 'A6:A16', 'A17:A29', 'A30:A44', 'A45:A53', 'A54:B54'])
      expect(merges).toContain(range);
    expect(text(sheet, 'A6')).toBe('高风险等级（红色）');
    expect(text(sheet, 'A17')).toBe('中高风险等级（黄色）');
    expect(text(sheet, 'A30')).toBe('中低风险等级（蓝色）');
    expect(text(sheet, 'A45')).toBe('低风险等级（绿色）');

    expect(text(sheet, 'B6')).toBe('1. （疑似）遭受性侵害、虐待、拐卖、暴力伤害、遗弃等不法侵害的儿童数');
    expect(text(sheet, 'B7').trim()).toBe('其中已干预的儿童数');
    expect(sheet.getCell('C6').value).toBe(1);
    expect(sheet.getCell('C7').value).toBe(1);
    expect(sheet.getCell('C12').value).toBe(1); // 4. 自杀或自残
    expect(sheet.getCell('C13').value).toBe(1);
    expect(text(sheet, 'B16')).toBe('人数小计');
    expect(sheet.getCell('C16').value).toBe(1); // one child in two red rows
    expect(text(sheet, 'D16')).toBe('其中符合“其中”口径 1 人');
    expect(sheet.getCell('C29').value).toBe(0);
    expect(text(sheet, 'B30')).toBe('1. 孤儿数（含艾滋病病毒感染儿童）');
    expect(text(sheet, 'B31').trim()).toBe('其中已落实保障和已定期介入跟踪的儿童数');
    expect(sheet.getCell('C30').value).toBe(1);
    expect(sheet.getCell('C44').value).toBe(1);
    expect(text(sheet, 'B45')).toBe('1. 最低生活保障家庭中的儿童数');
    expect(sheet.getCell('C45').value).toBe(2);
    expect(sheet.getCell('C53').value).toBe(2);
    expect(text(sheet, 'A54')).toBe('人数合计');
    expect(sheet.getCell('C54').value).toBe(4);

    expect(sheet.getCell('C6').border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(sheet.getColumn(2).width).toBeGreaterThan(40);
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '5:5',
    });
  });

  it('gives a county one sheet for the whole and one per township, titled with their names', async () => {
    const { book } = await workbook('445281', true);
    const names = book.worksheets.map((s) => s.name);
    expect(names[0]).toBe('普宁市合计');
    expect(names).toContain('赤岗镇');
    expect(names).toContain('大坝镇');
    const chigang = book.getWorksheet('赤岗镇')!;
    expect(text(chigang, 'A2')).toBe('2026年赤岗镇农村留守儿童和困境儿童摸排情况数据表');
    expect(text(chigang, 'A3')).toBe('填报单位：普宁市赤岗镇');
    expect(chigang.getCell('C54').value).toBe(2);
    expect(book.getWorksheet('大坝镇')!.getCell('C54').value).toBe(2);
  });
});
