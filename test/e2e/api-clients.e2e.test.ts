// Tokens for systems in a real browser against the real server (issue 22): the county's staff create an API
// client for the education bureau on the 接口客户端 page and see its secret once; the secret then works as a
// bearer token; the list shows the client without its secret; revoking it there ends the token's access. The
// browsable API document at /api/docs renders the OpenAPI document under the app's content security policy.
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
import { signIn, startWebServer, type WebServer } from './helpers/server.ts';

let server: WebServer;
let browser: Browser;
let page: Page;
let errors: string[];
let secret: string;

const button = (text: string) => new RegExp(text.split('').join('\\s*'));

async function inbox(token: string) {
  return server.t.app.inject({
    method: 'GET',
    url: '/api/v1/departments/inbox',
    headers: { authorization: `Bearer ${token}` },
  });
}

describe.skipIf(!hasChromium)('API clients in the browser', () => {
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

  it('county staff create a client for a department and see its secret once', async () => {
    await signIn(page, server, 'staff', { leaveLogin: true });
    await page.getByRole('menuitem', { name: '接口客户端' }).click();
    await page.waitForURL(/\/api-clients$/);
    await page.getByRole('button', { name: button('新建接口客户端') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('教育局学籍系统');
    await dialog.locator('#departmentId').click();
    await page.locator('.ant-select-item-option', { hasText: server.t.department.name }).click();
    await dialog.getByLabel(/^查看报送/).check();
    await dialog.getByLabel(/答复、退回报送/).check();
    await screenshot(page, 'api-clients-01-create');
    await dialog.getByRole('button', { name: button('创建') }).click();
    const shown = page.locator('.api-client-secret');
    await eventually(() => shown.count()).toBe(1);
    secret = (await shown.innerText()).trim();
    expect(secret).toMatch(/^thk_[A-Za-z0-9_-]{43}$/);
    await screenshot(page, 'api-clients-02-secret-once');
    await page.getByRole('button', { name: '我已妥善保存' }).click();
    await eventually(() => page.locator('.api-client-secret').count()).toBe(0);

    const row = page.getByRole('row', { name: /教育局学籍系统/ });
    await eventually(() => row.count()).toBe(1);
    const text = await row.innerText();
    expect(text).toContain(server.t.department.name);
    expect(text).toContain('有效');
    expect(text).toContain(secret.slice(0, 10));
    // The secret is on no page once its dialog is closed.
    expect(await page.content()).not.toContain(secret.slice(10));
    await screenshot(page, 'api-clients-03-list');

    const res = await inbox(secret);
    expect(res.statusCode, res.body).toBe(200);
  });

  it('revoking on the page ends the token at once', async () => {
    const row = page.getByRole('row', { name: /教育局学籍系统/ });
    await row.getByRole('button', { name: button('吊销') }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: button('吊销') })
      .click();
    await eventually(() => row.innerText()).toContain('已吊销');
    expect((await inbox(secret)).statusCode).toBe(401);
    await screenshot(page, 'api-clients-04-revoked');
  });

  it('/api/docs renders the OpenAPI document with its security schemes', async () => {
    await page.goto(`${server.url}/api/docs`);
    await eventually(() => page.locator('details.op').count()).toBeGreaterThan(50);
    const text = await page.locator('main').innerText();
    expect(text).toContain('bearerToken');
    expect(text).toContain('sessionCookie');
    await page.getByLabel('筛选接口').fill('/referrals/{id}/answer');
    await eventually(() => page.locator('details.op:not([hidden])').count()).toBe(1);
    const op = page.locator('details.op:not([hidden])');
    await op.locator('summary').click();
    expect(await op.innerText()).toContain('referrals.answer');
    await screenshot(page, 'api-clients-05-docs');
    expect(errors).toEqual([]);
  });
});
