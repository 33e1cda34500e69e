// Issue 17 on a 390×844 phone (Chromium): the saved screen of the visit that makes a child red says what
// happened and offers the police report and a referral pre-filled from what was just recorded; a past next date
// is marked 逾期; the notice badge appears once a department answers the director's referral; the child's file
// lays labels above values with no sideways scrolling and tap targets of at least 44 px.
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
  fillDate,
} from './helpers/browser.ts';
import { registerChild, startWebServer, type WebServer } from './helpers/server.ts';

const WIDTH = 390;
let server: WebServer;
let browser: Browser;
let page: Page;
let errors: string[];
let childId: string;
let lateId: string;

describe.skipIf(!hasChromium)('red cases and notices on a 390 px phone', () => {
  beforeAll(async () => {
    server = await startWebServer();
    childId = await registerChild(server.t, { name: '陈红', birthDate: '2014-05-01', sequence: 41 });
    lateId = await registerChild(server.t, { name: '林迟', birthDate: '2013-05-01', sequence: 42 });
    browser = await launchBrowser({ viewport: { width: WIDTH, height: 844 }, mobile: true });
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
    await page.goto(server.url);
    await page.waitForURL(/\/login/);
    await page.getByLabel('用户名').fill('director');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL(/\/visit$/);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says a mandatory report was opened and offers the police report and a pre-filled referral', async () => {
    await page.goto(`${server.url}/visit/${childId}`);
    await page.getByRole('group', { name: '安全状况' }).getByText('存在问题').click();
    await page.getByLabel('安全状况说明').fill('手臂有多处淤青，称被继父打');
    await page.getByRole('button', { name: /情形变化/ }).click();
    await page.getByRole('checkbox', { name: /遭受性侵害/ }).check();
    await page.getByRole('button', { name: /保存入户走访记录/ }).click();
    const steps = page.getByTestId('red-next-steps');
    await eventually(() => steps.count()).toBe(1);
    const text = await steps.innerText();
    expect(text).toContain('强制报告已开启');
    expect(text).toContain('需转介');
    // Not a month away: still due today until the police report and an intervention are on file.
    expect(await page.getByTestId('saved-dues').innerText()).toMatch(
      /下次走访：\s*2026年11月23日\s*今天到期/,
    );
    // The open report is read after the saved screen shows (its own request): wait for it.
    await eventually(() => steps.getByRole('button', { name: '记录报警' }).count()).toBe(1);
    await screenshot(page, '60-phone-red-visit-saved');

    await steps.getByRole('button', { name: '发送转介' }).click();
    const dialog = page.getByRole('dialog');
    await eventually(() => dialog.getByLabel('情况说明').inputValue()).toContain(
      '手臂有多处淤青，称被继父打',
    );
    const detail = await dialog.getByLabel('情况说明').inputValue();
    expect(detail).toContain('2026年11月23日入户走访发现');
    expect(detail).toContain('安全状况：存在问题');
    // The finding the recorded situation suggests is chosen already (不法侵害 → 公安).
    await eventually(() => dialog.innerText()).toContain('遭受或疑似遭受不法侵害');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(WIDTH);
    await screenshot(page, '61-phone-red-referral-prefilled');
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
  });

  it('marks a next date already past as 逾期 on the saved screen', async () => {
    await page.goto(`${server.url}/visit/${lateId}`);
    await page.getByRole('group', { name: '安全状况' }).waitFor();
    await page.getByText('电话').first().click();
    await fillDate(page.getByLabel('走访日期'), '2026-09-01');
    await page.getByRole('button', { name: /保存电话联系记录/ }).click();
    await eventually(() => page.getByTestId('saved-dues').count()).toBe(1);
    const dues = await page.getByTestId('saved-dues').innerText();
    // A call on 1 September puts the next monthly contact on 1 October, long past on 23 November.
    expect(dues).toMatch(/下次联系：\s*2026年10月1日\s*逾期53天/);
    expect(await page.locator('[data-testid="saved-dues"] .due-hint.late').count()).toBeGreaterThan(0);
  });

  it('shows the notice badge once a department answers the director’s referral', async () => {
    expect(await page.getByTestId('notice-badge').count()).toBe(0);
    const t = server.t;
    const sent = await t.call('director', {
      method: 'POST',
      url: `/api/v1/children/${lateId}/referrals`,
      payload: { finding: 'suspected_dropout', detail: '两周未到校' },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const id = sent.json().items[0].id as string;
    for (const [step, payload] of [
      ['receive', {}],
      ['answer', { answer: '已联系学校，劝返复学' }],
    ] as const) {
      const res = await t.call('department', {
        method: 'POST',
        url: `/api/v1/referrals/${id}/${step}`,
        payload,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    await page.goto(`${server.url}/visit`);
    await eventually(() => page.getByTestId('notice-badge').innerText()).toBe('1');
    const bell = await page.getByTestId('notice-bell').boundingBox();
    expect(Math.min(bell!.width, bell!.height)).toBeGreaterThanOrEqual(44);
    await page.getByTestId('notice-bell').click();
    await page.waitForURL(/\/notices$/);
    const row = page.getByRole('list', { name: '通知' }).locator('.notice-row').first();
    await eventually(() => row.innerText()).toContain('报送答复');
    expect(await row.innerText()).toContain('林迟');
    expect(await row.innerText()).toContain('已答复报送');
    await screenshot(page, '62-phone-notices');
    await row.click();
    await page.waitForURL(new RegExp(`/children/${lateId}`));
    await eventually(() => page.getByTestId('notice-badge').count()).toBe(0);
  });

  it('lays the child’s file out for the phone: labels above values, no sideways scroll, 44 px targets', async () => {
    await page.goto(`${server.url}/children/${childId}`);
    const label = page.locator('.ant-descriptions-item-label', { hasText: /^姓名$/ }).first();
    await label.waitFor();
    const box = (await label.boundingBox())!;
    const lineHeight = Number(
      await label.evaluate(
        (el) => parseFloat(el.ownerDocument.defaultView!.getComputedStyle(el).lineHeight) || 22,
      ),
    );
    // 姓名 on one line, not 姓 / 名 one character a line.
    expect(box.height, `label ${box.height}px, line ${lineHeight}px`).toBeLessThan(lineHeight * 1.6 + 16);
    const value = (await label.evaluate((el) => {
      const cell = el.nextElementSibling ?? el.parentElement?.querySelector('.ant-descriptions-item-content');
      const r = cell!.getBoundingClientRect();
      return { top: r.top, left: r.left };
    })) as { top: number; left: number };
    // The value sits below its label, not beside it.
    expect(value.top).toBeGreaterThanOrEqual(box.y + box.height - 1);
    const wide = await page.evaluate<string[]>(
      `[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > ${WIDTH} + 0.5).slice(0, 8).map((e) => e.tagName + '.' + String(e.className).slice(0, 60) + ' ' + Math.round(e.getBoundingClientRect().right))`,
    );
    expect(
      await page.evaluate<number>('document.documentElement.scrollWidth'),
      wide.join('\n'),
    ).toBeLessThanOrEqual(WIDTH);
    const small = await page
      .locator('main button:visible, nav a:visible, .notice-bell')
      .evaluateAll((els) =>
        els
          .map((e) => ({ text: (e.textContent ?? '').trim(), h: e.getBoundingClientRect().height }))
          .filter((b) => b.h > 0 && b.h < 44),
      );
    expect(small, JSON.stringify(small)).toEqual([]);
    await screenshot(page, '63-phone-child-file');
    expect(errors).toEqual([]);
  });
});
