// Issue 18.4: every date and time is shown in China time whatever the browser's zone. A browser in Los Angeles
// (UTC-8: at 01:30 in China it is still the previous morning in UTC and the previous afternoon there) opens a file
// whose assessment was confirmed at 01:30 China time on 11月23日 and a dashboard on the server's day.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
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
let childId: string;

describe.skipIf(!hasChromium)('a browser in another time zone sees China time', () => {
  beforeAll(async () => {
    server = await startWebServer();
    childId = await registerChild(server.t, { name: '钟时区', birthDate: '2015-03-04', sequence: 31 });
    const file = (await server.t.call('staff', { method: 'GET', url: `/api/v1/children/${childId}` })).json();
    const confirmed = await server.t.call('staff', {
      method: 'POST',
      url: `/api/v1/children/${childId}/confirm`,
      payload: { version: file.version },
    });
    expect(confirmed.statusCode).toBe(200);
    // 2026-11-22T17:30Z is 11月23日 01:30 in China, and 11月22日 09:30 in Los Angeles.
    await sql`update child set confirmed_at = ${'2026-11-22T17:30:00Z'} where id = ${childId}`.execute(
      server.t.database.db,
    );
    browser = await launchBrowser({ timezoneId: 'America/Los_Angeles' });
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs in Los Angeles time', async () => {
    await page.goto(`${server.url}/login`);
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
      'America/Los_Angeles',
    );
  });

  it('shows the confirmation on its China day', async () => {
    await signIn(page, server, 'staff', { leaveLogin: true });
    await page.goto(`${server.url}/children/${childId}`);
    await page.getByRole('tab', { name: '风险评估' }).click();
    await eventually(() => page.getByRole('tabpanel').innerText()).toContain('已确认评估（2026年11月23日）');
    await screenshot(page, 'timezone-01-confirmed');
    expect(errors).toEqual([]);
  });
});
