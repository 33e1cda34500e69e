// County staff in a real browser against the real server: the dashboard's overdue count, open mandatory
// reports and recent changes; a director's dashboard on a 360 px phone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../helpers/app.ts';
import {
  collectPageErrors,
  eventually,
  hasChromium,
  launchBrowser,
  screenshot,
  type Browser,
} from './helpers/browser.ts';
import { PUNING, registerChild, startWebServer, type WebServer } from './helpers/server.ts';

let server: WebServer;
let browser: Browser;
let page: Page;
let errors: string[];
let redId: string;

async function login(p: Page, username: string) {
  await p.goto(`${server.url}/login`);
  await p.getByLabel('用户名').fill(username);
  await p.getByLabel('密码').fill(PASSWORD);
  await p.getByRole('button', { name: /登\s*录/ }).click();
}

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
      // Nothing wider than the phone.
      expect(await p.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
      await screenshot(p, 'web2-02-dashboard-director-phone');
      expect(phoneErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('raised no error on the page', () => {
    expect(errors).toEqual([]);
  });
});
