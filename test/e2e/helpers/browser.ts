// Debian's Chromium driven by playwright-core (no browser download): headless, sandbox off for containers,
// no background traffic; one browser a test process, each test's "browser" a context of its own so no state leaks
// between test files.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  chromium,
  type Browser as PlaywrightBrowser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const SCREENSHOTS = path.resolve('test-output/screenshots');

if (!hasChromium)
  console.warn(
    `浏览器测试已跳过：未找到 ${CHROMIUM}（安装：apt-get update && apt-get install -y chromium）。` +
      ' Browser tests skipped: /usr/bin/chromium is missing.',
  );

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** The test application's default moment (test/helpers/app.ts: 2026-11-23, 10:00 in China). */
export const TEST_NOW = new Date('2026-11-23T02:00:00Z');

/**
 * One Chromium a test process, started by the first file that asks and shared by the files after it (each
 * Vitest process runs its browser files one after another: vitest.config.ts). Starting Chromium took ~1.3–1.5 s
 * of each file; a context of its own costs a few milliseconds and shares nothing with another context (cookies,
 * storage, service workers, cache), as a fresh profile directory did. Playwright stops the browser when the
 * process exits; one that has gone away is started again.
 */
let shared: Promise<PlaywrightBrowser> | null = null;

function sharedChromium(): Promise<PlaywrightBrowser> {
  shared ??= chromium
    .launch({ executablePath: CHROMIUM, headless: true, args: FLAGS })
    .catch((error: unknown) => {
      shared = null;
      throw error;
    });
  return shared.then((browser) => {
    if (browser.isConnected()) return browser;
    shared = null;
    return sharedChromium();
  });
}

export async function launchBrowser(
  options: {
    viewport?: { width: number; height: number };
    mobile?: boolean;
    now?: Date;
    /** The browser's zone; the app must show China time whatever it is. */
    timezoneId?: string;
    /** The browser's language (zh-CN unless told); the app must speak Chinese whatever it is. */
    locale?: string;
  } = {},
): Promise<Browser> {
  const context = await (
    await sharedChromium()
  ).newContext({
    locale: options.locale ?? 'zh-CN',
    timezoneId: options.timezoneId ?? 'Asia/Shanghai',
    // The app honours the preference (no antd animations): on a loaded machine a click no longer races a modal's
    // opening or a dropdown's closing.
    reducedMotion: 'reduce',
    viewport: options.viewport ?? { width: 1366, height: 900 },
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
    deviceScaleFactor: options.mobile ? 2 : 1,
  });
  context.setDefaultTimeout(20_000);
  // The page's "today" (the visit date it offers, due-in-days) must be the server's: the test server runs on a
  // fixed clock, and after 16:00 UTC the real date in China is already the next day. The page's clock starts
  // there and runs on in real time (a frozen clock keeps antd's messages open for ever).
  await context.clock.install({ time: options.now ?? TEST_NOW });
  return {
    context,
    close: () => context.close(),
  };
}

/** Saves a full-page screenshot under test-output/screenshots/ for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Errors the page itself reports (uncaught exceptions, console errors), to fail on rather than ignore. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A refused request shows as a console error in Chromium; the tests check those answers themselves.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text()))
      errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** expect.poll with time for lazy chunks and the first render of antd's styles (its default is 1 s). */
export function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 30_000, interval: 100 });
}

/**
 * Types into one of the app's pickers (web/src/shared/DatePickers.tsx, antd's DatePicker) as a person would:
 * a tap, the keys one by one, then Tab to the next field; waits until the field shows `shown`. The keys go
 * only once this field's own picker has the focus (its wrapper marked focused), so a calendar of another field
 * still closing cannot take them. Not Enter: Enter in a form's field submits the form, as in any web form —
 * the 培训日期 typed with Enter recorded the training before its button was pressed, and in a busy run the
 * form's reset after that save emptied the field under the test (issue 18.5's "came back empty").
 */
async function typeIntoPicker(field: Locator, text: string, shown: string): Promise<void> {
  await field.click();
  await eventually(() =>
    field.evaluate(
      (el) =>
        el === el.ownerDocument.activeElement &&
        (el.closest('.ant-picker')?.classList.contains('ant-picker-focused') ?? false),
    ),
  ).toBe(true);
  await field.fill('');
  await field.pressSequentially(text);
  await field.press('Tab');
  await eventually(() => field.inputValue()).toBe(shown);
}

/** Types a China local time 'YYYY-MM-DDTHH:mm' into a DateTimeInput, and waits for it to show in Chinese. */
export async function fillDateTime(field: Locator, localMinute: string): Promise<void> {
  const [date, time] = localMinute.split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number);
  await typeIntoPicker(field, `${date} ${time}`, `${year}年${month}月${day}日 ${time}`);
}

/** Types a date 'YYYY-MM-DD' into a DateInput, and waits for it to show the Chinese way. */
export async function fillDate(field: Locator, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-').map(Number);
  await typeIntoPicker(field, isoDate, `${year}年${month}月${day}日`);
}

/**
 * Closes an antd Drawer with its own close button and waits until it is gone. Escape reaches a drawer only
 * while the focus is inside it: after a Popconfirm's button (rendered outside the drawer) the focus is on the
 * page, Escape did nothing, and the drawer's mask took the next test's clicks (CI on f3aa25f).
 */
export async function closeDrawer(drawer: Locator): Promise<void> {
  await drawer.locator('.ant-drawer-close').first().click();
  await drawer.waitFor({ state: 'hidden' });
}
