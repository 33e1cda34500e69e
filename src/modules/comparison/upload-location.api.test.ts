// A malformed roster uploaded over HTTP is refused with where the problem is — the line (text files) or row
// (spreadsheets) as well as the field — so that the web page can name it, and nothing is stored.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, idNumberFor, type TestApp } from '../../../test/helpers/app.ts';
import { multipart } from '../../../test/helpers/multipart.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('POST /api/v1/comparison/runs with a malformed roster', () => {
  it('names the line and field of a CSV roster', async () => {
    const csv =
      '姓名,身份证号,出生日期,死亡日期\n' +
      `甲,${idNumberFor('2014-06-07', 1)},2014-06-07,2026-10-01\n` +
      `乙,${idNumberFor('2014-06-08', 2)},2014-06-08,昨天\n`;
    const res = await t.call('staff', {
      method: 'POST',
      url: '/api/v1/comparison/runs?kind=deaths',
      ...multipart('deaths.csv', Buffer.from(csv)),
    });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('bad_input');
    expect(error.line).toBe(3);
    expect(error.row).toBeUndefined();
    expect(error.message).toContain('死亡日期');
    const runs = await t.call('staff', { method: 'GET', url: '/api/v1/comparison/runs' });
    expect(runs.json().total).toBe(0);
  });

  it('names the row of an XLSX roster', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['姓名', '身份证号', '出生日期', '死亡日期']);
    sheet.addRow(['甲', idNumberFor('2014-06-07', 1), '2014-06-07', '不详']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await t.call('staff', {
      method: 'POST',
      url: '/api/v1/comparison/runs?kind=deaths',
      ...multipart('deaths.xlsx', buffer),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.row).toBe(2);
  });

  it('leaves errors without a location as they were', async () => {
    const res = await t.call('staff', {
      method: 'POST',
      url: '/api/v1/comparison/runs?kind=school_enrolment',
      ...multipart('empty.csv', Buffer.from('姓名,身份证号,出生日期\n')),
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error).sort()).not.toContain('line');
  });
});
