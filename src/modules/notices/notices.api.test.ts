// Notices (通知, issue 17.4) through the API on the real database: each event writes its notices in its own
// transaction to the village's director and the township's supervisor (not to whoever caused it), read/unread
// is kept on the server, a notice names its child only as the reader can see the child, and the list is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { registerChild, sessions } from '../../../test/helpers/departments.ts';

let t: TestApp;
let childId: string;
const call = (...args: Parameters<ReturnType<typeof sessions>>) => sessions(t)(...args);

interface NoticeItem {
  id: string;
  kind: string;
  message: string;
  read: boolean;
  childId: string | null;
  childName: string | null;
  entityId: string;
}

async function notices(as: string, query = '') {
  const res = await call(as, { method: 'GET', url: `/api/v1/notices${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: NoticeItem[]; total: number; unread: number; page: number; pageSize: number };
}

async function unread(as: string): Promise<number> {
  const res = await call(as, { method: 'GET', url: '/api/v1/notices/unread-count' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().unread;
}

async function post(as: string, url: string, payload: Record<string, unknown> = {}) {
  const res = await call(as, { method: 'POST', url, payload });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-23' });
  childId = await registerChild(t, 'director', { name: '通知测试' });
});
afterAll(() => t.close());

describe('/api/v1/notices', () => {
  it('answers 401 without a session and 403 for county staff and a department', async () => {
    expect((await call(null, { method: 'GET', url: '/api/v1/notices' })).statusCode).toBe(401);
    for (const as of ['staff', 'department', 'admin'])
      expect((await call(as, { method: 'GET', url: '/api/v1/notices/unread-count' })).statusCode).toBe(403);
  });

  it('starts empty', async () => {
    expect(await unread('director')).toBe(0);
    expect(await notices('supervisor')).toMatchObject({ items: [], total: 0, unread: 0, page: 1 });
  });

  it('tells the director and the supervisor when the department answers a referral', async () => {
    const sent = await post('director', `/api/v1/children/${childId}/referrals`, {
      finding: 'suspected_dropout',
      detail: '两周未到校',
    });
    const referralId = sent.items[0].id as string;
    await post('department', `/api/v1/referrals/${referralId}/receive`);
    expect(await unread('director')).toBe(0);
    await post('department', `/api/v1/referrals/${referralId}/answer`, { answer: '已劝返复学' });
    expect(await unread('director')).toBe(1);
    expect(await unread('supervisor')).toBe(1);
    expect(await unread('neighbour')).toBe(0);
    const list = await notices('director');
    expect(list.items[0]).toMatchObject({
      kind: 'referral_answered',
      entityId: referralId,
      read: false,
      childId,
      childName: '通知测试',
      message: '普宁市教育局已答复报送',
    });
  });

  it('audits a page that names children, with whose names it showed', async () => {
    const rows = await t.database.db
      .selectFrom('audit_event')
      .select(['action', 'detail'])
      .where('action', '=', 'notice.listed')
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.at(-1)!.detail).toMatchObject({ childIds: [childId] });
  });

  it('marks one read (and only one’s own), then all', async () => {
    const [first] = (await notices('director')).items;
    expect(
      (await call('supervisor', { method: 'POST', url: `/api/v1/notices/${first!.id}/read` })).statusCode,
    ).toBe(404);
    expect(
      (await call('director', { method: 'POST', url: '/api/v1/notices/nonsense/read' })).statusCode,
    ).toBe(404);
    expect(await post('director', `/api/v1/notices/${first!.id}/read`)).toEqual({ id: first!.id, unread: 0 });
    expect((await notices('director')).items[0]!.read).toBe(true);
    expect(await unread('supervisor')).toBe(1);
    expect(await post('supervisor', '/api/v1/notices/read-all')).toEqual({ unread: 0 });
    expect((await notices('supervisor', '?unread=true')).total).toBe(0);
  });

  it('answers 400 for a bad page or unread filter, naming the field', async () => {
    for (const [query, field] of [
      ['?page=0', 'page'],
      ['?unread=maybe', 'unread'],
    ]) {
      const res = await call('director', { method: 'GET', url: `/api/v1/notices${query}` });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
  });

  it('tells the director of a police feedback and of an assessment confirmed by the township', async () => {
    const red = await registerChild(t, 'director', { name: '反馈测试', conditions: ['harm.suspected'] });
    const [report] = (
      await call('director', { method: 'GET', url: `/api/v1/children/${red}/mandatory-reports` })
    ).json().items as { id: string }[];
    await post('director', `/api/v1/mandatory-reports/${report!.id}/police-report`, {
      reportedAt: '2026-11-23T09:50:00+08:00',
      discoveredAt: '2026-11-23T09:00:00+08:00',
      method: 'phone_110',
      policeUnit: '赤岗派出所',
    });
    await post('supervisor', `/api/v1/mandatory-reports/${report!.id}/followups`, {
      kind: 'police_feedback',
      occurredOn: '2026-11-23',
      note: '已立案调查',
    });
    const file = (await call('director', { method: 'GET', url: `/api/v1/children/${red}` })).json();
    await post('supervisor', `/api/v1/children/${red}/confirm`, { version: file.version });
    const kinds = (await notices('director', '?unread=true')).items.map((i) => [i.kind, i.childName]);
    expect(kinds).toEqual([
      ['assessment_confirmed', '反馈测试'],
      ['report_feedback', '反馈测试'],
    ]);
    // The supervisor did both: she is not told of her own acts.
    expect(await unread('supervisor')).toBe(0);
  });

  it('tells both villages when a child moves, and the old one no longer sees whose file it was', async () => {
    const file = (await call('director', { method: 'GET', url: `/api/v1/children/${childId}` })).json();
    const moved = await call('supervisor', {
      method: 'PATCH',
      url: `/api/v1/children/${childId}`,
      payload: { version: file.version, villageCode: PUNING.neighbour },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const out = (await notices('director', '?unread=true')).items.find((i) => i.kind === 'child_moved_out')!;
    expect(out).toMatchObject({ message: '一名儿童已迁出本村', childId: null, childName: null });
    // Her old notice of the answered referral no longer names the child either.
    expect((await notices('director')).items.find((i) => i.kind === 'referral_answered')).toMatchObject({
      childName: null,
    });
    const into = (await notices('neighbour')).items.find((i) => i.kind === 'child_moved_in')!;
    expect(into).toMatchObject({ childId, childName: '通知测试' });
  });

  it('tells them once when a referral passes its answer date unanswered', async () => {
    const child = await registerChild(t, 'director', { name: '逾期测试' });
    const sent = await post('director', `/api/v1/children/${child}/referrals`, {
      finding: 'suspected_dropout',
      detail: '一个月未到校',
    });
    const dueOn = sent.items[0].dueOn as string;
    const before = await unread('supervisor');
    t.setToday(dueOn);
    expect(await unread('supervisor')).toBe(before);
    const [y, m, d] = dueOn.split('-').map(Number);
    t.setToday(new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10));
    expect(await unread('supervisor')).toBe(before + 1);
    expect(await unread('supervisor')).toBe(before + 1);
    const late = (await notices('director', '?unread=true')).items.find(
      (i) => i.kind === 'referral_overdue',
    )!;
    expect(late).toMatchObject({ childName: '逾期测试', entityId: sent.items[0].id });
    expect(late.message).toContain('逾期未答复');
  });
});
