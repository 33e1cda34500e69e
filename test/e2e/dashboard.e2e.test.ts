// Issue 18.7: a township supervisor's 工作台 fits the work. With thirty children overdue and a red case not yet
// handled, the page opens on what needs action today — the figures, the red case first, the eight children to
// act on first — in about one screen; the roll-up per village, the full list and the latest changes are folded
// and load only when opened. (The page was ~7,500 px long before.)
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectPageErrors,
  eventually,
  hasChromium,
  launchBrowser,
  screenshot,
  type Browser,
} from './helpers/browser.ts';
import { registerChild, signIn, startWebServer, type WebServer } from './helpers/server.ts';

const OVERDUE = 30;
const VIEWPORT = { width: 1366, height: 900 };

let server: WebServer;
let browser: Browser;
let page: Page;
let errors: string[];

describe.skipIf(!hasChromium)('the supervisor’s 工作台: today first, the rest folded', () => {
  beforeAll(async () => {
    server = await startWebServer();
    // Registered in June and never visited: overdue by the test server's date (23 Nov).
    for (let i = 0; i < OVERDUE; i++)
      await registerChild(server.t, {
        name: `逾期${String.fromCharCode(0x4e00 + i)}`,
        birthDate: '2014-02-03',
        sequence: 100 + i,
        registeredOn: '2026-06-01',
      });
    // Suspected harm: red, to handle at once (no police report, no intervention yet).
    await registerChild(server.t, {
      name: '红急',
      birthDate: '2015-04-05',
      sequence: 140,
      conditions: ['harm.suspected'],
    });
    browser = await launchBrowser({ viewport: VIEWPORT });
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens on the figures that need action today', async () => {
    await signIn(page, server, 'supervisor', { leaveLogin: true });
    await page.goto(`${server.url}/dashboard`);
    const today = page.getByRole('region', { name: '今日待办' });
    await eventually(() => page.getByRole('link', { name: '红色待立即处置的儿童' }).innerText()).toMatch(
      /红色待立即处置\s*1\s*名/,
    );
    await eventually(() => page.getByRole('link', { name: '逾期走访联系的儿童' }).innerText()).toMatch(
      new RegExp(`逾期走访联系\\s*${OVERDUE}\\s*名`),
    );
    const text = await today.innerText();
    expect(text).toContain('转介逾期未答复');
    expect(text).toContain('未读通知');
  });

  it('lists eight children to act on first, the red case at the top, with a link to all', async () => {
    const list = page.getByRole('list', { name: /今日先办/ });
    await eventually(() => list.locator('li').count()).toBe(8);
    expect(await list.locator('li').first().innerText()).toContain('红急');
    expect(await list.locator('li').first().innerText()).toContain('立即处置');
    await eventually(() => page.getByText(`共 ${OVERDUE + 1} 名`).count()).toBe(1);
    expect(await page.getByRole('link', { name: '查看全部逾期儿童' }).getAttribute('href')).toBe(
      '/children?overdue=true',
    );
  });

  it('fits in about one screen, the details folded and not loaded', async () => {
    // The roll-up's chart and the full list are not drawn until their panel is opened.
    expect(await page.getByRole('img', { name: '各辖区走访联系情况图' }).count()).toBe(0);
    expect(await page.getByRole('list', { name: '辖区内逾期与7日内到期的儿童' }).count()).toBe(0);
    const height = await page.evaluate<number>('document.documentElement.scrollHeight');
    console.log(`supervisor dashboard height: ${height}px (viewport ${VIEWPORT.height}px)`);
    await screenshot(page, 'dashboard-01-supervisor-today');
    expect(height).toBeLessThanOrEqual(VIEWPORT.height * 1.35);
  });

  it('opens a folded section on demand', async () => {
    await page.getByRole('button', { name: /各辖区走访联系情况/ }).click();
    await eventually(() => page.getByRole('img', { name: '各辖区走访联系情况图' }).count()).toBe(1);
    await page.getByRole('button', { name: /逾期与7日内到期的全部儿童/ }).click();
    const all = page.getByRole('list', { name: '辖区内逾期与7日内到期的儿童' });
    await eventually(() => all.locator('li').count()).toBe(OVERDUE + 1);
    expect(errors).toEqual([]);
  });

  it('opens the red cases awaiting handling from their figure, and only those', async () => {
    await page.getByRole('link', { name: '红色待立即处置的儿童' }).click();
    await page.waitForURL(/\/children\?awaitingHandling=true$/);
    await eventually(() => page.getByText('共 1 名儿童').count()).toBe(1);
    expect(await page.locator('tbody tr td:first-child a').allTextContents()).toEqual(['红急']);
    expect(await page.getByRole('combobox', { name: '处置状态' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
