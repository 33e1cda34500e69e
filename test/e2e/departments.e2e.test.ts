// Departments in a real browser against the real server: a village director sends a suspected dropout from
// the child's file to 教育; the education bureau's account lands on its inbox, receives it and answers; the
// child's file then shows the answer on the referral's timeline. A department account cannot open a child's
// file (the server refuses its role, and the page says so). The county staff see the mandatory reports, open
// ones first, and record the police report; they convene a case conference and record its outcome, and the
// action shows in the department's inbox.
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
  fillDateTime,
} from './helpers/browser.ts';
import { registerChild, signIn, startWebServer, type WebServer } from './helpers/server.ts';

let server: WebServer;
let browser: Browser;
let page: Page;
let errors: string[];
let dropoutId: string;
let harmId: string;
let lateReferralId: string;

async function login(username: string) {
  await browser.context.clearCookies();
  await signIn(page, server, username, { leaveLogin: true });
}

const button = (text: string) => new RegExp(text.split('').join('\\s*'));

describe.skipIf(!hasChromium)('departments in the browser', () => {
  beforeAll(async () => {
    server = await startWebServer();
    dropoutId = await registerChild(server.t, {
      name: '林小辍',
      birthDate: '2013-05-06',
      sequence: 21,
      conditions: ['school.dropout_suspected'],
    });
    harmId = await registerChild(server.t, {
      name: '陈小护',
      birthDate: '2014-02-03',
      sequence: 22,
      conditions: ['harm.suspected'],
    });
    browser = await launchBrowser();
    // The browser's clock agrees with the test server's (10:00 on 23 November in China; the browser a few minutes behind), as a real
    // browser's agrees with a real server's: forms default to today and now.
    await browser.context.clock.setFixedTime(new Date(Date.parse('2026-11-23T01:55:00Z')));
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a village director sends a suspected dropout from the child’s file; the route proposes 教育', async () => {
    await login('director');
    await page.goto(`${server.url}/children/${dropoutId}?tab=referrals`);
    await eventually(() => page.getByText('尚未报送相关部门').count()).toBe(1);
    await page.getByRole('button', { name: button('报送') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#finding').click();
    await page.locator('.ant-select-item-option', { hasText: '疑似辍学' }).click();
    await eventually(() => dialog.innerText()).toContain('按规定报送：教育');
    expect(await dialog.innerText()).toContain(`本县已登记：${server.t.department.name}`);
    await dialog.getByLabel('情况说明').fill('开学两周未到校，家中无人，电话联系不上');
    await page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    await screenshot(page, 'dept-01-send-referral');
    await dialog.getByRole('button', { name: button('报送') }).click();
    await eventually(() => page.getByTestId('referral-card').count()).toBe(1);
    const card = page.getByTestId('referral-card');
    await eventually(() => card.innerText()).toContain('已报送');
    expect(await card.innerText()).toContain(server.t.department.name);
    expect(await card.innerText()).toContain('开学两周未到校');
    // The server holds it, sent to the department.
    const list = await server.t.call('director', {
      method: 'GET',
      url: `/api/v1/children/${dropoutId}/referrals`,
    });
    expect(list.json().items).toMatchObject([
      { status: 'sent', finding: 'suspected_dropout', department: { id: server.t.department.id } },
    ]);
    await screenshot(page, 'dept-02-child-referral-sent');
  });

  it('the department lands on its inbox, receives the referral and answers it', async () => {
    await login('department');
    await page.waitForURL(/\/inbox$/);
    await eventually(() => page.getByRole('row', { name: /林小辍/ }).count()).toBe(1);
    const row = page.getByRole('row', { name: /林小辍/ });
    expect(await row.innerText()).toContain('疑似辍学');
    expect(await row.innerText()).toContain('已报送');
    // The harmed child was never sent to it: not in its inbox.
    expect(await page.getByText('陈小护').count()).toBe(0);
    await screenshot(page, 'dept-03-inbox');
    await row.getByRole('button', { name: '办理' }).click();
    const drawer = page.locator('.ant-drawer');
    await eventually(() => drawer.innerText()).toContain('开学两周未到校');
    // Only the department's steps in this status: receive or return; not answer before receiving.
    expect(await drawer.getByRole('button', { name: button('接收') }).count()).toBe(1);
    expect(await drawer.getByRole('button', { name: button('退回') }).count()).toBe(1);
    expect(await drawer.getByRole('button', { name: button('答复') }).count()).toBe(0);
    expect(await drawer.getByRole('button', { name: button('办结') }).count()).toBe(0);
    await drawer.getByRole('button', { name: button('接收') }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '接收：林小辍' });
    await dialog.getByRole('button', { name: button('接收') }).click();
    await eventually(() => drawer.innerText()).toContain('已接收');
    await drawer.getByRole('button', { name: button('答复') }).click();
    const answer = page.getByRole('dialog').filter({ hasText: '答复：林小辍' });
    await answer.getByLabel('答复意见').fill('已核实，该生已劝返复学');
    await answer.getByLabel('已采取的措施').fill('班主任家访，安排补课');
    await answer.getByRole('button', { name: button('答复') }).click();
    await eventually(() => drawer.innerText()).toContain('已答复');
    expect(await drawer.innerText()).toContain('答复：已核实，该生已劝返复学');
    await screenshot(page, 'dept-04-answered');
    const saved = await server.t.call('department', {
      method: 'GET',
      url: `/api/v1/departments/inbox?status=all`,
    });
    expect(saved.json().referrals).toMatchObject([{ status: 'answered' }]);
  });

  it('a department account cannot open a child’s file: the page shows the server’s refusal', async () => {
    for (const id of [dropoutId, harmId]) {
      await page.goto(`${server.url}/children/${id}`);
      await eventually(() => page.getByText('无法打开档案').count()).toBe(1);
      await eventually(() => page.getByText('当前角色无权进行此操作').count()).toBe(1);
      expect(await page.getByText('林小辍').count()).toBe(0);
    }
    await screenshot(page, 'dept-05-file-refused');
  });

  it('the child’s file then shows the answer on the referral’s timeline, and the sender closes it', async () => {
    await login('director');
    await page.goto(`${server.url}/children/${dropoutId}?tab=referrals`);
    const card = page.getByTestId('referral-card');
    await eventually(() => card.innerText()).toContain('已答复');
    const events = card.getByTestId('referral-event');
    await eventually(() => events.count()).toBe(3);
    expect(await events.nth(0).innerText()).toContain('报送');
    expect(await events.nth(1).innerText()).toContain('接收');
    expect(await events.nth(1).innerText()).toContain('教育局用户');
    expect(await events.nth(2).innerText()).toContain('答复：已核实，该生已劝返复学');
    expect(await events.nth(2).innerText()).toContain('已采取的措施：班主任家访，安排补课');
    await screenshot(page, 'dept-06-child-timeline');
    await card.getByRole('button', { name: button('办结') }).click();
    await page
      .getByRole('dialog')
      .filter({ hasText: '办结：林小辍' })
      .getByRole('button', { name: button('办结') })
      .click();
    await eventually(() => card.innerText()).toContain('已办结');
    await eventually(() => card.getByTestId('referral-event').count()).toBe(4);
  });

  it('county staff follow every referral of the county in 转介跟踪, the late ones by department', async () => {
    const lateId = await registerChild(server.t, { name: '周小跟', birthDate: '2012-03-04', sequence: 23 });
    const sent = await server.t.call('staff', {
      method: 'POST',
      url: `/api/v1/children/${lateId}/referrals`,
      payload: {
        finding: 'other',
        detail: '家庭困难，申请教育资助',
        departmentIds: [server.t.department.id],
      },
    });
    expect(sent.statusCode).toBe(201);
    lateReferralId = sent.json().items[0].id;
    // Sent three weeks ago and never answered: the department is late by the test server's date (23 Nov).
    await server.t.database.db
      .updateTable('referral')
      .set({ sent_on: '2026-11-01', due_on: '2026-11-16' })
      .where('child_id', '=', lateId)
      .execute();
    await login('staff');
    await page.getByRole('menuitem', { name: '转介跟踪' }).click();
    await page.waitForURL(/\/referrals$/);
    const rows = page.locator('.referrals-table tbody tr.ant-table-row');
    await eventually(() => page.getByText('逾期未答复 1 件').count()).toBe(1);
    expect(await page.locator('.referrals-overdue-by-department').innerText()).toContain(
      `${server.t.department.name} 1件`,
    );
    // Waiting on the department by default: the answered and closed dropout is not among them.
    await eventually(() => rows.count()).toBe(1);
    expect(await rows.innerText()).toContain('周小跟');
    expect(await rows.innerText()).toContain('逾期7天');
    await page.getByLabel('状态').click();
    await page.locator('.ant-select-item-option', { hasText: '全部' }).click();
    await eventually(() => rows.count()).toBe(2);
    expect(await page.locator('.referrals-table').innerText()).toContain('林小辍');
    await page.getByRole('switch', { name: '只看逾期' }).click();
    await eventually(() => rows.count()).toBe(1);
    await screenshot(page, 'dept-06b-referrals-tracking');
    await rows.click();
    const drawer = page.locator('.ant-drawer');
    await eventually(() => drawer.innerText()).toContain('家庭困难，申请教育资助');
    await page.keyboard.press('Escape');
  });

  it('the sender sends a returned referral again, to another department and with a new due date', async () => {
    const returned = await server.t.call('department', {
      method: 'POST',
      url: `/api/v1/referrals/${lateReferralId}/return`,
      payload: { reason: '不属本部门职责，请报送妇联' },
    });
    expect(returned.statusCode).toBe(200);
    const created = await server.t.call('staff', {
      method: 'POST',
      url: '/api/v1/departments',
      payload: { countyCode: '445281', kind: 'womens_federation', name: '普宁市妇联' },
    });
    expect(created.statusCode).toBe(201);
    await page.goto(`${server.url}/referrals`);
    await page.getByLabel('状态').click();
    await page.locator('.ant-select-item-option', { hasText: '已退回' }).click();
    const rows = page.locator('.referrals-table tbody tr.ant-table-row');
    await eventually(() => rows.count()).toBe(1);
    await rows.click();
    const drawer = page.locator('.ant-drawer');
    await eventually(() => drawer.innerText()).toContain('不属本部门职责，请报送妇联');
    await drawer.getByRole('button', { name: button('重新报送') }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '重新报送：周小跟' });
    await dialog.getByLabel(/接收部门/).click();
    await page.locator('.ant-select-item-option', { hasText: '普宁市妇联' }).click();
    await fillDate(dialog.getByLabel(/答复期限/), '2026-12-01');
    await dialog.getByRole('button', { name: button('重新报送') }).click();
    await eventually(() => drawer.innerText()).toContain('已报送');
    expect(await drawer.innerText()).toContain('普宁市妇联');
    const saved = await server.t.call('staff', { method: 'GET', url: `/api/v1/referrals/${lateReferralId}` });
    expect(saved.json()).toMatchObject({
      status: 'sent',
      dueOn: '2026-12-01',
      department: { id: created.json().id, name: '普宁市妇联' },
    });
    await page.keyboard.press('Escape');
  });

  it('county staff see the mandatory reports, open ones first, and record the police report', async () => {
    await login('staff');
    await page.goto(`${server.url}/mandatory-reports`);
    const row = page.getByRole('row', { name: /陈小护/ });
    await eventually(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('待报告');
    await screenshot(page, 'dept-07-mandatory-reports');
    await row.click();
    await page.getByRole('button', { name: '记录报警' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('接报的公安机关').fill('普宁市公安局赤岗派出所');
    await dialog.getByLabel('回执或案件编号').fill('JJ2026112301');
    await dialog.getByRole('button', { name: button('保存') }).click();
    await eventually(() =>
      page
        .getByRole('row', { name: /陈小护/ })
        .first()
        .innerText(),
    ).toContain('已向公安机关报告');
    await eventually(() => page.getByText(/回执\/案件编号 JJ2026112301/).count()).toBe(1);
    const reports = await server.t.call('staff', {
      method: 'GET',
      url: `/api/v1/children/${harmId}/mandatory-reports`,
    });
    expect(reports.json().items).toMatchObject([
      { status: 'reported', policeUnit: '普宁市公安局赤岗派出所', receiptNumber: 'JJ2026112301' },
    ]);
    await screenshot(page, 'dept-08-mandatory-reported');
  });

  it('county staff open a mandatory report by hand from the child’s file', async () => {
    await page.goto(`${server.url}/children/${dropoutId}?tab=referrals`);
    await eventually(() => page.getByText('无强制报告').count()).toBe(1);
    await page.getByRole('button', { name: '开启强制报告' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#situation').click();
    await page.locator('.ant-select-item-option', { hasText: '被遗弃或长期处于无人照料状态' }).click();
    await fillDateTime(dialog.getByLabel('发现时间'), '2026-11-23T08:30');
    await dialog.getByLabel('情况说明').fill('村民反映孩子独自在家已一周');
    await dialog.getByRole('button', { name: button('开启') }).click();
    await eventually(() => page.getByText('被遗弃或长期处于无人照料状态').count()).toBeGreaterThan(0);
    await eventually(() => page.getByRole('tabpanel').innerText()).toContain('村民反映孩子独自在家已一周');
    expect(await page.getByRole('tabpanel').innerText()).toContain('待报告');
    const reports = await server.t.call('staff', {
      method: 'GET',
      url: `/api/v1/children/${dropoutId}/mandatory-reports`,
    });
    expect(reports.json().items).toMatchObject([
      { status: 'open', situation: 'abandoned_or_unattended', discoveredAt: '2026-11-23T00:30:00.000Z' },
    ]);
    await screenshot(page, 'dept-13-mandatory-opened-on-file');
  });

  it('county staff convene a case conference, record its outcome, and the action reaches the department', async () => {
    await page.goto(`${server.url}/conferences`);
    await page.getByRole('button', { name: /组织会商/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#childId').click();
    await dialog.locator('#childId').fill('林小辍');
    await page.locator('.ant-select-item-option', { hasText: '林小辍' }).click();
    await dialog.getByLabel('会商议题').fill('林小辍复学后的帮扶');
    await dialog.locator('#departmentIds').click();
    await page.locator('.ant-select-item-option', { hasText: server.t.department.name }).click();
    await dialog.getByLabel('会商议题').click();
    await dialog.getByRole('button', { name: button('保存') }).click();
    const row = page.getByRole('row', { name: /林小辍复学后的帮扶/ });
    await eventually(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('待召开');
    expect(await row.getByRole('link', { name: '林小辍' }).count()).toBe(1);
    await row.click();
    await page.getByRole('button', { name: '记录会商结果' }).click();
    const outcome = page.getByRole('dialog').filter({ hasText: '会商结果' });
    await outcome.getByLabel('会商决定').fill('教育局安排结对帮扶，每月反馈一次');
    await outcome.getByRole('button', { name: /添加任务/ }).click();
    const action = outcome.getByTestId('action-row');
    await action.getByPlaceholder('任务内容').fill('安排结对帮扶老师');
    await action.locator('.ant-select').click();
    await page.locator('.ant-select-item-option', { hasText: server.t.department.name }).last().click();
    await outcome.getByRole('button', { name: button('保存') }).click();
    await eventually(() => page.getByRole('row', { name: /林小辍复学后的帮扶/ }).innerText()).toContain(
      '已召开',
    );
    await eventually(() => page.getByText('安排结对帮扶老师').count()).toBe(1);
    await page.locator('.ant-modal').waitFor({ state: 'hidden' });
    await screenshot(page, 'dept-09-conference');

    await login('department');
    await page.waitForURL(/\/inbox$/);
    const task = page.getByRole('row', { name: /安排结对帮扶老师/ });
    await eventually(() => task.count()).toBe(1);
    expect(await task.innerText()).toContain('林小辍复学后的帮扶');
    await screenshot(page, 'dept-10-inbox-action');
    expect(errors).toEqual([]);
  });

  it('on a phone, a department account lands on its inbox and can open a referral', async () => {
    // A second referral to answer, sent through the API.
    const sent = await server.t.call('director', {
      method: 'POST',
      url: `/api/v1/children/${harmId}/referrals`,
      payload: { finding: 'education_aid_eligible', detail: '家庭困难，需核实教育资助' },
    });
    expect(sent.statusCode).toBe(201);
    const phone = await launchBrowser({ viewport: { width: 360, height: 740 }, mobile: true });
    try {
      await phone.context.clock.setFixedTime(new Date(Date.parse('2026-11-23T01:55:00Z')));
      const p = await phone.context.newPage();
      const phoneErrors = collectPageErrors(p);
      await p.goto(`${server.url}/login`);
      await p.getByLabel('用户名').fill('department');
      await p.getByLabel('密码').fill(PASSWORD);
      await p.getByRole('button', { name: button('登录') }).click();
      await p.waitForURL(/\/inbox$/);
      const row = p.getByRole('button', { name: /陈小护/ });
      await eventually(() => row.count()).toBe(1);
      expect(await row.innerText()).toContain('疑似应享教育资助政策');
      expect(await p.getByRole('group', { name: /安排结对帮扶老师/ }).count()).toBe(1);
      await screenshot(p, 'dept-11-phone-inbox');
      await row.click();
      const drawer = p.locator('.ant-drawer');
      await eventually(() => drawer.innerText()).toContain('家庭困难，需核实教育资助');
      expect(await drawer.getByRole('button', { name: button('接收') }).count()).toBe(1);
      // The drawer takes the whole width of a phone (once it has slid in).
      await eventually(
        async () => (await p.locator('.ant-drawer-content-wrapper').boundingBox())?.x ?? 999,
      ).toBeLessThan(1);
      await screenshot(p, 'dept-12-phone-referral');
      expect(phoneErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
