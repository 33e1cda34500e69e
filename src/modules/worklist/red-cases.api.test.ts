// Red cases cannot slip (issue 17.3; 普宁 003 §三.1 即时介入处置, with Tonghu's reading of 立即 in the profile's
// redFollowUp): the visit that finds suspected abuse leaves the child at the top of the director's and the
// supervisor's worklists as 立即处置 (not a month away) until the police report is recorded and an intervention
// is on file; then it is due 7 days on, and again 7 days after each visit, until the level drops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { callWithFreshSession, registerChild } from '../../../test/helpers/casework.ts';

let t: TestApp;
let overdue: string;
let red: string;

beforeAll(async () => {
  t = await createTestApp({ today: '2026-12-04' });
  // A green child whose monthly contact is ten months overdue: the most overdue on the list.
  overdue = await registerChild(t, 'director', { name: '久未联系', registeredOn: '2026-01-01' });
  red = await registerChild(t, 'director', { name: '红色个案', registeredOn: '2026-11-01' });
});
afterAll(() => t.close());

async function worklist(as: string) {
  const res = await callWithFreshSession(t, as, { method: 'GET', url: '/api/v1/worklist' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    items: { childId: string; dueKind: string; nextDue: string; redFollowUp: boolean; immediate: boolean }[];
  };
}

/** The supervisor's roll-up: red cases still to handle at once (工作台's first figure). */
async function awaitingHandling(): Promise<number> {
  const res = await callWithFreshSession(t, 'supervisor', { method: 'GET', url: '/api/v1/worklist/summary' });
  expect(res.statusCode, res.body).toBe(200);
  const count = res.json().total.awaitingHandling as number;
  // The figure links to the children list filtered the same way (issue 18.7): the list holds exactly those.
  const listed = await callWithFreshSession(t, 'supervisor', {
    method: 'GET',
    url: '/api/v1/children?awaitingHandling=true',
  });
  expect(listed.statusCode, listed.body).toBe(200);
  const page = listed.json() as { total: number; items: { id: string }[] };
  expect(page.total).toBe(count);
  expect(page.items.map((c) => c.id)).toEqual(count ? [red] : []);
  return count;
}

async function post(url: string, payload: Record<string, unknown>) {
  const res = await callWithFreshSession(t, 'director', { method: 'POST', url, payload });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}

describe('a red case on the worklist', () => {
  it('stays 立即处置 at the top after the visit that found suspected abuse, not a month away', async () => {
    const saved = await post(`/api/v1/children/${red}/contacts`, {
      kind: 'visit',
      occurredOn: '2026-12-04',
      conditionsAdded: ['harm.suspected'],
    });
    expect(saved).toMatchObject({ level: 'red', mandatoryReportOpened: true, nextVisitDue: '2026-12-04' });
    for (const as of ['director', 'supervisor']) {
      const list = await worklist(as);
      expect(list.items[0]).toMatchObject({ childId: red, dueKind: 'immediate', redFollowUp: false });
      expect(list.items[1]!.childId).toBe(overdue);
    }
    expect(await awaitingHandling()).toBe(1);
  });

  it('stays 立即处置 the next days while only one of police report and intervention is on file', async () => {
    t.setToday('2026-12-06');
    const [report] = (
      await callWithFreshSession(t, 'director', {
        method: 'GET',
        url: `/api/v1/children/${red}/mandatory-reports`,
      })
    ).json().items as { id: string }[];
    await post(`/api/v1/mandatory-reports/${report!.id}/police-report`, {
      reportedAt: '2026-12-06T09:30:00+08:00',
      method: 'phone_110',
      policeUnit: '赤岗派出所',
    });
    const list = await worklist('director');
    expect(list.items[0]).toMatchObject({ childId: red, dueKind: 'immediate', nextDue: '2026-12-04' });
    expect(await awaitingHandling()).toBe(1);
  });

  it('is followed up 7 days after it was handled, then 7 days after each visit', async () => {
    await post(`/api/v1/children/${red}/interventions`, { date: '2026-12-06', kind: 'counselling' });
    let item = (await worklist('director')).items.find((i) => i.childId === red)!;
    expect(item).toMatchObject({
      dueKind: 'visit',
      nextDue: '2026-12-13',
      redFollowUp: true,
      immediate: true,
    });
    expect((await worklist('director')).items[0]!.childId).toBe(overdue);
    expect(await awaitingHandling()).toBe(0);

    t.setToday('2026-12-10');
    const saved = await post(`/api/v1/children/${red}/contacts`, { kind: 'visit', occurredOn: '2026-12-10' });
    expect(saved).toMatchObject({ level: 'red', nextVisitDue: '2026-12-17' });
    item = (await worklist('director')).items.find((i) => i.childId === red)!;
    expect(item).toMatchObject({ nextDue: '2026-12-17', redFollowUp: true });
  });

  it('goes back to the profile’s schedule once the level drops', async () => {
    const saved = await post(`/api/v1/children/${red}/contacts`, {
      kind: 'visit',
      occurredOn: '2026-12-10',
      conditionsCleared: ['harm.suspected'],
    });
    expect(saved.level).not.toBe('red');
    expect(saved.nextVisitDue > '2026-12-31').toBe(true);
    const item = (await worklist('director')).items.find((i) => i.childId === red)!;
    expect(item).toMatchObject({ redFollowUp: false });
    expect(item.dueKind).not.toBe('immediate');
  });

  it('is 立即处置 again when it turns red anew: the earlier handling does not count', async () => {
    const saved = await post(`/api/v1/children/${red}/contacts`, {
      kind: 'visit',
      occurredOn: '2026-12-10',
      conditionsAdded: ['harm.suspected'],
    });
    expect(saved).toMatchObject({ level: 'red', nextVisitDue: '2026-12-10' });
    expect((await worklist('supervisor')).items[0]).toMatchObject({ childId: red, dueKind: 'immediate' });
  });
});
