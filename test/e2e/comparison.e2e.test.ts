// 数据比对 in a real browser against the real server: county staff upload a school-enrolment roster (an Excel
// file, as the education bureau sends it), watch it run, and read the suspected dropout in the results table;
// they confirm it (the child's file gains the condition), a malformed roster is refused with its row and field,
// the run is listed, and a township supervisor may verify but not upload.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberFor } from '../helpers/app.ts';
import {
  collectPageErrors,
  eventually,
  hasChromium,
  launchBrowser,
  screenshot,
  type Browser,
} from './helpers/browser.ts';
import { registerChild, signIn, startWebServer, type WebServer } from './helpers/server.ts';

let server: WebServer;
let browser: Browser;
let page: Page;
let errors: string[];
let dropoutId: string;
const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-roster-'));

const login = (username: string) => signIn(page, server, username, { leaveLogin: true });

async function schoolRoster(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('学籍');
  sheet.addRow(['姓名', '身份证号', '出生日期', '学校', '年级']);
  sheet.addRow(['王在读', idNumberFor('2015-04-05', 21), '2015-04-05', '赤岗镇中心小学', '五年级']);
  const file = path.join(dir, '2026年秋季学籍名册.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

describe.skipIf(!hasChromium)('数据比对 in the browser', () => {
  beforeAll(async () => {
    server = await startWebServer();
    const t = server.t;
    await registerChild(t, { name: '王在读', birthDate: '2015-04-05', sequence: 21 });
    dropoutId = await registerChild(t, { name: '李辍学', birthDate: '2014-06-07', sequence: 22 });
    // Three years old: not of school age, so absent from the school roster is no finding.
    await registerChild(t, { name: '张幼儿', birthDate: '2023-01-01', sequence: 23 });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('refuses a malformed roster, naming the row and the field, and stores nothing', async () => {
    await login('staff');
    await page.getByRole('menuitem', { name: '数据比对' }).click();
    await page.waitForURL(/\/comparison$/);
    const bad = path.join(dir, 'deaths.csv');
    writeFileSync(
      bad,
      `姓名,身份证号,出生日期,死亡日期\n李辍学,${idNumberFor('2014-06-07', 22)},2014-06-07,昨天\n`,
    );
    await page.getByLabel('名册类型', { exact: true }).click();
    await page.locator('.ant-select-item-option', { hasText: '死亡人员名单' }).click();
    await page.locator('.comparison-upload input[type=file]').setInputFiles(bad);
    await page.getByRole('button', { name: '开始比对' }).click();
    const alert = page.getByRole('alert').filter({ hasText: '名册未能比对' });
    await eventually(() => alert.count()).toBe(1);
    const text = await alert.innerText();
    expect(text).toMatch(/第2行/);
    expect(text).toContain('死亡日期');
    await screenshot(page, 'comparison-01-refused');
    const runs = await server.t.call('staff', { method: 'GET', url: '/api/v1/comparison/runs' });
    expect(runs.json().total).toBe(0);
  });

  it('uploads a school roster with progress and shows the suspected dropout in the results table', async () => {
    await page.getByLabel('名册类型', { exact: true }).click();
    await page.locator('.ant-select-item-option', { hasText: '学籍名册' }).click();
    await page.locator('.comparison-upload input[type=file]').setInputFiles(await schoolRoster());
    // Hold the upload's answer a moment, as a large roster would take, to see the progress while it runs.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === '/api/v1/comparison/runs',
      async (route) => {
        if (route.request().method() === 'POST') await held;
        await route.continue();
      },
    );
    await page.getByRole('button', { name: '开始比对' }).click();
    const progress = page.getByTestId('comparison-progress');
    await eventually(() => progress.count()).toBe(1);
    expect(await progress.innerText()).toMatch(/正在上传|正在与登记儿童逐条比对/);
    await screenshot(page, 'comparison-02a-progress');
    release();
    await eventually(() => page.getByText(/比对完成：发现 1 条需核实的结果/).count()).toBe(1);
    expect(await progress.count()).toBe(0);
    await page.unrouteAll();
    const table = page.locator('.comparison-findings tbody');
    await eventually(() => table.locator('tr.ant-table-row').count()).toBe(1);
    const row = await table.locator('tr.ant-table-row').innerText();
    expect(row).toContain('疑似辍学（学籍库无记录）');
    expect(row).toContain('李辍学');
    expect(row).toContain('2014年6月7日');
    expect(row).toContain('名册中无此人');
    expect(row).toContain('待核实');
    expect(row).not.toContain('王在读');
    expect(await table.innerText()).not.toContain('张幼儿');
    // The ID number is masked in the worklist.
    expect(await table.locator('.mono').innerText()).toMatch(/^\d{6}\*{12}$/);
    await screenshot(page, 'comparison-02-results');
  });

  it('confirms the dropout: the finding closes and the child’s file gains the condition', async () => {
    const row = page.locator('.comparison-findings tbody tr.ant-table-row', { hasText: '李辍学' });
    await row.getByRole('button', { name: '核实属实' }).click();
    const dialog = page.getByRole('dialog');
    await eventually(() => dialog.innerText()).toContain('转介教育部门');
    await dialog.getByLabel('核实说明').fill('经村委会核实，已两个月未到校');
    await dialog.getByRole('button', { name: '确认并处理' }).click();
    await eventually(() => row.innerText()).toContain('已核实属实');
    expect(await row.innerText()).toMatch(/已转介教育部门|待转介教育部门/);
    const child = await server.t.call('staff', { method: 'GET', url: `/api/v1/children/${dropoutId}` });
    expect(JSON.stringify(child.json())).toContain('school.dropout_suspected');
    await screenshot(page, 'comparison-03-confirmed');
  });

  it('lists the run with who ran it and its counts', async () => {
    await page.getByRole('tab', { name: '比对记录' }).click();
    const runs = page.locator('.comparison-runs tbody tr.ant-table-row');
    await eventually(() => runs.count()).toBe(1);
    const text = await runs.innerText();
    expect(text).toContain('学籍名册');
    expect(text).toContain('2026年秋季学籍名册.xlsx');
    expect(text).toContain('民政局李科员');
    await screenshot(page, 'comparison-04-runs');
    await runs.getByRole('button', { name: '查看结果' }).click();
    await eventually(() => page.locator('.comparison-findings tbody tr.ant-table-row').count()).toBe(1);
  });

  it('filters the findings by kind of finding and by region', async () => {
    const rows = page.locator('.comparison-findings tbody tr.ant-table-row');
    await page.getByLabel('比对结果类型筛选').click();
    await page.locator('.ant-select-item-option', { hasText: '已死亡仍在册' }).click();
    await eventually(() => page.getByText('没有比对结果').count()).toBe(1);
    expect(await rows.count()).toBe(0);
    await page.getByLabel('比对结果类型筛选').click();
    await page.locator('.ant-select-item-option', { hasText: '疑似辍学' }).click();
    await eventually(() => rows.count()).toBe(1);
    // The child lives in 赤岗镇五福屿: its neighbour village shows nothing, its own village the finding.
    await page.locator('#findings-region').click();
    await page.locator('.ant-cascader-menu-item', { hasText: '赤岗镇' }).first().click();
    await page.locator('.ant-cascader-menu-item', { hasText: '西林村委会' }).click();
    await page.keyboard.press('Escape');
    await eventually(() => page.getByText('没有比对结果').count()).toBe(1);
    await page.locator('#findings-region').click();
    await page.locator('.ant-cascader-menu-item', { hasText: '五福屿村委会' }).click();
    await page.keyboard.press('Escape');
    await eventually(() => rows.count()).toBe(1);
    expect(await rows.innerText()).toContain('李辍学');
  });

  it('lets a township supervisor verify findings but not upload rosters', async () => {
    await page.context().clearCookies();
    await login('supervisor');
    await page.goto(`${server.url}/comparison`);
    await eventually(() => page.getByRole('tab', { name: '比对结果核实' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '开始比对' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
