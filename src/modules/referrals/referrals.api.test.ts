// Referrals (报送/转介) through the HTTP API against the real database: sending with routing, the minimum
// data, every status change and who may (and may not) make it, what a department sees, overdue reminders on
// injected dates, and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { childCounty } from '../children/index.ts';
import {
  addDepartment,
  addDepartmentUser,
  registerChild,
  sessions,
} from '../../../test/helpers/departments.ts';

let t: TestApp;
const dept: Record<string, string> = {};
let childId: string;
let otherChildId: string;

beforeAll(async () => {
  t = await createTestApp();
  dept.education = t.department.id;
  dept.police = await addDepartment(t, 'police', '普宁市公安局');
  dept.procuratorate = await addDepartment(t, 'procuratorate', '普宁市人民检察院');
  dept.court = await addDepartment(t, 'court', '普宁市人民法院');
  dept.health = await addDepartment(t, 'health', '普宁市卫生健康局');
  dept.civil = await addDepartment(t, 'civil_affairs', '普宁市民政局');
  await addDepartmentUser(t, 'police', dept.police);
  await addDepartmentUser(t, 'health', dept.health);
  childId = await registerChild(t, 'director');
  otherChildId = await registerChild(t, 'neighbour', { name: '王小军' });
});
afterAll(() => t.close());

const call = (...args: Parameters<ReturnType<typeof sessions>>) => sessions(t)(...args);

async function send(as: string, id: string, body: Record<string, unknown>) {
  return call(as, { method: 'POST', url: `/api/v1/children/${id}/referrals`, payload: body });
}

async function step(as: string, id: string, name: string, body: Record<string, unknown> = {}) {
  return call(as, { method: 'POST', url: `/api/v1/referrals/${id}/${name}`, payload: body });
}

describe('POST /api/v1/children/:id/referrals', () => {
  it('routes a suspected dropout to 教育 with a 15-day due date and the data 教育 needs', async () => {
    const res = await send('director', childId, { finding: 'suspected_dropout', detail: '开学两周未到校' });
    expect(res.statusCode, res.body).toBe(201);
    const [r] = res.json().items;
    expect(r).toMatchObject({
      status: 'sent',
      finding: 'suspected_dropout',
      findingName: '疑似辍学',
      department: { id: dept.education, name: '普宁市教育局', kindName: '教育' },
      sentOn: '2026-11-23',
      dueOn: '2026-12-08',
      overdue: false,
      sentByName: '五福屿儿童主任',
      source: 'file',
      child: { name: '李小华', gender: 'male', age: 12, villageName: '五福屿村委会' },
    });
    // 教育 finds the pupil on its roll by ID number and school; it calls the caregiver. The sender sees the
    // number masked (the file is where it reveals one); 教育 sees it whole.
    expect(r.childData).toMatchObject({
      idNumber: expect.stringMatching(/^445281\*{12}$/),
      schoolName: '五福屿小学',
      guardian: { name: '李奶奶', relation: '祖母', phone: '13800000002' },
      referrer: { name: '五福屿儿童主任' },
    });
    expect(r.childData).not.toHaveProperty('healthStatus');
    expect(r.events).toEqual([]);
    const seen = (await call('department', { method: 'GET', url: `/api/v1/referrals/${r.id}` })).json();
    expect(seen.childData.idNumber).toMatch(/^445281\d{11}[\dX]$/);
  });

  it('sends (suspected) unlawful harm to 公安、检察院、法院 at once; 公安 has 7 days', async () => {
    const res = await send('supervisor', childId, {
      finding: 'unlawful_harm',
      detail: '邻居反映孩子身上多处淤青',
    });
    expect(res.statusCode, res.body).toBe(201);
    const items = res.json().items as { department: { id: string }; dueOn: string }[];
    expect(items.map((i) => i.department.id).sort()).toEqual(
      [dept.police, dept.procuratorate, dept.court].sort(),
    );
    expect(items.find((i) => i.department.id === dept.police)!.dueOn).toBe('2026-11-30');
  });

  it('gives 卫健 no ID number and no school, only what it needs', async () => {
    const res = await send('director', childId, {
      finding: 'serious_mental_illness',
      detail: '情绪低落，拒绝交流',
      contactName: '陈主任',
      contactPhone: '13900000000',
    });
    expect(res.statusCode, res.body).toBe(201);
    const data = res.json().items[0].childData;
    expect(data).not.toHaveProperty('idNumber');
    expect(data).not.toHaveProperty('schoolName');
    expect(data).toHaveProperty('healthStatus');
    expect(data.referrer).toEqual({ name: '陈主任', phone: '13900000000' });
  });

  it('is sent from a visit finding, naming the visit; a visit of another child is refused', async () => {
    // Visits are recorded by the casework module; a row is enough here.
    const visit = await t.database.db
      .insertInto('contact')
      .values({
        child_id: childId,
        county_code: childCounty(t.database.db, childId),
        kind: 'visit',
        occurred_on: '2026-11-22',
        worker_name: '五福屿儿童主任',
        findings: JSON.stringify({}),
        conditions_added: [],
        conditions_cleared: [],
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const res = await send('director', childId, {
      finding: 'school_psychological_disorder',
      detail: '走访发现孩子在校常独处、哭泣',
      contactId: visit.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().items[0]).toMatchObject({ source: 'visit', contactId: visit.id });
    const other = await send('neighbour', otherChildId, {
      finding: 'school_psychological_disorder',
      detail: 'x',
      contactId: visit.id,
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.field).toBe('contactId');
  });

  it('refuses the same open referral twice (409)', async () => {
    const res = await send('director', childId, { finding: 'suspected_dropout', detail: '再次报送' });
    expect(res.statusCode).toBe(409);
  });

  it('asks to choose where no department of the routed kind is registered', async () => {
    const res = await send('director', childId, { finding: 'not_insured', detail: '未参加城乡居民医保' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      field: 'departmentIds',
      message: expect.stringContaining('医保'),
    });
  });

  it('answers 401 without a session, 403 for a department, 404 for a child outside the region', async () => {
    const body = { finding: 'suspected_dropout', detail: '未到校' };
    expect(
      (await call(null, { method: 'POST', url: `/api/v1/children/${childId}/referrals`, payload: body }))
        .statusCode,
    ).toBe(401);
    expect((await send('department', childId, { finding: 'other', detail: 'x' })).statusCode).toBe(403);
    expect(
      (await send('director', otherChildId, { finding: 'suspected_dropout', detail: '未到校' })).statusCode,
    ).toBe(404);
  });

  it.each([
    [{ finding: 'no_such', detail: 'x' }, 'finding'],
    [{ finding: 'suspected_dropout' }, 'detail'],
    [{ finding: 'other', detail: '需要帮助' }, 'departmentIds'],
    [{ finding: 'suspected_dropout', detail: 'x', dueOn: '2026-11-23' }, 'dueOn'],
    [
      { finding: 'suspected_dropout', detail: 'x', departmentIds: ['00000000-0000-4000-8000-000000000000'] },
      'departmentIds.0',
    ],
  ])('answers 400 naming the field for %j', async (body, field) => {
    const res = await send('director', childId, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
  });

  it('proposes the departments for a finding', async () => {
    const res = await call('director', {
      method: 'GET',
      url: '/api/v1/referrals/route?finding=unlawful_harm',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      source: '003 §四(二)',
      kinds: [{ kind: 'police' }, { kind: 'procuratorate' }, { kind: 'court' }],
    });
    expect(res.json().departments).toHaveLength(3);
    expect(
      (await call('director', { method: 'GET', url: '/api/v1/referrals/route?finding=nope' })).json().error
        .field,
    ).toBe('finding');
  });
});

describe('the workflow and who may move it', () => {
  let id: string;
  beforeAll(async () => {
    const child = await registerChild(t, 'director', { name: '周小梅', gender: 'female' });
    id = (await send('director', child, { finding: 'suspected_dropout', detail: '已一个月未到校' })).json()
      .items[0].id;
  });

  it('the sender cannot receive, another department cannot even see it, and nothing skips receiving', async () => {
    expect((await step('director', id, 'receive')).statusCode).toBe(403);
    expect((await step('police', id, 'receive')).statusCode).toBe(404);
    expect((await call('police', { method: 'GET', url: `/api/v1/referrals/${id}` })).statusCode).toBe(404);
    const early = await step('department', id, 'answer', { answer: '已劝返' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('不能答复');
  });

  it('教育 receives it, reports progress and answers; the sender may not answer for it', async () => {
    const received = await step('department', id, 'receive');
    expect(received.statusCode, received.body).toBe(200);
    expect(received.json()).toMatchObject({ status: 'received', receivedOn: '2026-11-23' });
    const progress = await step('department', id, 'progress', { note: '已联系学校和家长' });
    expect(progress.json().status).toBe('in_progress');
    expect((await step('department', id, 'progress', { note: '' })).json().error.field).toBe('note');
    expect((await step('staff', id, 'answer', { answer: '代答' })).statusCode).toBe(403);
    const answered = await step('department', id, 'answer', {
      answer: '已劝返复学',
      actionsTaken: '校长和班主任入户，11月30日返校',
    });
    expect(answered.json()).toMatchObject({
      status: 'answered',
      answer: '已劝返复学',
      actionsTaken: '校长和班主任入户，11月30日返校',
    });
  });

  it('the department cannot close; the sender closes, and a closed referral is final', async () => {
    expect((await step('department', id, 'close')).statusCode).toBe(403);
    const closed = await step('director', id, 'close', { note: '已复学' });
    expect(closed.json()).toMatchObject({ status: 'closed', closedOn: '2026-11-23', closeNote: '已复学' });
    expect((await step('director', id, 'resend')).statusCode).toBe(409);
    expect(closed.json().events.map((e: { action: string }) => e.action)).toEqual([
      'sent',
      'receive',
      'progress',
      'answer',
      'close',
    ]);
  });

  it('holds every step in the child’s audit trail', async () => {
    const referral = (await call('staff', { method: 'GET', url: `/api/v1/referrals/${id}` })).json();
    const audit = (
      await call('staff', { method: 'GET', url: `/api/v1/children/${referral.childId}/audit` })
    ).json().items as { action: string; entityId: string; actorName: string }[];
    const steps = audit.filter((e) => e.entityId === id).map((e) => e.action);
    for (const action of [
      'referral.sent',
      'referral.received',
      'referral.progress',
      'referral.answered',
      'referral.closed',
      'referral.viewed',
    ])
      expect(steps).toContain(action);
    expect(audit.find((e) => e.action === 'referral.answered')!.actorName).toBe('教育局用户');
  });

  it('a department returns one with a reason; the sender sends it again elsewhere', async () => {
    const child = await registerChild(t, 'director', { name: '吴小兰', gender: 'female' });
    const [r] = (
      await send('director', child, { finding: 'serious_mental_illness', detail: '夜间哭闹' })
    ).json().items;
    expect((await step('health', r.id, 'return', {})).json().error.field).toBe('reason');
    const returned = await step('health', r.id, 'return', { reason: '在校学生，应先由教育部门心理测评' });
    expect(returned.json()).toMatchObject({
      status: 'returned',
      returnReason: '在校学生，应先由教育部门心理测评',
    });
    expect((await step('health', r.id, 'resend')).statusCode).toBe(403);
    const resent = await step('director', r.id, 'resend', { departmentId: dept.education, note: '转教育局' });
    expect(resent.statusCode, resent.body).toBe(200);
    expect(resent.json()).toMatchObject({
      status: 'sent',
      sends: 2,
      department: { id: dept.education },
      returnReason: null,
      dueOn: '2026-12-08',
    });
    // Now for 教育, so the data follows 教育's needs; 卫健 no longer sees it.
    expect(resent.json().childData).toHaveProperty('idNumber');
    expect((await call('health', { method: 'GET', url: `/api/v1/referrals/${r.id}` })).statusCode).toBe(404);
    expect((await call('department', { method: 'GET', url: `/api/v1/referrals/${r.id}` })).statusCode).toBe(
      200,
    );
  });

  it('the county bureau answers for 民政 (a suspected target child)', async () => {
    const child = await registerChild(t, 'director', { name: '郑小雨', parents: [] });
    const [r] = (
      await send('director', child, { finding: 'suspected_target_child', detail: '父亲服刑，母亲失联' })
    ).json().items;
    expect(r.department.id).toBe(dept.civil);
    expect((await step('supervisor', r.id, 'receive')).statusCode).toBe(403);
    expect((await step('staff', r.id, 'receive')).statusCode).toBe(200);
    const answered = await step('staff', r.id, 'answer', { answer: '已纳入事实无人抚养儿童保障' });
    expect(answered.json().status).toBe('answered');
  });
});

describe('what a department sees', () => {
  it('its inbox holds only what was sent to it, with the minimum of each child', async () => {
    const inbox = await call('department', { method: 'GET', url: '/api/v1/departments/inbox?status=all' });
    expect(inbox.statusCode).toBe(200);
    const body = inbox.json();
    expect(body.departments.map((d: { id: string }) => d.id)).toEqual([dept.education]);
    expect(body.referrals.length).toBeGreaterThan(0);
    for (const r of body.referrals) {
      expect(r.department.id).toBe(dept.education);
      expect(Object.keys(r.child).sort()).toEqual(['age', 'gender', 'name', 'villageName']);
    }
  });

  it('a child not sent to it is not found; one sent to it shows only its own referrals', async () => {
    expect(
      (await call('department', { method: 'GET', url: `/api/v1/children/${otherChildId}/referrals` }))
        .statusCode,
    ).toBe(404);
    const mine = await call('department', { method: 'GET', url: `/api/v1/children/${childId}/referrals` });
    expect(mine.statusCode).toBe(200);
    expect(
      mine.json().items.every((r: { department: { id: string } }) => r.department.id === dept.education),
    ).toBe(true);
    const all = await call('director', { method: 'GET', url: `/api/v1/children/${childId}/referrals` });
    expect(all.json().items.length).toBeGreaterThan(mine.json().items.length);
    // The register itself stays closed to departments.
    expect((await call('department', { method: 'GET', url: `/api/v1/children/${childId}` })).statusCode).toBe(
      403,
    );
  });

  it('a department lists only its own referrals; a director only its village’s', async () => {
    const police = (await call('police', { method: 'GET', url: '/api/v1/referrals?status=all' })).json();
    expect(police.items.every((r: { department: { id: string } }) => r.department.id === dept.police)).toBe(
      true,
    );
    const neighbourChildRef = await send('neighbour', otherChildId, {
      finding: 'unlawful_harm',
      detail: '疑似被打',
    });
    expect(neighbourChildRef.statusCode).toBe(201);
    const director = (
      await call('director', { method: 'GET', url: '/api/v1/referrals?status=all&pageSize=200' })
    ).json();
    expect(director.items.some((r: { childId: string }) => r.childId === otherChildId)).toBe(false);
    const staff = (
      await call('staff', { method: 'GET', url: '/api/v1/referrals?status=all&pageSize=200' })
    ).json();
    expect(staff.items.some((r: { childId: string }) => r.childId === otherChildId)).toBe(true);
  });

  it('a department account whose department is disabled sees nothing', async () => {
    const dept2 = await addDepartment(t, 'water', '普宁市水务局');
    await addDepartmentUser(t, 'water', dept2);
    await call('admin', {
      method: 'PATCH',
      url: `/api/v1/departments/${dept2}`,
      payload: { disabled: true },
    });
    const inbox = (await call('water', { method: 'GET', url: '/api/v1/departments/inbox' })).json();
    expect(inbox.referrals).toEqual([]);
    expect(inbox.departments).toEqual([]);
  });
});

describe('overdue reminders (injected clock)', () => {
  let id: string;
  beforeAll(async () => {
    t.setToday('2026-12-01');
    const child = await registerChild(t, 'director', { name: '林小东' });
    id = (
      await send('director', child, { finding: 'education_aid_eligible', detail: '低保家庭，未享受资助' })
    ).json().items[0].id;
  });
  afterAll(() => t.setToday('2026-11-23'));

  it('is not overdue on its due date, and is on the day after', async () => {
    t.setToday('2026-12-16');
    let overdue = (await call('staff', { method: 'GET', url: '/api/v1/referrals/overdue' })).json();
    expect(overdue.items.map((r: { id: string }) => r.id)).not.toContain(id);
    t.setToday('2026-12-17');
    overdue = (await call('staff', { method: 'GET', url: '/api/v1/referrals/overdue' })).json();
    const item = overdue.items.find((r: { id: string }) => r.id === id);
    expect(item).toMatchObject({ overdue: true, daysOverdue: 1, dueOn: '2026-12-16' });
    expect(
      overdue.byDepartment.find((d: { department: { id: string } }) => d.department.id === dept.education),
    ).toBeTruthy();
  });

  it('asOf moves the reminder without moving the clock', async () => {
    const res = await call('staff', { method: 'GET', url: '/api/v1/referrals/overdue?asOf=2026-12-10' });
    expect(res.json().items.map((r: { id: string }) => r.id)).not.toContain(id);
    expect(
      (await call('staff', { method: 'GET', url: '/api/v1/referrals/overdue?asOf=2026-13-01' })).json().error
        .field,
    ).toBe('asOf');
  });

  it('flags it in the department inbox, overdue first', async () => {
    t.setToday('2026-12-20');
    const inbox = (await call('department', { method: 'GET', url: '/api/v1/departments/inbox' })).json();
    expect(inbox.referrals[0]).toMatchObject({ overdue: true });
    expect(inbox.referrals.find((r: { id: string }) => r.id === id)).toMatchObject({
      overdue: true,
      daysOverdue: 4,
    });
    expect(inbox.counts.referralsOverdue).toBeGreaterThan(0);
  });

  it('an answered referral is no longer overdue', async () => {
    await step('department', id, 'receive');
    await step('department', id, 'answer', { answer: '已纳入资助' });
    const overdue = (await call('staff', { method: 'GET', url: '/api/v1/referrals/overdue' })).json();
    expect(overdue.items.map((r: { id: string }) => r.id)).not.toContain(id);
  });

  it('the director sees the overdue referrals of its village only; no session is 401', async () => {
    const res = await call('neighbour', { method: 'GET', url: '/api/v1/referrals/overdue' });
    expect(res.statusCode).toBe(200);
    expect(
      res.json().items.every((r: { child: { villageName: string } }) => r.child.villageName === '西林村委会'),
    ).toBe(true);
    expect((await call(null, { method: 'GET', url: '/api/v1/referrals/overdue' })).statusCode).toBe(401);
  });
});
