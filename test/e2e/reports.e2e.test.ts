// County staff in a real browser against the real server: the dashboard's overdue count, open mandatory
// reports and recent changes; a director's dashboard on a 360 px phone.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
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
import { PUNING, registerChild, signIn, startWebServer, type WebServer } from './helpers/server.ts';

let server: WebServer;
let browser: Browser;
let page: Page;
let errors: string[];
let redId: string;

async function savedWorkbook(download: Download): Promise<ExcelJS.Workbook> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tonghu-report-')), download.suggestedFilename());
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

async function downloadOf(p: Page, button: RegExp): Promise<Download> {
  const [download] = await Promise.all([
    p.waitForEvent('download'),
    p.getByRole('button', { name: button }).click(),
  ]);
  return download;
}

const login = (p: Page, username: string) => signIn(p, server, username);

describe.skipIf(!hasChromium)('county staff: dashboard, reports and import in the browser', () => {
  beforeAll(async () => {
    server = await startWebServer();
    const t = server.t;
    // Red (an open mandatory report), yellow, blue; one registered in June and never visited (overdue);
    // one in the other township.
    redId = await registerChild(t, {
      name: '陈红',
      birthDate: '2014-02-03',
      sequence: 11,
      conditions: ['harm.suspected'],
    });
    await registerChild(t, {
      name: '林黄',
      birthDate: '2013-05-06',
      sequence: 12,
      conditions: ['school.dropout_suspected'],
    });
    await registerChild(t, {
      name: '吴蓝',
      birthDate: '2016-07-08',
      sequence: 13,
      conditions: ['disability.severe'],
    });
    await registerChild(t, {
      name: '周早',
      birthDate: '2015-01-01',
      sequence: 14,
      registeredOn: '2026-06-01',
    });
    await registerChild(t, {
      name: '大坝娃',
      birthDate: '2012-01-02',
      sequence: 15,
      villageCode: PUNING.otherTownshipVillage,
      as: 'staff',
    });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the county the overdue count, open mandatory reports and recent changes', async () => {
    await login(page, 'staff');
    await page.waitForURL(/\/dashboard$/);
    const overdue = page.getByRole('link', { name: '逾期走访联系的儿童' });
    await eventually(() => overdue.innerText()).toMatch(/逾期走访联系\s*1\s*名/);
    const reports = page.getByRole('list', { name: '待报告的强制报告' });
    await eventually(() => reports.innerText()).toContain('陈红');
    expect(await page.getByRole('link', { name: '未报告的强制报告' }).innerText()).toMatch(/1\s*件/);

    // The latest changes are folded below what needs action today (issue 18.7).
    await page.getByRole('button', { name: '最近变更' }).click();
    const recent = page.locator('.ant-card', { hasText: '最近变更' });
    await eventually(() => recent.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    const text = await recent.innerText();
    for (const name of ['陈红', '林黄', '吴蓝', '周早', '大坝娃']) expect(text).toContain(name);
    expect(text).toContain('登记建档');
    expect(text).toContain('民政局李科员');
    expect(text).toMatch(/2026年\d+月\d+日 \d\d:\d\d/);
    // Reads are not changes, and no ID number shows.
    expect(text).not.toContain('查看档案');
    expect(text).not.toMatch(/\d{17}[\dX]/);
    await screenshot(page, 'web2-01-dashboard-county');

    // A child's name opens the file; the overdue count opens the list filtered to the overdue.
    await recent.getByRole('link', { name: '陈红' }).first().click();
    await page.waitForURL(new RegExp(`/children/${redId}$`));
    await page.goBack();
    await overdue.click();
    await page.waitForURL(/\/children\?overdue=true$/);
    await eventually(() => page.getByText('共 1 名儿童').count()).toBe(1);
    expect(await page.locator('tbody tr td:first-child a').allTextContents()).toEqual(['周早']);
  });

  it('shows a director on a phone their counts and mandatory reports, without the audit trail', async () => {
    const phone = await launchBrowser({ viewport: { width: 360, height: 740 }, mobile: true });
    try {
      const p = await phone.context.newPage();
      const phoneErrors = collectPageErrors(p);
      await login(p, 'director');
      await p.waitForURL(/\/visit$/);
      await p.goto(`${server.url}/dashboard`);
      await eventually(() => p.getByRole('link', { name: '逾期走访联系的儿童' }).innerText()).toMatch(
        /1\s*名/,
      );
      await eventually(() => p.getByRole('list', { name: '待报告的强制报告' }).innerText()).toContain('陈红');
      expect(await p.getByText('最近变更').count()).toBe(0);
      // A director may not import: no 导入 in the bottom navigation.
      const nav = p.getByRole('navigation', { name: '主导航' });
      expect(await nav.innerText()).not.toContain('导入');
      // Nothing wider than the phone.
      expect(await p.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
      await screenshot(p, 'web2-02-dashboard-director-phone');
      // Their village's Annex 1 on the phone: the form scrolls sideways inside its card, not the page.
      await p.goto(`${server.url}/reports`);
      const annex1 = p.getByRole('table', { name: '附件1 摸排情况数据表' });
      await eventually(() => annex1.locator('[data-total]').textContent()).toBe('4');
      expect(await p.getByRole('button', { name: /下载附件2/ }).count()).toBe(0); // no report.roster
      expect(await p.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
      await screenshot(p, 'web2-08-reports-director-phone');
      expect(phoneErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('shows Annex 1 on screen as the form, with the right counts and total for the county', async () => {
    const menu = page.locator('.ant-menu');
    await menu.getByText('统计报表').click();
    await page.waitForURL(/\/reports$/);
    const annex1 = page.getByRole('table', { name: '附件1 摸排情况数据表' });
    await eventually(() => annex1.locator('[data-total]').textContent()).toBe('5');
    const count = (level: string, item: number) =>
      annex1.locator(`tr[data-level="${level}"][data-item="${item}"] td.num`).textContent();
    expect(await count('red', 1)).toBe('1'); // 陈红: harm suspected
    expect(await count('yellow', 4)).toBe('1'); // 林黄: dropout suspected
    expect(await count('blue', 4)).toBe('1'); // 吴蓝: severe disability
    const subtotal = (level: string) => annex1.locator(`tr[data-subtotal="${level}"] td.num`).textContent();
    expect([
      await subtotal('red'),
      await subtotal('yellow'),
      await subtotal('blue'),
      await subtotal('green'),
    ]).toEqual(['1', '1', '1', '2']);
    const text = await annex1.innerText();
    expect(text).toContain('高风险等级（红色）');
    expect(text).toContain('（疑似）遭受性侵害、虐待、拐卖、暴力伤害、遗弃等不法侵害的儿童数');
    expect(text).toContain('其中已干预的儿童数');
    expect(text).toContain('人数合计');
    expect(await page.getByText('统计日期 2026年11月23日').count()).toBe(1);
    // Timeliness per township: 赤岗镇 holds four of the five.
    const timeliness = page.locator('.ant-card', { hasText: '走访及时性' });
    const chigang = timeliness.locator('tbody tr', { hasText: '赤岗镇' });
    await eventually(() => chigang.locator('td').nth(1).textContent()).toBe('4');
    await screenshot(page, 'web2-03-reports-county');
  });

  it('downloads Annex 1 as a workbook holding the same total, and Annex 2 and timeliness workbooks', async () => {
    const annex1 = await downloadOf(page, /下载附件1/);
    expect(annex1.suggestedFilename()).toBe('附件1摸排情况数据表-普宁市-2026-11-23.xlsx');
    const book = await savedWorkbook(annex1);
    const sheet = book.worksheets[0]!;
    expect(String(sheet.getCell('A2').value)).toContain('摸排情况数据表');
    let total: unknown;
    sheet.eachRow((row) => {
      row.eachCell((cell, col) => {
        if (cell.value === '人数合计') total = row.getCell(col + 1).value ?? row.getCell(3).value;
      });
    });
    expect(total).toBe(5);

    const annex2 = await downloadOf(page, /下载附件2/);
    expect(annex2.suggestedFilename()).toBe('附件2排查表-普宁市-2026-11-23.xlsx');
    const roster = await savedWorkbook(annex2);
    const names: string[] = [];
    roster.worksheets[0]!.eachRow((row) => row.eachCell((c) => names.push(String(c.value))));
    for (const name of ['陈红', '林黄', '吴蓝', '周早', '大坝娃']) expect(names).toContain(name);

    const timeliness = await downloadOf(page, /下载走访及时性/);
    expect(timeliness.suggestedFilename()).toBe('走访及时性统计表-普宁市-2026-11-23.xlsx');
    expect((await savedWorkbook(timeliness)).worksheets.length).toBeGreaterThan(0);
  });

  it('narrows the reports to one township with the region picker', async () => {
    await page.locator('#report-region').click();
    await page.locator('.ant-cascader-menu-item', { hasText: '赤岗镇' }).first().click();
    await page.keyboard.press('Escape');
    // The menu closed, so that it lies over nothing the next steps click.
    await eventually(() =>
      page.locator('.ant-cascader-menu-item', { hasText: '赤岗镇' }).first().isVisible(),
    ).toBe(false);
    const annex1 = page.getByRole('table', { name: '附件1 摸排情况数据表' });
    await eventually(() => annex1.locator('[data-total]').textContent()).toBe('4');
    await eventually(() => page.locator('.ant-card-head-title', { hasText: '附件1' }).innerText()).toContain(
      '赤岗镇',
    );
    const timeliness = page.locator('.ant-card', { hasText: '走访及时性' });
    await eventually(() => timeliness.locator('tbody tr', { hasText: '五福屿村委会' }).count()).toBe(1);
    const annex1File = await downloadOf(page, /下载附件1/);
    expect(annex1File.suggestedFilename()).toBe('附件1摸排情况数据表-赤岗镇-2026-11-23.xlsx');
    await screenshot(page, 'web2-04-reports-township');
  });

  it('counts Annex 1 as of another date chosen with the date picker', async () => {
    const expected = (
      await server.t.call('staff', {
        method: 'GET',
        url: '/api/v1/reports/annex1?region=445281102&asOf=2031-01-01',
      })
    ).json().total as number;
    expect(expected).not.toBe(4); // children have aged out of the target groups by then
    // By 2031 the county's total equals the township's (the other township's child has aged out), so the
    // total alone cannot show which region is counted: the title and the file name must say it.
    const title = page.locator('.ant-card-head-title', { hasText: '附件1' });
    await eventually(() => title.innerText()).toContain('赤岗镇');
    const input = page.locator('#report-as-of');
    await input.click();
    await input.fill('2031年1月1日');
    await input.press('Enter');
    await eventually(() => page.getByText('统计日期 2031年1月1日').count()).toBe(1);
    const annex1 = page.getByRole('table', { name: '附件1 摸排情况数据表' });
    await eventually(() => annex1.locator('[data-total]').textContent()).toBe(String(expected));
    await eventually(() => title.innerText()).toContain('赤岗镇');
    const file = await downloadOf(page, /下载附件1/);
    expect(file.suggestedFilename()).toBe('附件1摸排情况数据表-赤岗镇-2031-01-01.xlsx');
  });

  it('offers the import template as a workbook', async () => {
    await page.locator('.ant-menu').getByText('导入').click();
    await page.waitForURL(/\/import$/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /下载导入模板/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = await savedWorkbook(download);
    const header: string[] = [];
    book.worksheets[0]!.getRow(1).eachCell((c) => header.push(String(c.value)));
    expect(header.join(' ')).toContain('姓名');
  });

  it('imports a CSV: preview, the bad row in the error table, then the good row imported', async () => {
    const good = idNumberFor('2014-04-04', 45);
    const bad = `${idNumberFor('2014-04-04', 47).slice(0, 17)}Y`;
    const csv = [
      '姓名,身份证号,村（社区）代码,户籍类型,父亲状况,父亲外出务工月数,父亲是否跨县务工,母亲状况,母亲外出务工月数,母亲是否跨县务工',
      `导入甲,${good},${PUNING.village},农村,外出务工,8,是,外出务工,8,是`,
      `导入乙,${bad},${PUNING.village},农村,,,,,,`,
    ].join('\r\n');
    await page.locator('input[type=file]').setInputFiles({
      name: '摸排名单.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${csv}\r\n`, 'utf8'),
    });
    const problems = page.getByRole('table', { name: '有误的记录' });
    await eventually(() => problems.locator('tbody tr').count()).toBe(1);
    const problem = await problems.locator('tbody tr').innerText();
    expect(problem).toContain('第3行');
    expect(problem).toContain('身份证号');
    const preview = page.getByRole('table', { name: '导入预览' });
    const previewText = await preview.innerText();
    expect(previewText).toContain('导入甲');
    expect(previewText).toContain('新增');
    expect(previewText).toContain('有误');
    expect(previewText).not.toContain(good); // masked
    expect(await page.getByText('可新增 1 名、更新 0 名，有误 1 条').count()).toBe(1);
    // Nothing written by the check.
    const before = await server.t.call('staff', { method: 'GET', url: '/api/v1/children?q=导入甲' });
    expect(before.json().total).toBe(0);
    await screenshot(page, 'web2-05-import-preview');

    await page.getByRole('button', { name: '跳过有误记录，导入 1 条' }).click();
    await eventually(() => page.getByText('导入完成').count()).toBe(1);
    expect(await page.getByText(/新增 1 名，更新 0 名，跳过有误记录 1 条/).count()).toBe(1);
    await screenshot(page, 'web2-06-import-result');
    const after = await server.t.call('staff', { method: 'GET', url: '/api/v1/children?q=导入甲' });
    expect(after.json().items).toEqual([expect.objectContaining({ name: '导入甲' })]);
    const notImported = await server.t.call('staff', { method: 'GET', url: '/api/v1/children?q=导入乙' });
    expect(notImported.json().total).toBe(0);
  });

  it('shows a progress bar while a large file goes up and is checked', async () => {
    await page.getByRole('button', { name: '继续导入' }).click();
    const rows = ['姓名,身份证号,村（社区）代码,户籍类型'];
    const start = Date.parse('2012-01-01T00:00:00Z');
    for (let i = 0; i < 2000; i++) {
      const birth = new Date(start + Math.floor(i / 10) * 86_400_000).toISOString().slice(0, 10);
      rows.push(`批量${i},${idNumberFor(birth, 100 + (i % 10) * 2)},${PUNING.village},农村`);
    }
    // A slow line (about 3 s for the file), so that the upload itself takes long enough to be seen.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 40 * 1024,
    });
    try {
      await page.locator('input[type=file]').setInputFiles({
        name: '全县名单.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`${rows.join('\r\n')}\r\n`, 'utf8'),
      });
      const progress = page.getByRole('status', { name: '导入进度' });
      await eventually(() => progress.locator('.ant-progress').count()).toBe(1);
      // The bar moves: part of the file sent, or all of it and the server checking.
      await eventually(() => progress.innerText()).toMatch(/正在上传文件…（[1-9]\d*%）|正在逐条检查/);
      await screenshot(page, 'web2-07-import-progress');
      await expect
        .poll(() => page.getByText('共 2000 条记录，可新增 2000 名').count(), {
          timeout: 90_000,
          interval: 250,
        })
        .toBe(1);
      expect(await progress.count()).toBe(0);
      // Checked only: nothing written.
      const list = await server.t.call('staff', { method: 'GET', url: '/api/v1/children?q=批量' });
      expect(list.json().total).toBe(0);
      await page.getByRole('button', { name: '重新选择文件' }).click();
    } finally {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      await cdp.detach();
    }
  }, 150_000);

  it('imports an Excel workbook with no errors in one step after the check', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('儿童信息');
    sheet.addRow(['姓名', '身份证号', '村（社区）代码', '户籍类型', '情形']);
    // 低保 makes her a child in difficulty; the dropout grades her (a factor alone serves no one).
    sheet.addRow(['表格丙', idNumberFor('2015-03-03', 61), PUNING.village, '农村', '辍学、低保']);
    await page.locator('input[type=file]').setInputFiles({
      name: '补录.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    // Read as the page's whole text, so that a run where the message never comes says what the page showed
    // instead (stop 29's PostgreSQL run timed out here once, busy, with nothing to tell why).
    await expect
      .poll(() => page.locator('main').innerText(), { timeout: 90_000, interval: 250 })
      .toContain('检查无误，尚未写入任何记录，请确认后导入。');
    expect(await page.getByRole('table', { name: '有误的记录' }).count()).toBe(0);
    const preview = await page.getByRole('table', { name: '导入预览' }).innerText();
    expect(preview).toContain('表格丙');
    expect(preview).toContain('黄色·中高风险'); // dropout suspected: yellow
    await page.getByRole('button', { name: '确认导入 1 条' }).click();
    await eventually(() => page.getByText('导入完成').count()).toBe(1);
    const after = await server.t.call('staff', { method: 'GET', url: '/api/v1/children?q=表格丙' });
    expect(after.json().items).toEqual([expect.objectContaining({ name: '表格丙', level: 'yellow' })]);
  });

  it('shows only bureau users the import menu item', async () => {
    const me = async (who: string) =>
      (await server.t.call(who, { method: 'GET', url: '/api/v1/auth/me' })).json().permissions as string[];
    expect(await me('staff')).toContain('child.import');
    expect(await me('supervisor')).not.toContain('child.import');
    const other = await launchBrowser();
    try {
      const p = await other.context.newPage();
      await login(p, 'supervisor');
      await p.waitForURL(/\/dashboard$/);
      const menu = await p.locator('.ant-menu').innerText();
      expect(menu).toContain('统计报表');
      expect(menu).not.toContain('导入');
      // By its address the page says so instead of offering an upload the server would refuse.
      await p.goto(`${server.url}/import`);
      await eventually(() => p.getByText('无权使用此功能').count()).toBe(1);
      expect(await p.locator('input[type=file]').count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('raised no error on the page', () => {
    expect(errors).toEqual([]);
  });
});
