// Issue 18.4/18.5: a date field speaks Chinese and stores the China date whatever the browser. An English
// Chromium (en-US, where a native date input shows "mm/dd/yyyy") in Los Angeles (at the test server's moment,
// 10:00 on 11月23日 in China, it is still the afternoon of 11月22日 there) records work logs by typing a date,
// by clicking the calendar, and with the 今天 link; each is stored as the day chosen, not a day off.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectPageErrors,
  eventually,
  fillDate,
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
let childId: string;

async function storedDays(): Promise<string[]> {
  const res = await server.t.call('director', {
    method: 'GET',
    url: `/api/v1/children/${childId}/work-logs`,
  });
  expect(res.statusCode).toBe(200);
  return (res.json().items as { occurredOn: string }[]).map((l) => l.occurredOn).sort();
}

/** Records a work log and waits until the server holds it: the 已记录 of the log before may still be on
 * screen, so waiting for that text let a read race the save (a CI run on PostgreSQL missed the fourth log). */
async function record(content: string): Promise<void> {
  const before = (await storedDays()).length;
  await page.getByLabel('工作内容').fill(content);
  await page.getByRole('button', { name: /记工作日志/ }).click();
  await eventually(() => page.getByText('已记录').count()).toBeGreaterThan(0);
  await eventually(async () => (await storedDays()).length).toBe(before + 1);
}

describe.skipIf(!hasChromium)('a date field in an English browser in another time zone', () => {
  beforeAll(async () => {
    server = await startWebServer();
    childId = await registerChild(server.t, { name: '钟日期', birthDate: '2015-03-04', sequence: 41 });
    browser = await launchBrowser({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs in English, in Los Angeles, where it is still the day before China', async () => {
    await page.goto(`${server.url}/login`);
    const env = await page.evaluate<{ language: string; zone: string; localDay: number }>(
      '({ language: navigator.language, zone: Intl.DateTimeFormat().resolvedOptions().timeZone, localDay: new Date().getDate() })',
    );
    expect(env).toEqual({ language: 'en-US', zone: 'America/Los_Angeles', localDay: 22 });
  });

  it('shows the date field in Chinese, on China’s day', async () => {
    await signIn(page, server, 'director', { leaveLogin: true });
    await page.goto(`${server.url}/children/${childId}`);
    await page.getByRole('tab', { name: '走访记录' }).click();
    const field = page.getByLabel('工作日期');
    await eventually(() => field.inputValue()).toBe('2026年11月23日');
    expect(await field.getAttribute('placeholder')).toBe('请选择日期');
    // No native date input is left to show the browser's mm/dd/yyyy.
    expect(await page.locator('input[type=date]').count()).toBe(0);
    await screenshot(page, 'date-input-01-en-us');
  });

  it('stores a typed date as that day', async () => {
    await fillDate(page.getByLabel('工作日期'), '2026-11-20');
    await record('与班主任通话');
    expect(await storedDays()).toEqual(['2026-11-20']);
  });

  it('stores a date typed the Chinese way and one clicked on the calendar as those days', async () => {
    const field = page.getByLabel('工作日期');
    await field.click();
    await field.fill('2026年11月5日');
    await field.press('Enter');
    await eventually(() => field.inputValue()).toBe('2026年11月5日');
    await record('走访学校');
    await field.click();
    const cell = page.locator('.ant-picker-dropdown td[title="2026-11-21"]');
    await cell.click();
    await eventually(() => field.inputValue()).toBe('2026年11月21日');
    await record('电话联系监护人');
    expect(await storedDays()).toEqual(['2026-11-05', '2026-11-20', '2026-11-21']);
  });

  it('offers China’s today, and no day after it', async () => {
    const field = page.getByLabel('工作日期');
    await field.click();
    // 11月24日 is after China's today; the browser's own day (22日) is not the limit.
    await eventually(() =>
      page.locator('.ant-picker-dropdown td[title="2026-11-24"]').getAttribute('class'),
    ).toContain('ant-picker-cell-disabled');
    expect(
      await page.locator('.ant-picker-dropdown td[title="2026-11-23"]').getAttribute('class'),
    ).not.toContain('ant-picker-cell-disabled');
    await page.locator('.ant-picker-dropdown .date-input-today').click();
    await eventually(() => field.inputValue()).toBe('2026年11月23日');
    // The link closes the calendar as a picked day does.
    await eventually(() =>
      page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').count(),
    ).toBe(0);
    await record('整理档案');
    expect(await storedDays()).toEqual(['2026-11-05', '2026-11-20', '2026-11-21', '2026-11-23']);
    await screenshot(page, 'date-input-02-recorded');
    expect(errors).toEqual([]);
  });
});
