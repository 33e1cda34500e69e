// Issue 19.4–19.6 in a real browser against the real server: a village director records a family-education
// activity (a name that labels children refused first) and the child's file shows it; the county sees the
// coverage against 普宁's duties with their citations and the families not reached; the dashboard lists the
// roster kinds due for comparison; 普宁's plan starts from its own task list with each task's citation; and
// 江宁's bureau follows a screening round village by village and records a child seen.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberFor, PASSWORD } from '../helpers/app.ts';
import { createUser } from '../../src/modules/users/service.ts';
import { systemActor } from '../../src/modules/access/actor.ts';
import {
  collectPageErrors,
  eventually,
  hasChromium,
  launchBrowser,
  screenshot,
  type Browser,
} from './helpers/browser.ts';
import { PUNING, registerChild, signIn, startWebServer, type WebServer } from './helpers/server.ts';

let server: WebServer;
let browser: Browser;
let page: Page;
let errors: string[];
const ids: Record<string, string> = {};

const button = (text: string) => new RegExp(text.split('').join('\\s*'));
const login = (username: string) => signIn(page, server, username, { leaveLogin: true });

async function pick(field: string, name: string) {
  await page.locator(`#${field}`).click();
  await page.locator(`#${field}`).fill(name.slice(0, 2));
  await page.locator('.ant-select-item-option', { hasText: name }).click();
  await page.keyboard.press('Escape');
}

describe.skipIf(!hasChromium)('care activities, screening rounds and task lists in the browser', () => {
  beforeAll(async () => {
    server = await startWebServer();
    const t = server.t;
    ids.jia = await registerChild(t, { name: '甲小明', birthDate: '2014-02-03', sequence: 61 });
    ids.yi = await registerChild(t, { name: '乙小红', birthDate: '2015-02-03', sequence: 62 });
    ids.ding = await registerChild(t, {
      name: '丁小刚',
      birthDate: '2013-02-03',
      sequence: 63,
      villageCode: PUNING.neighbour,
      as: 'neighbour',
    });
    // 江宁: a bureau account, a child in 中前社区 and a round that ended with the child unseen.
    await createUser(t.database.db, systemActor('测试'), {
      username: 'jiangning',
      displayName: '江宁区民政局',
      role: 'civil_affairs',
      regionCode: '320115000000',
      password: PASSWORD,
    });
    const child = await t.call('jiangning', {
      method: 'POST',
      url: '/api/v1/children',
      payload: {
        name: '赵小川',
        idNumber: idNumberFor('2014-05-06', 71, '320115'),
        hukouType: 'rural',
        villageCode: '320115001001',
        registeredOn: '2026-03-01',
        parents: [
          {
            relation: 'father',
            statuses: ['migrant'],
            migrantMonths: 8,
            crossCounty: true,
            coreUrbanBoth: false,
          },
          {
            relation: 'mother',
            statuses: ['migrant'],
            migrantMonths: 8,
            crossCounty: true,
            coreUrbanBoth: false,
          },
        ],
        conditions: [],
      },
    });
    if (child.statusCode !== 201) throw new Error(child.body);
    for (const [startsOn, endsOn] of [
      ['2026-01-01', '2026-06-30'],
      ['2026-07-01', '2026-12-31'],
    ]) {
      const round = await t.call('jiangning', {
        method: 'POST',
        url: '/api/v1/screening/rounds',
        payload: { regionCode: '320115', startsOn, endsOn },
      });
      if (round.statusCode !== 201) throw new Error(round.body);
    }
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a director records a family-education activity; a name with 留守 is refused (003 §七(四))', async () => {
    await login('director');
    await page.goto(`${server.url}/care-activities`);
    await page.getByRole('button', { name: button('记录活动') }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('活动名称').fill('留守儿童亲子讲座');
    await drawer.locator('#kind').click();
    await page.locator('.ant-select-item-option', { hasText: '家庭教育指导' }).click();
    await drawer.getByLabel('活动地点').fill('五福屿村党群服务中心');
    await drawer.getByRole('button', { name: button('保存') }).click();
    await eventually(() => drawer.innerText()).toContain('活动名称不得出现“留守”“困境”等字眼');
    await drawer.getByLabel('活动名称').fill('亲子共读家庭教育讲座');
    await pick('families', '甲小明');
    await drawer.locator('#anonymousCount').fill('12');
    await screenshot(page, 'care-01-record');
    await drawer.getByRole('button', { name: button('保存') }).click();
    const rows = page.locator('.care-activities tbody tr.ant-table-row');
    await eventually(() => rows.allInnerTexts()).toEqual([expect.stringContaining('亲子共读家庭教育讲座')]);
    expect(await rows.first().innerText()).toContain('家庭1');
    await rows.first().click();
    await eventually(() => page.locator('.activity-reached').innerText()).toContain('甲小明');
    await screenshot(page, 'care-02-detail');
  });

  it('the child’s file shows what reached it', async () => {
    await page.goto(`${server.url}/children/${ids.jia}?tab=care`);
    await eventually(() => page.locator('.child-care-activities').innerText()).toContain(
      '亲子共读家庭教育讲座',
    );
    expect(await page.locator('.child-care-activities').innerText()).toContain('家庭（监护人）');
    await screenshot(page, 'care-03-child-file');
  });

  it('the county sees coverage against 普宁’s duties with their citations and who was not reached', async () => {
    await login('staff');
    await page.goto(`${server.url}/care-activities`);
    await page.getByRole('tab', { name: '覆盖情况' }).click();
    const rules = page.locator('.coverage-rules');
    await eventually(() => rules.innerText()).toContain('依据 003 §五.4');
    expect(await rules.innerText()).toContain('依据 003 §五.13');
    const family = rules.locator('.ant-card', { hasText: '家庭教育指导' });
    expect(await family.innerText()).toMatch(/未覆盖\s*2/);
    await family.getByRole('button', { name: '查看未覆盖名单' }).click();
    const names = page.locator('.coverage-names');
    await eventually(() => names.innerText()).toContain('乙小红');
    expect(await names.innerText()).toContain('丁小刚');
    expect(await names.innerText()).not.toContain('甲小明');
    await screenshot(page, 'care-04-coverage-names');
    await page.keyboard.press('Escape');
    expect(await page.locator('.coverage-villages').innerText()).toContain('五福屿村委会');
    expect(await page.getByRole('link', { name: /导出 Excel/ }).count()).toBe(1);
  });

  it('the dashboard lists the roster kinds due for comparison, with the interval labelled', async () => {
    await page.goto(`${server.url}/dashboard`);
    const card = page.locator('.dashboard-comparison-due');
    await eventually(() => card.innerText()).toContain('学籍名册');
    expect(await card.innerText()).toContain('Tonghu 默认');
    await screenshot(page, 'care-05-dashboard-comparison');
  });

  it('普宁’s plan starts from its own task list, each task citing its paragraph (003 §五, §六)', async () => {
    await page.goto(`${server.url}/supervision`);
    await eventually(() => page.getByLabel('任务清单').locator('..').innerText()).toContain('本地政策文件');
    await page.getByRole('button', { name: button('按任务清单建立') }).click();
    await page.getByRole('tab', { name: '全部任务' }).click();
    const tasks = page.locator('.supervision-tasks tbody tr.ant-table-row');
    await eventually(() => tasks.count()).toBe(20);
    expect(await tasks.first().innerText()).toContain('依据 003 §五.1');
    expect(await page.locator('.supervision-tasks').innerText()).toContain('2026年10月16日');
    await screenshot(page, 'care-06-supervision-list');
  });

  it('江宁 follows its screening round village by village and records a child seen (000 (一)1)', async () => {
    await login('jiangning');
    // The first half-year's round ended with 赵小川 unseen: overdue on the dashboard.
    const due = page.locator('.dashboard-screening');
    await eventually(() => due.innerText()).toContain(
      '2026年第1轮全面排查已于2026年6月30日结束，仍有 1 名儿童未见到',
    );
    await screenshot(page, 'care-07-dashboard-screening');
    await page.goto(`${server.url}/screening`);
    await eventually(() => page.locator('.ant-alert').first().innerText()).toContain('000 (一)1');
    const round = page.locator('.screening-round').first();
    expect(await round.innerText()).toContain('2026年第2轮全面排查');
    await eventually(() => round.innerText()).toContain('中前社区居委会');
    await round.getByRole('button', { name: /1\s*名/ }).click();
    const unseen = page.locator('.screening-unseen');
    await eventually(() => unseen.innerText()).toContain('赵小川');
    await screenshot(page, 'care-08-screening-unseen');
    await unseen.getByRole('button', { name: /记录已见到/ }).click();
    await eventually(() => unseen.innerText()).toContain('全部已见到');
    await page.keyboard.press('Escape');
    await eventually(() => round.innerText()).toContain('已全部见到');
    await screenshot(page, 'care-09-screening-done');
  });

  it('reported no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
