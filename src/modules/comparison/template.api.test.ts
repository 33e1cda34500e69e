// Roster templates (issue 18.6): for every comparison kind, the template is a real workbook — the header row on
// the first sheet, the instructions on the second — and the same file with one person filled in is accepted by
// the upload as it stands. Access: 401 without a session, 403 to a township, 400 naming the kind.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, idNumberFor, type TestApp } from '../../../test/helpers/app.ts';
import { multipart } from '../../../test/helpers/multipart.ts';
import { ROSTER_RULES } from './rules/index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** One person's values by header; the kind's own columns get a value the kind accepts. */
const SAMPLE: Record<string, string> = {
  公民身份号码: idNumberFor('2015-05-05', 77),
  姓名: '模板儿童',
  出生日期: '2015-05-05',
  死亡日期: '2026-10-01',
  类别: '低保',
  残疾等级: '一级',
  残疾类别: '肢体',
  学校: '普宁市第一小学',
  年级: '五年级',
};

const template = (as: string | null, kind: string) =>
  t.call(as, { method: 'GET', url: `/api/v1/comparison/template.xlsx?kind=${kind}` });

describe('GET /api/v1/comparison/template.xlsx', () => {
  it('answers 401 without a session, 403 to a township and 400 to an unknown kind', async () => {
    expect((await template(null, 'deaths')).statusCode).toBe(401);
    expect((await template('supervisor', 'deaths')).statusCode).toBe(403);
    const bad = await template('staff', 'nothing');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('kind');
  });

  it.each(ROSTER_RULES.map((r) => [r.kind, r.title]))(
    '%s: a workbook with headers and instructions, accepted by the upload once filled',
    async (kind, title) => {
      const res = await template('staff', kind);
      expect(res.statusCode, res.body).toBe(200);
      const disposition = String(res.headers['content-disposition']);
      expect(disposition).toContain(`filename="roster-template-${kind}.xlsx"`);
      expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)).toBe(`${title}模板.xlsx`);

      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect(book.worksheets.map((w) => w.name)).toEqual([title, '填写说明']);
      const sheet = book.worksheets[0]!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      expect(headers.slice(0, 3)).toEqual(['公民身份号码', '姓名', '出生日期']);
      expect(sheet.rowCount).toBe(1);
      const notes = book.worksheets[1]!;
      const listed = [];
      for (let r = 5; r <= notes.rowCount; r++) listed.push(String(notes.getCell(r, 1).value));
      expect(listed).toEqual(headers);

      // Filled in as a person would: one row, the required columns and the kind's own.
      sheet.addRow(headers.map((h) => SAMPLE[h] ?? ''));
      const filled = Buffer.from(await book.xlsx.writeBuffer());
      const run = await t.call('staff', {
        method: 'POST',
        url: `/api/v1/comparison/runs?kind=${kind}`,
        ...multipart(`${title}.xlsx`, filled),
      });
      expect(run.statusCode, run.body).toBe(201);
      expect(run.json()).toMatchObject({ roster: kind, rows: 1 });
    },
  );
});
