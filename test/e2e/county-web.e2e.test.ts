// Issue 18.3 and 18.6 in a real browser against the real server: a township supervisor's 儿童主任工作量 for a
// month with its Excel file, and (below) the print views, the roster templates of data comparison and the
// import's error rows as a workbook.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    expect(errors).toEqual([]);
    await signOut();
  });
});
