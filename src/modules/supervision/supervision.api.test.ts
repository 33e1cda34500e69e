// Action-plan supervision over the API against the real database: plans with the profile's phases and
// 江宁's task list, tasks and reports late by injected dates, inspections; 401, 403, 404 and 400.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, createTestApp } from '../../../test/helpers/app.ts';
import { systemContext } from '../../../test/helpers/workforce.ts';
import { systemActor } from '../access/actor.ts';
import { createUser } from '../users/service.ts';
import { createPlan } from './plans.ts';
import { submitReport } from './progress.ts';

let t: TestApp;
let plan: string;
let jiangning: string;
let tiedong: string;
const tasks: Record<string, string> = {};

async function post(as: string | null, url: string, payload: object) {
  return t.call(as, { method: 'POST', url, payload });
}

async function overview(as: string, query = '') {
  const res = await t.call(as, { method: 'GET', url: `/api/v1/supervision/overview${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
  const ctx = systemContext(t.database.db, t.today());
  jiangning = (await createPlan(ctx, { regionCode: '320115', template: 'jiangning' })).id;
  tiedong = (await createPlan(ctx, { regionCode: '220303' })).id;
  await createUser(t.database.db, systemActor('测试'), {
    username: 'jiangning',
    displayName: '江宁区民政局',
    role: 'civil_affairs',
    regionCode: '320115',
    password: 'Tonghu2026',
  });
});
afterAll(() => t.close());

describe('plans', () => {
  it('creates the county plan with its profile’s phases (003 §六)', async () => {
    const res = await post('staff', '/api/v1/supervision/plans', { regionCode: '445281' });
    expect(res.statusCode, res.body).toBe(201);
    plan = res.json().id;
    const detail = (
      await t.call('staff', { method: 'GET', url: `/api/v1/supervision/plans/${plan}` })
    ).json();
    expect(detail.policy).toBe('puning');
    expect(
      detail.phases.map((p: { key: string; startsOn: string; endsOn: string; source: string }) => [
        p.key,
        p.startsOn,
        p.endsOn,
        p.source,
      ]),
    ).toEqual([
      ['deployment', '2024-04-01', '2024-06-30', '003 §六(一)'],
      ['screening', '2024-04-01', '2024-07-31', '003 §六(二)'],
      ['advancement', '2024-06-01', '2025-12-31', '003 §六(三)'],
      ['consolidation', '2026-01-01', '2026-10-31', '003 §六(四)'],
    ]);
    expect((await post('staff', '/api/v1/supervision/plans', { regionCode: '445281' })).statusCode).toBe(409);
  });

  it('loads 江宁’s 17 key tasks with their measures and units as the demo', async () => {
    const detail = (
      await t.call('jiangning', { method: 'GET', url: `/api/v1/supervision/plans/${jiangning}` })
    ).json();
    expect(detail.actions).toHaveLength(5);
    const all = detail.actions.flatMap((a: { tasks: unknown[] }) => a.tasks);
    expect(all).toHaveLength(17);
    expect(all[14]).toMatchObject({ no: 15, title: '壮大基层工作队伍' });
    expect(all[14].measures[1]).toMatchObject({ units: ['区民政局'] });
    expect(detail.units).toHaveLength(18);
    expect(detail.phases.map((p: { key: string }) => p.key)).toEqual(['advancement', 'consolidation']);
  });

  it('keeps plans to their region: 404 outside it, 403 to keep a plan one only reads', async () => {
    expect(
      (await t.call('staff', { method: 'GET', url: `/api/v1/supervision/plans/${jiangning}` })).statusCode,
    ).toBe(404);
    expect((await post('staff', '/api/v1/supervision/plans', { regionCode: '320115' })).statusCode).toBe(403);
    expect((await post('supervisor', '/api/v1/supervision/plans', { regionCode: '445281' })).statusCode).toBe(
      403,
    );
    expect(
      (await post('staff', '/api/v1/supervision/plans', { regionCode: '445281102' })).json().error.field,
    ).toBe('regionCode');
    expect(
      (await post('staff', '/api/v1/supervision/plans', { regionCode: '445281', template: 'x' })).json().error
        .field,
    ).toBe('template');
    expect(
      (await t.call('supervisor', { method: 'GET', url: `/api/v1/supervision/plans/${plan}` })).statusCode,
    ).toBe(200);
    expect(
      (await t.call('director', { method: 'GET', url: `/api/v1/supervision/plans/${plan}` })).statusCode,
    ).toBe(403);
    expect((await t.call(null, { method: 'GET', url: '/api/v1/supervision/plans' })).statusCode).toBe(401);
    const listed = (await t.call('staff', { method: 'GET', url: '/api/v1/supervision/plans' })).json();
    expect(listed.items.map((p: { regionCode: string }) => p.regionCode)).toEqual(['445281000000']);
  });

  it('adds tasks with measures and responsible units', async () => {
    for (const [key, body] of Object.entries({
      dated: {
        actionNo: 5,
        actionTitle: '实施固本强基行动',
        title: '加强儿童主任队伍建设',
        dueOn: '2026-06-30',
        measures: [{ text: '每年对儿童主任进行全覆盖培训', units: ['市民政局'] }],
      },
      done: {
        actionNo: 1,
        actionTitle: '实施精准帮扶行动',
        title: '开展摸底走访建档',
        dueOn: '2024-07-31',
        measures: [{ text: '全面摸底排查', units: ['市民政局'] }],
      },
      undated: {
        actionNo: 3,
        actionTitle: '实施安全防护行动',
        title: '提升教育帮扶能力',
        measures: [{ text: '控辍保学', units: ['市教育局', '市民政局'] }],
      },
    })) {
      const res = await post('staff', `/api/v1/supervision/plans/${plan}/tasks`, body);
      expect(res.statusCode, res.body).toBe(201);
      tasks[key] = res.json().id;
    }
    expect(
      (
        await post('staff', `/api/v1/supervision/plans/${plan}/tasks`, {
          actionNo: 1,
          actionTitle: 'x',
          title: '',
        })
      ).json().error.field,
    ).toBe('title');
    expect(
      (
        await post('staff', `/api/v1/supervision/plans/${plan}/tasks`, {
          actionNo: 1,
          actionTitle: 'x',
          title: 'y',
          taskNo: 1,
        })
      ).statusCode,
    ).toBe(409);
    const done = await t.call('staff', {
      method: 'PATCH',
      url: `/api/v1/supervision/tasks/${tasks.done}`,
      payload: { status: 'done', doneOn: '2024-07-20' },
    });
    expect(done.statusCode).toBe(200);
    expect(
      (
        await t.call('staff', {
          method: 'PATCH',
          url: `/api/v1/supervision/tasks/${tasks.done}`,
          payload: { status: 'done', doneOn: '2027-01-01' },
        })
      ).json().error.field,
    ).toBe('doneOn');
  });
});

describe('every seed’s task list (issue 19.6)', () => {
  it('starts 松江’s plan from its own list (002 §二) and loads 株洲’s into a plan made without one (004 §二)', async () => {
    const ctx = systemContext(t.database.db, t.today());
    expect(await createPlan(ctx, { regionCode: '310117', template: 'songjiang' })).toMatchObject({
      tasks: 6,
    });
    const zhuzhou = (await createPlan(ctx, { regionCode: '430202' })).id;
    await createUser(t.database.db, systemActor('测试'), {
      username: 'hetang', displayName: '荷塘区民政局', role: 'civil_affairs', regionCode: '430202', password: 'Tonghu2026',
    }); // prettier-ignore
    const url = `/api/v1/supervision/plans/${zhuzhou}/task-list`;
    expect((await post(null, url, {})).statusCode).toBe(401);
    expect((await post('supervisor', url, {})).statusCode).toBe(403);
    expect((await post('staff', url, {})).statusCode).toBe(404);
    const bad = await post('hetang', url, { template: 'nowhere' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('template');
    const loaded = await post('hetang', url, {});
    expect(loaded.statusCode, loaded.body).toBe(200);
    expect(loaded.json()).toEqual({ template: 'zhuzhou', added: 20, matched: 0 });
    expect((await post('hetang', url, {})).json()).toEqual({ template: 'zhuzhou', added: 0, matched: 0 });
    const detail = (
      await t.call('hetang', { method: 'GET', url: `/api/v1/supervision/plans/${zhuzhou}` })
    ).json();
    const all = detail.actions.flatMap((a: { tasks: unknown[] }) => a.tasks);
    expect(all[8]).toMatchObject({ no: 9, title: '定期进行入户走访', source: '004 §二.9', dueOn: null });
    expect(all[8].measures[0].units).toEqual(['市民政局']);
    expect(detail.template).toBe('zhuzhou');
  });
});

describe('what is late, by date', () => {
  it('shows tasks past due, and a task without a date as due when the plan ends', async () => {
    const onDue = await overview('staff', '?asOf=2026-06-30');
    expect(onDue.plans[0].tasks.late).toEqual([]);
    expect(onDue.plans[0].currentPhase).toMatchObject({ key: 'consolidation' });
    const after = await overview('staff', '?asOf=2026-07-10');
    expect(after.plans[0].tasks.late).toEqual([
      expect.objectContaining({
        title: '加强儿童主任队伍建设',
        dueOn: '2026-06-30',
        daysLate: 10,
        units: ['市民政局'],
      }),
    ]);
    const ended = await overview('staff', '?asOf=2026-11-23');
    expect(ended.plans[0].ended).toBe(true);
    expect(ended.plans[0].tasks).toMatchObject({ total: 3, done: 1, open: 2 });
    expect(
      ended.plans[0].tasks.late.map((l: { title: string; dueFromPlan: boolean; daysLate: number }) => [
        l.title,
        l.dueFromPlan,
        l.daysLate,
      ]),
    ).toEqual([
      ['加强儿童主任队伍建设', false, 146],
      ['提升教育帮扶能力', true, 23],
    ]);
  });

  it('shows units without the year’s report after 普宁’s 3 November deadline (003 §七(三))', async () => {
    for (const unit of ['市民政局', '市教育局'])
      expect(
        (
          await post('staff', `/api/v1/supervision/plans/${plan}/reports`, {
            unitName: unit,
            year: 2025,
            submittedOn: '2025-11-01',
            content: '2025年进展',
          })
        ).statusCode,
      ).toBe(201);
    const units = (await t.call('staff', { method: 'GET', url: `/api/v1/supervision/plans/${plan}` })).json()
      .units;
    const civil = units.find((u: { name: string }) => u.name === '市民政局').id;
    expect(
      (
        await post('department', `/api/v1/supervision/plans/${plan}/reports`, {
          unitId: civil,
          year: 2026,
          submittedOn: '2026-11-02',
          content: '2026年进展',
        })
      ).statusCode,
    ).toBe(201);

    const before = await overview('staff', '?asOf=2026-11-03');
    expect(before.plans[0].reports.lastDue).toMatchObject({
      year: 2025,
      deadline: '2025-11-03',
      late: [],
      submitted: 2,
    });
    expect(before.plans[0].reports.current).toMatchObject({
      year: 2026,
      deadline: '2026-11-03',
      submitted: 1,
      pending: [{ name: '市教育局' }],
    });
    const after = await overview('staff', '?asOf=2026-11-04');
    expect(after.plans[0].reports.lastDue).toMatchObject({
      year: 2026,
      deadlineSource: '003 §七(三)',
      late: [{ name: '市教育局' }],
    });
    expect(after.plans[0].reports.current).toBeNull();
    expect(after.late.reports).toBe(1);

    await post('staff', `/api/v1/supervision/plans/${plan}/reports`, {
      unitName: '市教育局',
      year: 2026,
      submittedOn: '2026-11-20',
      content: '补报',
    });
    const late = await overview('staff', '?asOf=2026-11-23');
    expect(late.plans[0].reports.lastDue).toMatchObject({
      late: [],
      submittedLate: [{ name: '市教育局', submittedOn: '2026-11-20' }],
    });
  });

  it('uses 铁东’s 1 December deadline (001 §六(二)), and today’s date when no asOf is given', async () => {
    const ctx = systemContext(t.database.db, t.today());
    await createUser(t.database.db, systemActor('测试'), {
      username: 'tiedong', displayName: '铁东区民政局', role: 'civil_affairs', regionCode: '220303', password: 'Tonghu2026',
    }); // prettier-ignore
    await submitReport(ctx, tiedong, { unitName: 'none', year: 2026, content: 'x' }).catch((e: unknown) =>
      expect(e).toMatchObject({ details: { field: 'unitName' } }),
    );
    // Sessions end when the clock jumps ahead, so this user signs in only after the move.
    try {
      t.setToday('2026-12-01');
      const task = { actionNo: 5, actionTitle: '实施固本强基行动', title: '加强儿童主任队伍建设' };
      const measures = [{ text: '培训全覆盖', units: ['区民政局'] }];
      expect(
        (await post('tiedong', `/api/v1/supervision/plans/${tiedong}/tasks`, { ...task, measures }))
          .statusCode,
      ).toBe(201);
      expect((await overview('tiedong')).plans[0].reports.lastDue).toMatchObject({ year: 2025 });
      expect((await overview('tiedong')).plans[0].reports.current).toMatchObject({
        deadline: '2026-12-01',
        pending: [{ name: '区民政局' }],
      });
      expect((await overview('tiedong')).asOf).toBe('2026-12-01');
      const after = await overview('tiedong', '?asOf=2026-12-02');
      expect(after.plans[0].reports.lastDue).toMatchObject({ year: 2026, late: [{ name: '区民政局' }] });
    } finally {
      t.setToday('2026-11-23');
    }
  });

  it('records inspections and says when the next is due; the spot check too', async () => {
    const url = `/api/v1/supervision/plans/${plan}/inspections`;
    const body = {
      inspectedOn: '2026-05-01',
      inspector: '市民政局督导组',
      regionCode: '445281102',
      method: '实地检查',
      findings: '部分档案缺少委托照护确认书',
    };
    expect((await post('staff', url, { ...body, regionCode: '320115' })).json().error.field).toBe(
      'regionCode',
    );
    expect((await post('staff', url, { ...body, inspectedOn: '2026-12-01' })).json().error.field).toBe(
      'inspectedOn',
    );
    expect((await post('department', url, body)).statusCode).toBe(403);
    expect((await post('staff', url, body)).statusCode).toBe(201);
    const view = await overview('supervisor', '?asOf=2026-11-23');
    expect(view.plans[0].inspections).toMatchObject({
      every: 'P1Y',
      source: '003 §七(三)',
      last: { inspectedOn: '2026-05-01', inspector: '市民政局督导组' },
      doneThisPeriod: true,
      nextDueBy: '2027-12-31',
      overdue: false,
    });
    expect(view.plans[0].spotChecks).toMatchObject({
      every: 'P1Y',
      source: '003 §五.8',
      lastCheckOn: null,
      overdue: true,
    });
    expect(view.late).toMatchObject({ tasks: 2, inspections: 0, spotChecks: 1 });
  });

  it('answers 401, 403 to a director, 404 outside the region, 400 for a bad date', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/v1/supervision/overview' })).statusCode).toBe(401);
    expect(
      (await t.call('director', { method: 'GET', url: '/api/v1/supervision/overview' })).statusCode,
    ).toBe(403);
    expect(
      (await t.call('staff', { method: 'GET', url: '/api/v1/supervision/overview?region=320115' }))
        .statusCode,
    ).toBe(404);
    const bad = await t.call('staff', { method: 'GET', url: '/api/v1/supervision/overview?asOf=2026-02-30' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('asOf');
    expect((await overview('department')).plans).toHaveLength(1);
  });
});
