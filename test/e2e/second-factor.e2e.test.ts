// 两步验证 in a real browser against the real server: county staff bind an authenticator from the 账号安全 page
// (the code computed with otpauth from the secret the page shows, as an app would), keep the recovery codes,
// sign out and sign in again with password and a fresh code; a wrong code is refused in the server's words.
// With TONGHU_REQUIRE_2FA=1 an administrator is taken to 两步验证 before anything else.
import * as OTPAuth from 'otpauth';
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
import { signIn, startWebServer, type WebServer } from './helpers/server.ts';

/** The code an authenticator app shows for `secret` at the server's (test) clock. */
function codeAt(server: WebServer, secret: string): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
    timestamp: server.t.app.ctx.clock().getTime(),
  });
}

/** Binds the authenticator on the page at /account/security; returns the secret read from the page. */
async function bind(page: Page, server: WebServer): Promise<string> {
  await page.getByRole('button', { name: '开启两步验证' }).click();
  const qr = page.getByRole('img', { name: '两步验证二维码' });
  await eventually(() => qr.count()).toBe(1);
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  const secret = (await page.getByLabel('密钥').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel('验证码', { exact: true }).fill(codeAt(server, secret));
  await page.getByRole('button', { name: '确认绑定' }).click();
  await eventually(() => page.getByLabel('恢复码').locator('li').count()).toBe(10);
  return secret;
}

describe.skipIf(!hasChromium)('两步验证 in the browser', () => {
  let server: WebServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('binds an authenticator from the user menu, then asks for its code at the next sign-in', async () => {
    await signIn(page, server, 'staff', { leaveLogin: true });
    await page.getByRole('button', { name: '两步验证' }).click();
    await page.waitForURL(/\/account\/security/);
    const secret = await bind(page, server);
    const codes = await page.getByLabel('恢复码').locator('code').allInnerTexts();
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await screenshot(page, 'second-factor-01-recovery-codes');
    await page.getByRole('button', { name: /我已保存恢复码/ }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/account'));

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/\/login/);
    // The enrolment's code is spent; an authenticator shows the next one half a minute later.
    server.t.advanceMinutes(1);
    await page.getByLabel('用户名').fill('staff');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    const code = page.getByLabel('动态验证码');
    await eventually(() => code.count()).toBe(1);
    const right = codeAt(server, secret);
    await code.fill(String((Number(right) + 1) % 1_000_000).padStart(6, '0'));
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await eventually(() => page.getByRole('alert').innerText()).toContain('动态验证码错误');
    await screenshot(page, 'second-factor-02-wrong-code');
    await code.fill(right);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).json());
    expect(me).toMatchObject({ username: 'staff', secondFactorEnabled: true });
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('两步验证 required (TONGHU_REQUIRE_2FA=1)', () => {
  let server: WebServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startWebServer({ config: { requireSecondFactor: true } });
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('takes an administrator to 两步验证 first, and to the accounts page once bound', async () => {
    await page.goto(`${server.url}/users`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL(/\/account\/security\?next=%2Fusers/);
    await eventually(() => page.getByText('须先开启两步验证才能继续使用').count()).toBe(1);
    await bind(page, server);
    await page.getByRole('button', { name: /我已保存恢复码/ }).click();
    await page.waitForURL((url) => url.pathname === '/users');
    await eventually(() => page.getByText('账号管理').count()).toBeGreaterThan(0);
  });
});
