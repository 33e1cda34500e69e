// 有误的行 (issue 18.6): the import's rows in error as a workbook, each row as the file has it with the reason
// beside it; nothing is written, the download is recorded; 401, 403 and a missing file as for the import.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { multipart } from '../../../test/helpers/multipart.ts';
import { csv, idNumberOf, xlsx } from '../../../test/helpers/import-files.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const URL = '/api/v1/imports/children/errors.xlsx';

const HEADER = ['姓名', '身份证号', '村（社区）代码', '户籍类型', '父亲状况', '母亲状况'];
const ROWS = [
  HEADER,
  ['无误甲', idNumberOf('2014-04-04', 21), PUNING.village, '农村', '外出务工', '外出务工'],
  ['有误乙', idNumberOf('2014-04-04', 23).slice(0, 17) + 'Y', PUNING.village, '农村', '', ''],
  ['有误丙', idNumberOf('2014-04-04', 25), PUNING.village, '外地', '', ''],
];

async function workbookOf(payload: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(payload as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

const children = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('child')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('POST /api/v1/imports/children/errors.xlsx', () => {
  it('answers 401 without a session, 403 to a township, 400 without a file', async () => {
    const file = multipart('a.csv', csv(ROWS));
    expect((await t.call(null, { method: 'POST', url: URL, ...file })).statusCode).toBe(401);
    expect((await t.call('supervisor', { method: 'POST', url: URL, ...file })).statusCode).toBe(403);
    const none = await t.call('staff', { method: 'POST', url: URL });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.field).toBe('file');
  });

  it.each([
    ['摸排.csv', async () => Buffer.from(csv(ROWS)), 'line'],
    ['摸排.xlsx', () => xlsx(ROWS), 'row'],
  ])('%s: the rows in error with the reason beside each, nothing written', async (name, make) => {
    const before = await children();
    const res = await t.call('staff', { method: 'POST', url: URL, ...multipart(name, await make()) });
    expect(res.statusCode, res.body).toBe(200);
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toContain('filename="import-errors.xlsx"');
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)).toBe('摸排-有误的行.xlsx');
    const sheet = await workbookOf(res.rawPayload);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['原文件行号', '有误原因', ...HEADER]);
    expect(sheet.rowCount).toBe(3);
    const second = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(second[0]).toBe(3);
    expect(second[1]).toMatch(/^身份证号：/);
    expect(second[2]).toBe('有误乙');
    const third = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(third[0]).toBe(4);
    expect(third[1]).toMatch(/户籍类型：.*外地/);
    expect(third.slice(2, 6)).toEqual(['有误丙', ROWS[3]![1], PUNING.village, '外地']);
    expect(await children()).toBe(before);
    const audit = await t.database.db
      .selectFrom('audit_event')
      .select(['detail'])
      .where('action', '=', 'import.errors_exported')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ rows: 2, omitted: 0 });
  });
});
