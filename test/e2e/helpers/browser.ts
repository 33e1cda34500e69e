// Debian's Chromium driven by playwright-core (no browser download): headless, sandbox off for containers,
// no background traffic, and a fresh profile directory per browser so no state leaks between test files.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
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
  const profile = mkdtempSync(path.join(tmpdir(), 'tonghu-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
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
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
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
 * Types a date ('YYYY-MM-DD') into the app's date field (web/src/shared/DateInput.tsx, antd's DatePicker) as a
 * person would with the keyboard, confirms with Enter, and waits until the field shows it the Chinese way.
 */
/** Types a China local time 'YYYY-MM-DDTHH:mm' into a DateTimeInput, and waits for it to show in Chinese. */
export async function fillDateTime(field: Locator, localMinute: string): Promise<void> {
  const [date, time] = localMinute.split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number);
  await field.click();
  await eventually(() => field.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  await eventually(() =>
    field.page().locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').count(),
  ).toBeGreaterThan(0);
  await field.fill(`${date} ${time}`);
  await field.press('Enter');
  await eventually(() => field.inputValue()).toBe(`${year}年${month}月${day}日 ${time}`);
}

export async function fillDate(field: Locator, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-').map(Number);
  await field.click();
  // Typed only once the picker has the focus and its calendar is open: typed earlier (a busy page, another
  // picker still closing), the text can land before the picker takes it and be dropped.
  await eventually(() => field.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  await eventually(() =>
    field.page().locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').count(),
  ).toBeGreaterThan(0);
  await field.fill(isoDate);
  await field.press('Enter');
  await eventually(() => field.inputValue()).toBe(`${year}年${month}月${day}日`);
}
