// 强制报告 through the HTTP API: the task a red factor opens, reports opened by hand for one of the nine
// situations, the police report with its clock, feedback and follow-ups, closing, the alert on the injected
// clock, who may do what, and the audit trail.
//
// The clock is set to days long past: an auto-opened task knows its discovery time only by the day the red
// factor was recorded, unless the database opened it that same day (see clock.ts), and a past day keeps
// that deterministic whatever day the tests run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { registerChild, sessions } from '../../../test/helpers/departments.ts';

let t: TestApp;
let redChild: string;
let autoReport: string;
beforeAll(async () => {
  t = await createTestApp({ today: '2026-03-02' });
  redChild = await registerChild(t, 'director', {
    name: '黄小丽',
    gender: 'female',
    conditions: ['harm.suspected'],
  });
});
afterAll(() => t.close());
const call = (...args: Parameters<ReturnType<typeof sessions>>) => sessions(t)(...args);

const police = (overrides: Record<string, unknown> = {}) => ({
  reportedAt: '2026-03-03T09:00:00+08:00',
  method: 'phone_110',
  policeUnit: '普宁市公安局赤岗派出所',
  receiptNumber: 'J4452812026030300123',
  ...overrides,
});

describe('the task a red factor opens', () => {
  it('is on the child’s file, open, with its factor and the clock from the day it was recorded', async () => {
    const res = await call('director', {
      method: 'GET',
      url: `/api/v1/children/${redChild}/mandatory-reports`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(1);
    const report = res.json().items[0];
    autoReport = report.id;
    expect(report).toMatchObject({
      source: 'auto',
      situation: 'red_factor',
      factors: [{ code: 'harm.suspected', name: '（疑似）遭受性侵害、虐待、拐卖、暴力伤害、遗弃等不法侵害' }],
      status: 'open',
      statusName: '待报告',
      discoveredOn: '2026-03-02',
      discoveredAt: '2026-03-01T16:00:00.000Z',
      hoursOpen: 10,
      alert: false,
    });
  });

  it('raises no alert within 24 hours, and one after', async () => {
    let alerts = (await call('staff', { method: 'GET', url: '/api/v1/mandatory-reports/alerts' })).json();
    expect(alerts).toMatchObject({ thresholdHours: 24, total: 0 });
    t.setToday('2026-03-03');
    alerts = (await call('staff', { method: 'GET', url: '/api/v1/mandatory-reports/alerts' })).json();
    expect(alerts.items.map((r: { id: string }) => r.id)).toEqual([autoReport]);
    expect(alerts.items[0]).toMatchObject({ hoursOpen: 34, alert: true, child: { name: '黄小丽' } });
    // As of the end of the day before: exactly 24 hours, not beyond.
    const before = (
      await call('staff', { method: 'GET', url: '/api/v1/mandatory-reports/alerts?asOf=2026-03-02' })
    ).json();
    expect(before.total).toBe(0);
    const lenient = (
      await call('staff', { method: 'GET', url: '/api/v1/mandatory-reports/alerts?thresholdHours=48' })
    ).json();
    expect(lenient.total).toBe(0);
  });

  it('lists open reports for the county with their hours, and none outside one’s village', async () => {
    const open = (
      await call('staff', { method: 'GET', url: '/api/v1/mandatory-reports?status=open' })
    ).json();
    expect(open.items.map((r: { id: string }) => r.id)).toContain(autoReport);
    const neighbour = (
      await call('neighbour', { method: 'GET', url: '/api/v1/mandatory-reports?status=open' })
    ).json();
    expect(neighbour.items).toEqual([]);
    expect((await call('department', { method: 'GET', url: '/api/v1/mandatory-reports' })).statusCode).toBe(
      403,
    );
    expect((await call(null, { method: 'GET', url: '/api/v1/mandatory-reports' })).statusCode).toBe(401);
  });

  it.each([
    [police({ reportedAt: '2026-03-04T09:00:00+08:00' }), 'reportedAt'],
    [police({ reportedAt: '2026-03-01T09:00:00+08:00' }), 'reportedAt'],
    [police({ reportedAt: 'yesterday' }), 'reportedAt'],
    [police({ method: 'pigeon' }), 'method'],
    [police({ policeUnit: '' }), 'policeUnit'],
  ])('refuses a police report naming the field (%#)', async (body, field) => {
    const res = await call('director', {
      method: 'POST',
      url: `/api/v1/mandatory-reports/${autoReport}/police-report`,
      payload: body,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
  });

  it('records who told the police, when, how, which unit and the receipt number; the alert ends', async () => {
    const res = await call('director', {
      method: 'POST',
      url: `/api/v1/mandatory-reports/${autoReport}/police-report`,
      payload: police(),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'reported',
      reportedAt: '2026-03-03T01:00:00.000Z',
      hoursToReport: 33,
      hoursOpen: null,
      alert: false,
      reporterName: '五福屿儿童主任',
      reportMethod: 'phone_110',
      reportMethodName: '拨打110电话',
      policeUnit: '普宁市公安局赤岗派出所',
      receiptNumber: 'J4452812026030300123',
    });
    const again = await call('director', {
      method: 'POST',
      url: `/api/v1/mandatory-reports/${autoReport}/police-report`,
      payload: police(),
    });
    expect(again.statusCode).toBe(409);
    expect(
      (await call('staff', { method: 'GET', url: '/api/v1/mandatory-reports/alerts' })).json().total,
    ).toBe(0);
  });

  it('records the police’s feedback and follow-ups, dated', async () => {
    const feedback = await call('director', {
      method: 'POST',
      url: `/api/v1/mandatory-reports/${autoReport}/followups`,
      payload: { kind: 'police_feedback', occurredOn: '2026-03-03', note: '已受案，正在调查' },
    });
    expect(feedback.json().policeFeedback).toEqual({ occurredOn: '2026-03-03', note: '已受案，正在调查' });
    const follow = await call('supervisor', {
      method: 'POST',
      url: `/api/v1/mandatory-reports/${autoReport}/followups`,
      payload: { kind: 'follow_up', occurredOn: '2026-03-03', note: '督导员入户，儿童暂由姑姑照顾' },
    });
    expect(follow.json().followups.map((f: { kind: string }) => f.kind)).toEqual([
      'police_feedback',
      'follow_up',
    ]);
    const future = await call('director', {
      method: 'POST',
      url: `/api/v1/mandatory-reports/${autoReport}/followups`,
      payload: { kind: 'follow_up', occurredOn: '2026-03-09', note: '未来' },
    });
    expect(future.json().error.field).toBe('occurredOn');
  });

  it('closes with an outcome, and then is final', async () => {
    const closed = await call('director', {
      method: 'POST',
      url: `/api/v1/mandatory-reports/${autoReport}/close`,
      payload: { outcome: 'case_filed', note: '公安机关已立案' },
    });
    expect(closed.json()).toMatchObject({
      status: 'closed',
      outcome: 'case_filed',
      outcomeName: '公安机关已立案',
    });
    const again = await call('director', {
      method: 'POST',
      url: `/api/v1/mandatory-reports/${autoReport}/close`,
      payload: { outcome: 'other', note: 'x' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('holds every step in the child’s audit trail', async () => {
    const audit = (await call('staff', { method: 'GET', url: `/api/v1/children/${redChild}/audit` })).json()
      .items as { action: string; entityId: string }[];
    const steps = audit.filter((e) => e.entityId === autoReport).map((e) => e.action);
    for (const action of [
      'mandatory_report.opened',
      'mandatory_report.reported',
      'mandatory_report.police_feedback',
      'mandatory_report.follow_up',
      'mandatory_report.closed',
    ])
      expect(steps).toContain(action);
  });
});

describe('reports opened by hand', () => {
  let child: string;
  beforeAll(async () => {
    t.setToday('2026-03-05');
    child = await registerChild(t, 'director', { name: '马小强' });
  });

  it('opens one for a situation of the nine, with the police report already made', async () => {
    const res = await call('director', {
      method: 'POST',
      url: `/api/v1/children/${child}/mandatory-reports`,
      payload: {
        situation: 'organised_begging',
        discoveredAt: '2026-03-05T08:00:00+08:00',
        note: '在镇集市发现被成年人带着乞讨',
        policeReport: police({
          reportedAt: '2026-03-05T08:30:00+08:00',
          method: 'in_person',
          policeUnit: '赤岗派出所',
        }),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      source: 'manual',
      situation: 'organised_begging',
      situationName: '发现未成年人被组织乞讨',
      status: 'reported',
      hoursToReport: 0.5,
      reportMethodName: '到公安机关当面报案',
    });
  });

  it('a report left open shows its hours and alerts past the threshold', async () => {
    const res = await call('director', {
      method: 'POST',
      url: `/api/v1/children/${child}/mandatory-reports`,
      payload: { situation: 'abandoned_or_unattended', discoveredAt: '2026-03-04T20:00:00+08:00' },
    });
    expect(res.json()).toMatchObject({ status: 'open', hoursOpen: 14, alert: false });
    const alerts = (
      await call('staff', {
        method: 'GET',
        url: '/api/v1/mandatory-reports/alerts?asOf=2026-03-05T21:00:00%2B08:00',
      })
    ).json();
    expect(alerts.items.map((r: { id: string }) => r.id)).toContain(res.json().id);
  });

  it('closes an unreported one only as recorded in error, with a reason, by the township', async () => {
    const open = (
      await call('director', {
        method: 'POST',
        url: `/api/v1/children/${child}/mandatory-reports`,
        payload: { situation: 'missing_or_trafficked', discoveredAt: '2026-03-05T09:00:00+08:00' },
      })
    ).json().id;
    const close = (as: string, payload: Record<string, unknown>) =>
      call(as, { method: 'POST', url: `/api/v1/mandatory-reports/${open}/close`, payload });
    expect((await close('director', { outcome: 'case_filed' })).statusCode).toBe(409);
    expect((await close('director', { outcome: 'recorded_in_error', note: '孩子已回家' })).statusCode).toBe(
      403,
    );
    expect((await close('supervisor', { outcome: 'recorded_in_error' })).json().error.field).toBe('note');
    const closed = await close('supervisor', { outcome: 'recorded_in_error', note: '误录，孩子在外婆家' });
    expect(closed.json()).toMatchObject({ status: 'closed', outcome: 'recorded_in_error', reportedAt: null });
  });

  it('answers 401, 403 for a department, 404 outside the region, 400 naming the field', async () => {
    const body = { situation: 'private_parts_injury', discoveredAt: '2026-03-05T08:00:00+08:00' };
    const url = `/api/v1/children/${child}/mandatory-reports`;
    expect((await call(null, { method: 'POST', url, payload: body })).statusCode).toBe(401);
    expect((await call('department', { method: 'POST', url, payload: body })).statusCode).toBe(403);
    expect((await call('neighbour', { method: 'POST', url, payload: body })).statusCode).toBe(404);
    const bad = await call('director', { method: 'POST', url, payload: { ...body, situation: 'rumour' } });
    expect(bad.json().error.field).toBe('situation');
    const future = await call('director', {
      method: 'POST',
      url,
      payload: { ...body, discoveredAt: '2026-03-06T08:00:00+08:00' },
    });
    expect(future.json().error.field).toBe('discoveredAt');
  });

  it('lists the nine situations in the opinion’s words', async () => {
    const codes = (await call('director', { method: 'GET', url: '/api/v1/mandatory-reports/codes' })).json();
    expect(codes.situations).toHaveLength(9);
    expect(codes.situations[1]).toEqual({
      code: 'sexual_harm_girl_under14_or_pregnancy',
      name: '不满十四周岁的女性未成年人遭受或疑似遭受性侵害、怀孕、流产',
    });
  });
});
