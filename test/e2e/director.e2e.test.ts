// The village director on a 360 px phone: signs in, lands on "my children" sorted by due date, opens the
// visit form with its seven areas, records a visit; and cannot open a child of another village (the page
// says not found, the API answers 404).
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
const scripts: string[] = [];
let redId: string;
let otherVillageId: string;

describe.skipIf(!hasChromium)('the village director on a phone', () => {
  beforeAll(async () => {
    server = await startWebServer();
    const t = server.t;
    // Registered months apart, so that their due dates differ: the oldest registration is due first.
    await registerChild(t, {
      name: '周早',
      birthDate: '2015-01-01',
      sequence: 21,
      registeredOn: '2026-06-01',
    });
    await registerChild(t, {
      name: '郑中',
      birthDate: '2014-01-01',
      sequence: 22,
      conditions: ['disability.severe'],
      registeredOn: '2026-10-01',
    });
    redId = await registerChild(t, {
      name: '孙急',
      birthDate: '2013-01-01',
      sequence: 23,
      conditions: ['self_harm'],
    });
    otherVillageId = await registerChild(t, {
      name: '西林娃',
      birthDate: '2012-01-01',
      sequence: 24,
      villageCode: PUNING.neighbour,
      as: 'neighbour',
    });
    browser = await launchBrowser({ viewport: { width: 360, height: 740 }, mobile: true });
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in on a 360 px screen and lands on my children, the most overdue first', async () => {
    await page.goto(server.url);
    await page.waitForURL(/\/login/);
    await screenshot(page, '20-phone-login');
    await page.getByLabel('用户名').fill('director');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL(/\/visit$/);
    const rows = page.getByRole('list', { name: '我的儿童' }).locator('.child-row-name');
    await eventually(() => rows.count()).toBe(3);
    const names = (await rows.allInnerTexts()).map((n) => n.split(/\s/)[0]);
    // 周早 (green, registered in June) is months past its monthly contact; 郑中 (blue) is past its
    // contact of 1 November; 孙急 (red) must be handled today, so it leads (立即处置, issue 17.3).
    expect(names).toEqual(['孙急', '周早', '郑中']);
    expect(await page.locator('.child-row.overdue').count()).toBe(2);
    // Nothing wider than the screen: no sideways scrolling on the phone.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    // The bottom bar shows only what a director may use, with tap targets of at least 44 px.
    const nav = page.getByRole('navigation', { name: '主导航' });
    expect(await nav.innerText()).not.toContain('账号管理');
    for (const box of await nav
      .locator('a')
      .evaluateAll((links) => links.map((l) => l.getBoundingClientRect().height)))
      expect(box).toBeGreaterThanOrEqual(44);
    await screenshot(page, '21-phone-my-children');
  });

  it('opens the visit form with the seven areas, all 正常 until tapped', async () => {
    await page.getByRole('link', { name: /孙急/ }).click();
    await page.waitForURL(new RegExp(`/visit/${redId}`));
    for (const area of ['生活状况', '监护情况', '就学情况', '健康状况', '安全状况', '需求', '关爱服务'])
      await eventually(() => page.getByRole('group', { name: area }).count()).toBe(1);
    expect(await page.getByText('须立即介入处置').count()).toBe(1);
    await page.getByRole('group', { name: '安全状况' }).getByText('存在问题').click();
    await page.getByLabel('安全状况说明').fill('独自在家时曾划伤手臂');
    await screenshot(page, '22-phone-visit-form');
  });

  it('loads neither the charts nor the office layout for the visit page', () => {
    expect(scripts.some((s) => s.includes('/VisitPage-'))).toBe(true);
    expect(scripts.some((s) => s.includes('/PhoneLayout-'))).toBe(true);
    expect(scripts.filter((s) => /SummaryChart|DesktopLayout|ChildrenPage|UsersPage/.test(s))).toEqual([]);
  });

  it('saves the visit and shows the next due dates at once', async () => {
    await page.getByRole('button', { name: /保存入户走访记录/ }).click();
    await eventually(() => page.getByTestId('saved-dues').count()).toBe(1);
    // 孙急 is red and not yet handled (no police report, no intervention): a visit does not put the next one a
    // month away; it stays due today, 立即处置 (issue 17.3; 003 §三.1 as Tonghu reads 立即).
    expect(await page.getByTestId('saved-dues').innerText()).toMatch(/下次走访：\s*2026年11月23日/);
    await screenshot(page, '23-phone-visit-saved');
    const contacts = (
      await server.t.call('director', { method: 'GET', url: `/api/v1/children/${redId}/contacts` })
    ).json();
    expect(contacts.items).toHaveLength(1);
    expect(contacts.items[0]).toMatchObject({
      kind: 'visit',
      occurredOn: '2026-11-23',
      findings: {
        safety: { status: 'problem', note: '独自在家时曾划伤手臂' },
        livingConditions: { status: 'normal' },
      },
    });
  });

  it('shows the visit in the child file’s 走访记录 tab', async () => {
    await page.getByRole('link', { name: /查看档案/ }).click();
    await page.waitForURL(new RegExp(`/children/${redId}`));
    await page.getByRole('tab', { name: '走访记录' }).click();
    await page.waitForURL(/tab=contacts/);
    await eventually(() => page.getByRole('tabpanel').innerText()).toContain(
      '安全状况：存在问题（独自在家时曾划伤手臂）',
    );
    await screenshot(page, '26-phone-child-contacts');
  });

  it('lists my children due this week and overdue on the dashboard: 立即处置 first, then the most overdue', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByText('工作台').click();
    await page.waitForURL(/\/dashboard$/);
    const rows = page.locator('.child-row-name');
    await eventually(() => rows.count()).toBeGreaterThan(1);
    // 孙急 (red, no police report or intervention yet) leads as 立即处置 (issue 17.3), then the most overdue.
    expect((await rows.allInnerTexts()).slice(0, 2).map((n) => n.split(/\s/)[0])).toEqual(['孙急', '周早']);
    expect(await rows.first().innerText()).toContain('立即处置');
    expect(await page.locator('.child-row.overdue').count()).toBe(2);
    await screenshot(page, '27-phone-dashboard');
  });

  it('cannot open a child of another village: the page says not found, the API answers 404', async () => {
    const status = await page.evaluate(
      async (id) => (await fetch(`/api/v1/children/${id}`)).status,
      otherVillageId,
    );
    expect(status).toBe(404);
    await page.goto(`${server.url}/children/${otherVillageId}`);
    await eventually(() => page.getByText('未找到该儿童档案').count()).toBe(1);
    expect(await page.getByText('西林娃').count()).toBe(0);
    await screenshot(page, '24-phone-other-village');
    await page.goto(`${server.url}/visit/${otherVillageId}`);
    await eventually(() => page.getByText('未找到该儿童档案').count()).toBe(1);
  });

  it('shows the child file on the phone, reasons with citations', async () => {
    await page.goto(`${server.url}/children/${redId}?tab=assessment`);
    await eventually(() => page.getByRole('tabpanel').innerText()).toContain('依据 003 §三.1');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await screenshot(page, '25-phone-child-assessment');
  });

  it('raised no errors in the page', () => {
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
