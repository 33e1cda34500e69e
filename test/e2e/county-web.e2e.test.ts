// Issue 18.3 and 18.6 in a real browser against the real server: a township supervisor's 儿童主任工作量 for a
// month with its Excel file, and (below) the print views, the roster templates of data comparison and the
// import's error rows as a workbook.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberFor } from '../helpers/app.ts';
import { adultIdNumber } from '../helpers/workforce.ts';
import {
  collectPageErrors,
  eventually,
  hasChromium,
  launchBrowser,
  screenshot,
  type Browser,
} from './helpers/browser.ts';
import { PUNING, registerChild, signIn, startWebServer, type WebServer } from './helpers/server.ts';

let server: WebServer;
let browser: Browser;
let page: Page;
let errors: string[];
let childId: string;
const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-county-web-'));

async function savedWorkbook(download: Download): Promise<ExcelJS.Workbook> {
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

async function signOut() {
  await page.context().clearCookies();
}

describe.skipIf(!hasChromium)('county web pages in the browser', () => {
  beforeAll(async () => {
    server = await startWebServer();
    const t = server.t;
    childId = await registerChild(t, { name: '陈一', birthDate: '2014-02-03', sequence: 41 });
    await registerChild(t, { name: '陈二', birthDate: '2015-02-03', sequence: 42 });
    const person = await t.call('staff', {
      method: 'POST',
      url: '/api/v1/workforce/people',
      payload: { name: '周主任', idNumber: adultIdNumber(1), regionCode: PUNING.village },
    });
    if (person.statusCode !== 201) throw new Error(person.body);
    const user = await t.database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'director')
      .executeTakeFirstOrThrow();
    const link = await t.call('staff', {
      method: 'PATCH',
      url: `/api/v1/workforce/people/${person.json().id}`,
      payload: { userId: user.id },
    });
    if (link.statusCode !== 200) throw new Error(link.body);
    const visit = await t.call('director', {
      method: 'POST',
      url: `/api/v1/children/${childId}/contacts`,
      payload: { kind: 'visit', occurredOn: '2026-11-20', findings: {} },
    });
    if (visit.statusCode !== 201) throw new Error(visit.body);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a supervisor each director’s month and downloads it as a workbook', async () => {
    await signIn(page, server, 'supervisor', { leaveLogin: true });
    await page.getByRole('menuitem', { name: '儿童主任工作量' }).click();
    await page.waitForURL(/\/workload$/);
    const row = page.locator('tbody tr.ant-table-row', { hasText: '周主任' });
    await eventually(() => row.count()).toBe(1);
    const cells = row.locator('td');
    await expect.poll(() => cells.nth(3).innerText()).toBe('1');
    expect(await cells.nth(5).innerText()).toBe('2');
    expect(await cells.nth(2).innerText()).toBe('周主任');
    // The month before: no visit recorded.
    await page.getByLabel('月份').click();
    await page.getByTitle('2026-10').click();
    await eventually(() => cells.nth(3).innerText()).toBe('0');
    // A past month's overdue is that month's end's, and says so (not today's under an old month).
    await eventually(() => page.locator('thead').innerText()).toContain('月末逾期（人）');
    expect(await page.getByText(/该月末（2026年10月31日）/).count()).toBe(1);
    await screenshot(page, 'workload');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出Excel/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('儿童主任工作量-赤岗镇-2026-10.xlsx');
    const book = await savedWorkbook(download);
    const sheet = book.worksheets[0]!;
    expect(String(sheet.getCell(1, 1).value)).toBe('赤岗镇儿童主任工作量（2026年10月）');
    expect(sheet.getCell(4, 3).value).toBe('周主任');
    expect(sheet.getCell(4, 4).value).toBe(0);
    expect(sheet.getCell(3, 7).value).toBe('月末逾期（人）');
    expect(String(sheet.getCell(2, 1).value)).toContain('该月末（2026年10月31日）');
    expect(errors).toEqual([]);
    await signOut();
  });

  /** Replaces window.print (a real dialog would block headless Chromium) with a counter. */
  // The page's code as text (the tests are compiled without the DOM's types).
  async function countPrints() {
    await page.evaluate('window.printed = 0; window.print = () => { window.printed += 1; };');
  }
  const printed = () => page.evaluate('window.printed');

  /** In print media: no side menu, header or buttons; `table` visible with black rules; a PDF renders. */
  async function checkPrint(table: string, name: string) {
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
      expect(await page.locator('.ant-menu').first().isVisible()).toBe(false);
      expect(await page.locator('.ant-layout-header').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: /打\s*印/ }).isVisible()).toBe(false);
      const visible = page.locator(table).first();
      expect(await visible.isVisible()).toBe(true);
      const border = await visible
        .locator('th, td')
        .first()
        .evaluate(
          (cell) =>
            (
              globalThis as unknown as { getComputedStyle(e: unknown): { borderTopColor: string } }
            ).getComputedStyle(cell).borderTopColor,
        );
      expect(border).toBe('rgb(0, 0, 0)');
      await screenshot(page, `print-${name}`);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(5_000);
      writeFileSync(path.join(dir, `${name}.pdf`), pdf);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  }

  it('prints Annex 1 and Annex 2 from the reports page on A4 without the menus', async () => {
    await signIn(page, server, 'staff', { leaveLogin: true });
    await page.goto(`${server.url}/reports`);
    await page.getByRole('button', { name: /打印附件1/ }).click();
    await page.waitForURL(/\/reports\/annex1\/print/);
    await eventually(() => page.locator('table.annex1').count()).toBe(1);
    expect(await page.locator('.print-doc h1').innerText()).toBe('农村留守儿童和困境儿童摸排情况数据表');
    expect(await page.locator('.print-meta').innerText()).toContain('普宁市');
    expect(await page.locator('.ant-layout-sider').isVisible()).toBe(true);
    await countPrints();
    await page.getByRole('button', { name: /打\s*印/ }).click();
    expect(await printed()).toBe(1);
    await checkPrint('table.annex1', 'annex1');

    await page.goto(`${server.url}/reports`);
    await page.getByRole('button', { name: /打印附件2/ }).click();
    await page.waitForURL(/\/reports\/annex2\/print/);
    const rows = page.locator('table.print-table tbody tr');
    await eventually(() => rows.count()).toBe(2);
    const text = await page.locator('table.print-table').innerText();
    expect(text).toContain('陈一');
    expect(text).toContain('公民身份号码');
    // Masked: the address code and asterisks only.
    expect(text).not.toContain(idNumberFor('2014-02-03', 41));
    await checkPrint('table.print-table', 'annex2');
    expect(errors).toEqual([]);
  });

  it("prints a child's file with its sections one after another", async () => {
    await page.goto(`${server.url}/children/${childId}`);
    await page.getByRole('button', { name: /打印档案/ }).click();
    await page.waitForURL(new RegExp(`/children/${childId}/print$`));
    for (const title of ['基本信息', '家庭与监护', '风险评估', '走访记录', '帮扶干预'])
      await eventually(() => page.locator('.print-section h2', { hasText: title }).count()).toBe(1);
    await eventually(() => page.locator('.print-section').nth(3).innerText()).toContain('2026年11月20日');
    expect(await page.locator('.print-meta').innerText()).toContain('陈一');
    expect(await page.locator('.print-doc textarea').first().isVisible()).toBe(true);
    await checkPrint('.print-section', 'child-file');
    // The work log's entry box is for the screen, not the paper.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-doc textarea').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });

  it('downloads a roster template that the comparison upload accepts once filled', async () => {
    await page.goto(`${server.url}/comparison`);
    await page.getByLabel('名册类型', { exact: true }).click();
    await page.locator('.ant-select-item-option', { hasText: '死亡人员名单' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /下载名册模板/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('死亡人员名单模板.xlsx');
    const book = await savedWorkbook(download);
    expect(book.worksheets.map((w) => w.name)).toEqual(['死亡人员名单', '填写说明']);
    const sheet = book.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(headers).toContain('死亡日期');
    const values: Record<string, string> = {
      公民身份号码: idNumberFor('2014-02-03', 41),
      姓名: '陈一',
      出生日期: '2014-02-03',
      死亡日期: '2026-11-01',
    };
    sheet.addRow(headers.map((h) => values[h] ?? ''));
    const filled = path.join(dir, '2026年11月死亡人员名单.xlsx');
    await book.xlsx.writeFile(filled);
    await page.locator('.comparison-upload input[type=file]').setInputFiles(filled);
    await page.getByRole('button', { name: '开始比对' }).click();
    await eventually(() => page.getByText(/2026年11月死亡人员名单\.xlsx”比对完成/).count()).toBe(1);
    const summary = await page.locator('.ant-descriptions').first().innerText();
    expect(summary).toMatch(/名册人数\s*1/);
    expect(summary).toMatch(/身份证号匹配\s*1/);
    expect(errors).toEqual([]);
  });

  it('downloads the import’s rows in error with the reason beside each', async () => {
    const file = path.join(dir, '摸排.csv');
    const bad = idNumberFor('2015-06-06', 51).slice(0, 17) + 'Y';
    writeFileSync(
      file,
      [
        '姓名,身份证号,村（社区）代码,户籍类型,父亲状况,母亲状况',
        `导入甲,${idNumberFor('2015-06-06', 53)},${PUNING.village},农村,外出务工,外出务工`,
        `导入乙,${bad},${PUNING.village},农村,,`,
      ].join('\n'),
    );
    await page.goto(`${server.url}/import`);
    await page.locator('input[type=file]').setInputFiles(file);
    await eventually(() => page.getByRole('heading', { name: '有误的记录' }).count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载有误的行/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('摸排-有误的行.xlsx');
    const sheet = (await savedWorkbook(download)).worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['原文件行号', '有误原因', '姓名']);
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getCell(2, 1).value).toBe(3);
    expect(String(sheet.getCell(2, 2).value)).toMatch(/^身份证号：.+/);
    expect(sheet.getCell(2, 3).value).toBe('导入乙');
    expect(sheet.getCell(2, 4).value).toBe(bad);
    expect(errors).toEqual([]);
  });
});
