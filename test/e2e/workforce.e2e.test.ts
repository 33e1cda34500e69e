// The workforce and supervision pages in a real browser against the real server: the ledger of child
// directors with its filters and a person's file, an import refused with its row and field and then accepted,
// coverage per village with a village that has children but no director marked, the trainings' yearly
// coverage, and (below) the archive spot checks and the action plan's late tasks.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../helpers/app.ts';
import { adultIdNumber } from '../helpers/workforce.ts';
import {
  closeDrawer,
  collectPageErrors,
  eventually,
  hasChromium,
  launchBrowser,
  screenshot,
  type Browser,
  fillDate,
} from './helpers/browser.ts';
import { PUNING, registerChild, signIn, startWebServer, type WebServer } from './helpers/server.ts';

let server: WebServer;
let browser: Browser;
let page: Page;
let errors: string[];
let zhouId: string;
const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-ledger-'));

const login = (username: string) => signIn(page, server, username, { leaveLogin: true });

async function addPerson(body: Record<string, unknown>) {
  const res = await server.t.call('staff', {
    method: 'POST',
    url: '/api/v1/workforce/people',
    payload: body,
  });
  if (res.statusCode !== 201) throw new Error(`person: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

const rows = (table: string) => page.locator(`.${table} tbody tr.ant-table-row`);

describe.skipIf(!hasChromium)('workforce and supervision in the browser', () => {
  beforeAll(async () => {
    server = await startWebServer();
    const t = server.t;
    // 五福屿 has a trained, checked director and two children; 西林 has a child and no director.
    await registerChild(t, { name: '陈一', birthDate: '2014-02-03', sequence: 31 });
    await registerChild(t, { name: '陈二', birthDate: '2015-02-03', sequence: 32 });
    await registerChild(t, {
      name: '林三',
      birthDate: '2013-02-03',
      sequence: 33,
      villageCode: PUNING.neighbour,
      as: 'neighbour',
    });
    zhouId = await addPerson({
      name: '周主任',
      idNumber: adultIdNumber(1),
      regionCode: PUNING.village,
      phone: '13800000001',
      trainedOn: ['2026-03-01'],
      backgroundCheckedOn: '2026-01-10',
    });
    await addPerson({
      name: '吴督导',
      idNumber: adultIdNumber(2),
      regionCode: PUNING.township,
      role: 'supervisor',
      phone: '13800000002',
      trainedOn: ['2026-04-01'],
      backgroundCheckedOn: '2026-01-10',
    });
    // A director in the other township: never trained, never checked.
    await addPerson({ name: '郑主任', idNumber: adultIdNumber(3), regionCode: PUNING.otherTownshipVillage });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the ledger with background checks and trainings, and filters it', async () => {
    await login('staff');
    await page.getByRole('menuitem', { name: '儿童主任台账' }).click();
    await page.waitForURL(/\/workforce$/);
    await eventually(() => rows('ledger-table').count()).toBe(3);
    const zheng = await rows('ledger-table').filter({ hasText: '郑主任' }).innerText();
    expect(zheng).toContain('未做入职查询');
    expect(zheng).toContain('从未培训');
    const zhou = await rows('ledger-table').filter({ hasText: '周主任' }).innerText();
    expect(zhou).toContain('2026年1月10日 通过');
    expect(zhou).toContain('本年已培训（2026年3月1日）');
    expect(zhou).toContain('赤岗镇 五福屿村委会');
    expect(zhou).toMatch(/\d{6}\*{12}/);
    await screenshot(page, 'workforce-01-ledger');
    await page.getByRole('checkbox', { name: '未做入职查询' }).check();
    await eventually(() => rows('ledger-table').allInnerTexts()).toEqual([expect.stringContaining('郑主任')]);
    await page.getByRole('checkbox', { name: '未做入职查询' }).uncheck();
    await page.locator('#ledger-region').click();
    await page.locator('.ant-cascader-menu-item', { hasText: '赤岗镇' }).click();
    await page.keyboard.press('Escape');
    await eventually(async () => (await rows('ledger-table').allInnerTexts()).length).toBe(2);
    expect(await page.locator('.ledger-table').innerText()).not.toContain('郑主任');
    await page.getByLabel('岗位').click();
    await page.locator('.ant-select-item-option', { hasText: '儿童督导员' }).click();
    await eventually(() => rows('ledger-table').allInnerTexts()).toEqual([expect.stringContaining('吴督导')]);
  });

  it('opens a person’s file with posts and the training file', async () => {
    await rows('ledger-table').getByRole('button', { name: '吴督导' }).click();
    const drawer = page.getByRole('dialog');
    await eventually(() => drawer.innerText()).toContain('培训档案');
    const text = await drawer.innerText();
    expect(text).toContain('赤岗镇');
    expect(text).toContain('在岗');
    expect(text).toContain('2026年4月1日');
    expect(text).toContain('2026年 1 次');
    await screenshot(page, 'workforce-02-person');
    await closeDrawer(drawer);
  });

  it('refuses an import with the row and field named, then imports a good file', async () => {
    await page.getByRole('button', { name: '导入台账' }).click();
    const dialog = page.getByRole('dialog', { name: '导入儿童主任台账' });
    const bad = path.join(dir, '台账-有误.csv');
    writeFileSync(bad, '姓名,身份证号码,村（社区）代码,岗位\n王新,12345,445281102202,儿童主任\n');
    await dialog.locator('input[type=file]').setInputFiles(bad);
    await dialog.getByRole('button', { name: /导\s*入/ }).click();
    await eventually(() => dialog.innerText()).toContain('文件有问题，未导入任何记录');
    const refused = await dialog.innerText();
    expect(refused).toContain('第2行');
    expect(refused).toContain('身份证号码');
    await screenshot(page, 'workforce-03-import-refused');
    const good = path.join(dir, '台账.csv');
    writeFileSync(
      good,
      `姓名,身份证号码,村（社区）代码,岗位,联系电话,入职查询日期,查询结果\n王新,${adultIdNumber(4)},${PUNING.neighbour},儿童主任,13800000004,2026-02-01,通过\n`,
    );
    await dialog.locator('input[type=file]').setInputFiles(good);
    await dialog.getByRole('button', { name: /导\s*入/ }).click();
    await eventually(() => dialog.innerText()).toContain('新增 1 人，更新 0 人，未导入 0 行');
    await dialog.getByRole('button', { name: /^关\s闭$/ }).click();
    await page.getByLabel('岗位').click();
    await page.locator('.ant-select-item-option', { hasText: '儿童主任' }).first().click();
    await eventually(() => rows('ledger-table').filter({ hasText: '王新' }).count()).toBe(1);
    expect(await rows('ledger-table').filter({ hasText: '王新' }).innerText()).toContain('西林村委会');
  });

  it('shows coverage per village with a village that has children but no director marked', async () => {
    // Take 西林's new director off again so that the village is uncovered, as the seed data set it up.
    const ledger = await server.t.call('staff', { method: 'GET', url: '/api/v1/workforce/ledger?q=王新' });
    const post = ledger.json().items[0].postId as string;
    const end = await server.t.call('staff', {
      method: 'POST',
      url: `/api/v1/workforce/posts/${post}/end`,
      payload: { endedOn: '2026-11-01' },
    });
    expect(end.statusCode, end.body).toBe(200);
    await page.getByRole('tab', { name: '配备情况' }).click();
    await page.waitForURL(/tab=coverage/);
    await eventually(() => rows('coverage-villages').count()).toBeGreaterThan(0);
    const xilin = rows('coverage-villages').filter({ hasText: '西林村委会' });
    expect(await xilin.innerText()).toContain('无儿童主任');
    const wufu = rows('coverage-villages').filter({ hasText: '五福屿村委会' });
    expect(await wufu.innerText()).toContain('已配齐');
    // The list of villages without a director starts with those that have children.
    const first = rows('coverage-without').first();
    expect(await first.innerText()).toContain('西林村委会');
    expect(await first.innerText()).toContain('无儿童主任，有服务对象');
    expect(await page.getByRole('alert').filter({ hasText: '入职查询' }).innerText()).toContain('郑主任');
    await screenshot(page, 'workforce-04-coverage');
  });

  it('shows the year’s training coverage per county and role', async () => {
    await page.getByRole('tab', { name: '培训' }).click();
    await eventually(() => rows('training-coverage').count()).toBe(2);
    const directors = await rows('training-coverage').filter({ hasText: '儿童主任' }).innerText();
    // 周主任 trained; 郑主任 not; 王新 held a post this year, untrained.
    expect(directors).toMatch(/普宁市\s+儿童主任\s+3\s+1\s+2/);
    await screenshot(page, 'workforce-05-trainings');
  });

  it('keeps a person’s ledger: the background check and a training day', async () => {
    await page.getByRole('tab', { name: '人员台账' }).click();
    await rows('ledger-table').getByRole('button', { name: '郑主任' }).click();
    const drawer = page.getByRole('dialog', { name: /郑主任/ });
    await eventually(() => drawer.locator('.person-actions').count()).toBe(1);
    await fillDate(drawer.getByLabel('入职查询日期'), '2026-11-20');
    await drawer.getByRole('button', { name: '保存入职查询' }).click();
    await eventually(() => drawer.innerText()).toContain('2026年11月20日 通过');
    await fillDate(drawer.getByLabel('培训日期'), '2026-11-21');
    await drawer.getByRole('button', { name: '记入培训档案' }).click();
    await eventually(() => drawer.innerText()).toContain('2026年 1 次');
    await screenshot(page, 'workforce-06-person-kept');
    await closeDrawer(drawer);
    const zheng = rows('ledger-table').filter({ hasText: '郑主任' });
    await eventually(() => zheng.innerText()).toContain('本年已培训（2026年11月21日）');
    expect(await zheng.innerText()).toContain('2026年11月20日 通过');
  });

  it('links a director to the login account of their village and unlinks it', async () => {
    await rows('ledger-table').getByRole('button', { name: '周主任' }).click();
    const drawer = page.getByRole('dialog', { name: /周主任/ });
    await eventually(() => drawer.locator('.account-link').count()).toBe(1);
    await drawer.getByLabel('关联账号', { exact: true }).click();
    // Only accounts of the posts' role and village are offered: not the township's supervisor.
    await eventually(() => page.locator('.ant-select-item-option').allInnerTexts()).toEqual([
      '五福屿儿童主任（director）',
    ]);
    await page.locator('.ant-select-item-option', { hasText: '五福屿儿童主任' }).click();
    await drawer.getByRole('button', { name: '关联账号' }).click();
    await eventually(() => drawer.innerText()).toContain('五福屿儿童主任（director）');
    await screenshot(page, 'workforce-06b-account-linked');
    const file = await server.t.call('staff', { method: 'GET', url: `/api/v1/workforce/people/${zhouId}` });
    expect(file.json().user).toMatchObject({ username: 'director' });
    await drawer.getByRole('button', { name: '解除关联' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /解\s*除/ })
      .click();
    await eventually(
      async () =>
        (await server.t.call('staff', { method: 'GET', url: `/api/v1/workforce/people/${zhouId}` })).json()
          .user,
    ).toBeNull();
    await eventually(() => drawer.innerText()).toContain('未关联');
    await closeDrawer(drawer);
  });

  it('registers a course with its attendees, which enters their training file', async () => {
    await page.getByRole('tab', { name: '培训' }).click();
    const form = page.locator('.training-form');
    await fillDate(form.getByLabel('培训日期'), '2026-11-22');
    await form.getByLabel('培训名称').fill('2026年全县儿童主任全覆盖培训');
    await form.getByLabel('参加人员').click();
    await form.getByLabel('参加人员').fill('周主任');
    await page.locator('.ant-select-item-option', { hasText: '周主任' }).click();
    await page.keyboard.press('Escape');
    await form.getByRole('button', { name: '登记培训' }).click();
    const course = rows('trainings').filter({ hasText: '2026年全县儿童主任全覆盖培训' });
    await eventually(() => course.count()).toBe(1);
    expect(await course.innerText()).toMatch(
      /2026年11月22日\s+2026年全县儿童主任全覆盖培训\s+全覆盖培训\s+县级\s+1/,
    );
    await screenshot(page, 'workforce-07-training-added');
    const ledger = await server.t.call('staff', { method: 'GET', url: '/api/v1/workforce/ledger?q=周主任' });
    const zhou = await server.t.call('staff', {
      method: 'GET',
      url: `/api/v1/workforce/people/${ledger.json().items[0].personId}`,
    });
    expect(zhou.json().trainings.map((t: { title: string | null }) => t.title)).toContain(
      '2026年全县儿童主任全覆盖培训',
    );
  });

  it('adds an attendee to a course after the fact, and leaves out those already on it', async () => {
    const course = rows('trainings').filter({ hasText: '2026年全县儿童主任全覆盖培训' });
    await course.getByRole('button', { name: '补登参加人员' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '补登参加人员：2026年全县儿童主任全覆盖培训' });
    await eventually(() => dialog.locator('.training-attendees').innerText()).toContain(
      '已登记 1 人：周主任',
    );
    await dialog.getByLabel('补登人员').click();
    await eventually(() => page.locator('.ant-select-item-option', { hasText: '郑主任' }).count()).toBe(1);
    // 周主任 is on the course already: not offered again.
    expect(await page.locator('.ant-select-item-option', { hasText: '周主任' }).count()).toBe(0);
    await page.locator('.ant-select-item-option', { hasText: '郑主任' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: /补\s*登/ }).click();
    await eventually(() => course.innerText()).toMatch(/县级\s+2/);
    const ledger = await server.t.call('staff', { method: 'GET', url: '/api/v1/workforce/ledger?q=郑主任' });
    const zheng = await server.t.call('staff', {
      method: 'GET',
      url: `/api/v1/workforce/people/${ledger.json().items[0].personId}`,
    });
    expect(zheng.json().trainings.map((t: { title: string | null }) => t.title)).toContain(
      '2026年全县儿童主任全覆盖培训',
    );
  });

  describe('督导', () => {
    let planId: string;
    beforeAll(async () => {
      // 江宁's task list as the county's plan: its tasks have no dates of their own, so they are due when the
      // plan ends (2026-10-31) and, on 2026-11-23, 23 days late; one more task is due at the end of the year.
      const plan = await server.t.call('staff', {
        method: 'POST',
        url: '/api/v1/supervision/plans',
        payload: { regionCode: '445281', template: 'jiangning' },
      });
      expect(plan.statusCode, plan.body).toBe(201);
      planId = plan.json().id;
      const task = await server.t.call('staff', {
        method: 'POST',
        url: `/api/v1/supervision/plans/${planId}/tasks`,
        payload: {
          actionNo: 6,
          actionTitle: '县级补充任务',
          taskNo: 18,
          title: '年底前完成儿童主任全覆盖培训',
          dueOn: '2026-12-31',
          measures: [{ text: '组织全县儿童主任参加培训', units: ['市民政局'] }],
        },
      });
      expect(task.statusCode, task.body).toBe(201);
    });

    it('shows the plan’s late tasks at a glance, with their deadlines and responsible units', async () => {
      await login('staff');
      await page.getByRole('menuitem', { name: '督导' }).click();
      await page.waitForURL(/\/supervision$/);
      const late = rows('supervision-late');
      await eventually(() => late.count()).toBe(17);
      const first = await late.filter({ hasText: '优化精准排查机制' }).innerText();
      expect(first).toContain('逾期23天');
      expect(first).toContain('2026年10月31日（方案结束日）');
      expect(first).toContain('区民政局');
      expect(await page.locator('.supervision-late').innerText()).not.toContain(
        '年底前完成儿童主任全覆盖培训',
      );
      const card = await page.locator('.plan-card').innerText();
      expect(card).toMatch(/逾期任务\s*17/);
      // 普宁's deadline for the yearly progress report is 3 November: every unit is late for 2026.
      expect(card).toMatch(/2026年度逾期未报送单位\s*19/);
      await screenshot(page, 'supervision-01-late');
    });

    it('lists every task with its status and lets the bureau mark one done', async () => {
      await page.getByRole('tab', { name: '全部任务' }).click();
      const tasks = rows('supervision-tasks');
      await eventually(() => tasks.count()).toBe(18);
      expect(await tasks.filter({ hasText: '年底前完成儿童主任全覆盖培训' }).innerText()).toContain('推进中');
      const task = tasks.filter({ hasText: '优化精准排查机制' });
      expect(await task.innerText()).toContain('逾期23天');
      await task.getByRole('button', { name: '标记完成' }).click();
      await page.getByRole('button', { name: /^完\s?成$/ }).click();
      await eventually(() => task.innerText()).toContain('2026年11月23日 完成');
      await screenshot(page, 'supervision-02-tasks');
      await page.getByRole('tab', { name: /逾期任务/ }).click();
      await eventually(() => rows('supervision-late').count()).toBe(16);
    });

    it('takes a unit’s progress report, which leaves the late list', async () => {
      await page.getByRole('tab', { name: '进展报送' }).click();
      const lateUnits = page.locator('.reports-late');
      await eventually(() => lateUnits.first().innerText()).toContain('区民政局');
      await page.getByLabel('责任单位').click();
      await page.getByLabel('责任单位').fill('区民政局');
      await page.locator('.ant-select-item-option[title="区民政局"]').click();
      await page.getByLabel('工作进展').fill('全面完成摸底排查，建立一人一档。');
      await page.getByRole('button', { name: /^报\s?送$/ }).click();
      await eventually(() => page.locator('.ant-table-row', { hasText: '全面完成摸底排查' }).count()).toBe(1);
      await eventually(() => lateUnits.first().innerText()).not.toContain('区民政局');
      await screenshot(page, 'supervision-03-reports');
      expect(errors).toEqual([]);
    });

    it('adds a task by hand under one of the plan’s actions, with a measure and its unit', async () => {
      await page.getByRole('tab', { name: '全部任务' }).click();
      await page.getByRole('button', { name: '新增任务' }).click();
      const dialog = page.getByRole('dialog').filter({ hasText: '新增重点任务' });
      await fillDate(dialog.getByLabel(/完成期限/), '2026-11-30');
      await dialog.getByLabel('重点任务').fill('开展寒假前安全教育');
      await dialog.getByLabel('举措1', { exact: true }).fill('各村（社区）入户开展防溺水、防欺凌宣传');
      await dialog.getByLabel('举措1的责任单位').fill('区教育局');
      await page.keyboard.press('Enter');
      await dialog.getByText('新增重点任务').click();
      await dialog.getByRole('button', { name: /保\s?存/ }).click();
      const tasks = rows('supervision-tasks');
      await eventually(() => tasks.count()).toBe(19);
      const task = tasks.filter({ hasText: '开展寒假前安全教育' });
      expect(await task.innerText()).toContain('区教育局');
      expect(await task.innerText()).toContain('2026年11月30日');
      expect(await task.innerText()).toContain('推进中');
      await screenshot(page, 'supervision-04-task-added');
    });
  });

  describe('档案抽查', () => {
    it('shows the check as overdue, draws a sample with the given seed and opens it', async () => {
      await login('staff');
      await page.getByRole('menuitem', { name: '档案抽查' }).click();
      await page.waitForURL(/\/spot-checks$/);
      // 普宁 checks yearly; a county that never checked is overdue.
      await eventually(() => page.locator('.spot-check-schedule').innerText()).toContain('档案抽查已逾期');
      await screenshot(page, 'spot-checks-01-overdue');
      await page.getByRole('button', { name: '抽取档案' }).click();
      const dialog = page.getByRole('dialog', { name: '抽取档案' });
      await dialog.getByLabel(/抽取份数/).fill('2');
      await dialog.getByLabel(/随机种子/).fill('e2e-seed');
      await dialog.getByRole('button', { name: /抽\s?取/ }).click();
      const items = rows('spot-check-items');
      await eventually(() => items.count()).toBe(2);
      expect(await page.getByRole('dialog', { name: /档案抽查/ }).innerText()).toContain(
        '总体 3 份档案，抽取 2 份',
      );
      // The files in drawing order, as the API recorded them, and the seed kept for reproducing the draw.
      const drawn = (await items.allInnerTexts()).map((t) => t.split('\t')[1]);
      const checks = (await server.t.call('staff', { method: 'GET', url: '/api/v1/spot-checks' })).json()
        .items;
      const detail = (
        await server.t.call('staff', { method: 'GET', url: `/api/v1/spot-checks/${checks[0].id}` })
      ).json();
      expect(drawn).toEqual(detail.items.map((i: { childName: string }) => i.childName));
      expect(checks[0].seed).toBe('e2e-seed');
      await screenshot(page, 'spot-checks-02-drawn');
    });

    it('records the checker’s findings on a file and the village’s fix', async () => {
      const first = rows('spot-check-items').first();
      expect(await first.innerText()).toContain('建议：');
      await first.getByRole('button', { name: /检\s?查/ }).click();
      const review = page.getByRole('dialog', { name: /检查档案/ });
      await review.getByLabel('其他问题').fill('照护人联系电话缺失');
      await review.getByRole('button', { name: '保存检查结果' }).click();
      await eventually(() => first.innerText()).toContain('待整改');
      expect(await first.innerText()).toContain('照护人联系电话缺失');
      const before = await first.getByRole('button', { name: /已整改/ }).count();
      expect(before).toBeGreaterThan(0);
      await first
        .getByRole('button', { name: /已整改/ })
        .first()
        .click();
      await eventually(() => first.getByRole('button', { name: /已整改/ }).count()).toBe(before - 1);
      expect(await first.innerText()).toMatch(/已整改/);
      await screenshot(page, 'spot-checks-03-reviewed');
      await page.keyboard.press('Escape');
      await eventually(() => page.locator('.spot-check-schedule').innerText()).toContain('已开展抽查');
      expect(errors).toEqual([]);
    });
  });

  it('adds a supervisor to the ledger by hand', async () => {
    await page.goto(`${server.url}/workforce`);
    await page.getByRole('button', { name: '新增人员' }).click();
    const dialog = page.getByRole('dialog', { name: '新增人员' });
    await dialog.getByLabel('姓名').fill('冯督导');
    await dialog.getByLabel('身份证号码').fill(adultIdNumber(5));
    await dialog.getByLabel('新增人员岗位').click();
    await page.locator('.ant-select-item-option', { hasText: '儿童督导员' }).click();
    await dialog.locator('#person-region').click();
    await page.locator('.ant-cascader-menu-item', { hasText: '大坝镇' }).click();
    await page.keyboard.press('Escape');
    await fillDate(dialog.getByLabel('入职查询日期'), '2026-11-02');
    await dialog.getByRole('button', { name: /登\s?记/ }).click();
    const row = rows('ledger-table').filter({ hasText: '冯督导' });
    await eventually(() => row.count()).toBe(1);
    const text = await row.innerText();
    expect(text).toContain('儿童督导员');
    expect(text).toContain('普宁市 大坝镇');
    expect(text).toContain('2026年11月2日 通过');
    await screenshot(page, 'workforce-08-person-added');
  });

  it('keeps the office pages out of a supervisor’s phone bar, still opening them by link', async () => {
    const phone = await launchBrowser({ viewport: { width: 360, height: 740 }, mobile: true });
    try {
      const p = await phone.context.newPage();
      await p.goto(`${server.url}/login`);
      await p.getByLabel('用户名').fill('supervisor');
      await p.getByLabel('密码').fill(PASSWORD);
      await p.getByRole('button', { name: /登\s*录/ }).click();
      const nav = p.getByRole('navigation', { name: '主导航' });
      await eventually(() => nav.count()).toBe(1);
      const text = await nav.innerText();
      expect(text).toContain('工作台');
      expect(text).toContain('儿童档案');
      for (const office of ['数据比对', '儿童主任台账', '督导', '档案抽查', '个案会商', '导入'])
        expect(text).not.toContain(office);
      // Every tab keeps a tap target of at least 44 px and the bar fits the screen.
      for (const height of await nav
        .locator('a')
        .evaluateAll((links) => links.map((l) => l.getBoundingClientRect().height)))
        expect(height).toBeGreaterThanOrEqual(44);
      expect(await p.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
      await p.goto(`${server.url}/supervision`);
      await eventually(() => p.locator('.phone-title').innerText()).toBe('督导');
      await screenshot(p, 'supervision-04-phone');
    } finally {
      await phone.close();
    }
  });
});
