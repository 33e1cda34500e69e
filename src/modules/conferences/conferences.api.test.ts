// Case conferences (个案会商, 铁东 §四.9) through the HTTP API: convening departments and people on one child,
// decisions, actions with owners and due dates in each owner's worklist, who may move them, closing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import {
  addDepartment,
  addDepartmentUser,
  registerChild,
  sessions,
} from '../../../test/helpers/departments.ts';

let t: TestApp;
let child: string;
let otherChild: string;
let womens: string;
let police: string;
let directorId: string;
let neighbourId: string;
beforeAll(async () => {
  t = await createTestApp();
  womens = await addDepartment(t, 'womens_federation', '普宁市妇女联合会');
  police = await addDepartment(t, 'police', '普宁市公安局');
  await addDepartmentUser(t, 'police', police);
  child = await registerChild(t, 'director', { name: '蔡小芳', gender: 'female' });
  otherChild = await registerChild(t, 'neighbour', { name: '许小明' });
  directorId = (await call('director', { method: 'GET', url: '/api/v1/auth/me' })).json().id;
  neighbourId = (await call('neighbour', { method: 'GET', url: '/api/v1/auth/me' })).json().id;
});
afterAll(() => t.close());
const call = (...args: Parameters<ReturnType<typeof sessions>>) => sessions(t)(...args);

function conference(overrides: Record<string, unknown> = {}) {
  return {
    topic: '低保家庭儿童就学和监护困难',
    heldOn: '2026-11-20',
    location: '市民政局三楼会议室',
    participants: [
      { departmentId: t.department.id },
      { departmentId: womens },
      { name: '张律师', unit: '普宁市法律援助中心' },
    ],
    decisions: '教育局落实资助并安排结对帮扶；儿童主任每周入户；妇联链接爱心妈妈',
    actions: [
      {
        description: '落实教育资助，安排结对帮扶教师',
        ownerDepartmentId: t.department.id,
        dueOn: '2026-12-10',
      },
      { description: '每周入户一次，记录监护情况', ownerUserId: directorId, dueOn: '2026-12-31' },
    ],
    ...overrides,
  };
}

const convene = (as: string, id: string, body: Record<string, unknown>) =>
  call(as, { method: 'POST', url: `/api/v1/children/${id}/conferences`, payload: body });

describe('convening a conference', () => {
  let id: string;

  it('records participants, decisions and actions; it has been held', async () => {
    const res = await convene('staff', child, conference());
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    id = c.id;
    expect(c).toMatchObject({ status: 'held', statusName: '已召开', convenedByName: '民政局李科员' });
    expect(c.participants).toHaveLength(3);
    expect(c.participants).toContainEqual(
      expect.objectContaining({ departmentName: '普宁市妇女联合会', kindName: '妇联' }),
    );
    expect(c.actions.map((a: { owner: { name: string } }) => a.owner.name).sort()).toEqual(
      ['五福屿儿童主任', '普宁市教育局'].sort(),
    );
    const onFile = (
      await call('director', { method: 'GET', url: `/api/v1/children/${child}/conferences` })
    ).json();
    expect(onFile.items.map((x: { id: string }) => x.id)).toEqual([id]);
  });

  it('answers 401, 403 below the bureau, 404 for a child not seen, 400 naming the field', async () => {
    expect(
      (
        await call(null, {
          method: 'POST',
          url: `/api/v1/children/${child}/conferences`,
          payload: conference(),
        })
      ).statusCode,
    ).toBe(401);
    expect((await convene('director', child, conference())).statusCode).toBe(403);
    expect((await convene('department', child, conference())).statusCode).toBe(403);
    expect(
      (await call('director', { method: 'GET', url: `/api/v1/children/${otherChild}/conferences` }))
        .statusCode,
    ).toBe(404);
    const cases: [Record<string, unknown>, string][] = [
      [{ participants: [{ name: '张律师' }] }, 'participants'],
      [{ participants: [{ unit: '某单位' }] }, 'participants.0.name'],
      [
        {
          actions: [
            {
              description: '两个责任方',
              ownerDepartmentId: womens,
              ownerUserId: directorId,
              dueOn: '2026-12-01',
            },
          ],
        },
        'actions.0.ownerDepartmentId',
      ],
      [
        { actions: [{ description: '辖区外的人', ownerUserId: neighbourId, dueOn: '2026-12-01' }] },
        'actions.0.ownerUserId',
      ],
      [
        { actions: [{ description: '早于会商', ownerDepartmentId: womens, dueOn: '2026-11-01' }] },
        'actions.0.dueOn',
      ],
      [{ heldOn: '2026-12-01' }, 'decisions'],
      [{ decisions: null }, 'actions'],
    ];
    for (const [overrides, field] of cases) {
      const res = await convene('staff', child, conference(overrides));
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
  });

  it('each owner finds its action in its worklist; others do not', async () => {
    const mine = (await call('director', { method: 'GET', url: '/api/v1/actions/mine' })).json();
    expect(mine.items.map((a: { description: string }) => a.description)).toEqual([
      '每周入户一次，记录监护情况',
    ]);
    const dept = (await call('department', { method: 'GET', url: '/api/v1/actions/mine' })).json();
    expect(dept.items.map((a: { description: string }) => a.description)).toEqual([
      '落实教育资助，安排结对帮扶教师',
    ]);
    expect(dept.items[0]).toMatchObject({
      conference: { topic: '低保家庭儿童就学和监护困难', heldOn: '2026-11-20' },
      child: { name: '蔡小芳', gender: 'female', villageName: '五福屿村委会' },
    });
    const inbox = (await call('department', { method: 'GET', url: '/api/v1/departments/inbox' })).json();
    expect(inbox.actions).toHaveLength(1);
    expect((await call('police', { method: 'GET', url: '/api/v1/actions/mine' })).json().items).toEqual([]);
    expect((await call('department', { method: 'GET', url: `/api/v1/conferences/${id}` })).statusCode).toBe(
      403,
    );
  });

  it('only the owner (or the convener) moves an action; a department cannot cancel one', async () => {
    const c = (await call('staff', { method: 'GET', url: `/api/v1/conferences/${id}` })).json();
    const deptAction = c.actions.find((a: { owner: { type: string } }) => a.owner.type === 'department').id;
    const url = `/api/v1/conferences/${id}/actions/${deptAction}`;
    const patch = (as: string, payload: Record<string, unknown>) =>
      call(as, { method: 'PATCH', url, payload });
    expect((await patch('police', { status: 'in_progress' })).statusCode).toBe(404);
    expect((await patch('director', { status: 'in_progress' })).statusCode).toBe(403);
    expect((await patch('department', { status: 'cancelled', result: '不办' })).statusCode).toBe(403);
    expect((await patch('department', { status: 'in_progress' })).json()).toMatchObject({
      status: 'in_progress',
    });
    expect((await patch('department', { status: 'done' })).json().error.field).toBe('result');
    const done = await patch('department', { status: 'done', result: '已纳入资助，结对教师为班主任' });
    expect(done.json()).toMatchObject({ status: 'done', doneOn: '2026-11-23' });
    expect((await patch('department', { status: 'done', result: '再次' })).statusCode).toBe(409);
  });

  it('shows an action overdue after its due date', async () => {
    t.setToday('2027-01-02');
    const mine = (await call('director', { method: 'GET', url: '/api/v1/actions/mine' })).json();
    expect(mine.items[0]).toMatchObject({ overdue: true, daysOverdue: 2, dueOn: '2026-12-31' });
    t.setToday('2026-11-23');
  });

  it('closes only when every action is done or cancelled', async () => {
    const close = () =>
      call('staff', { method: 'POST', url: `/api/v1/conferences/${id}/close`, payload: {} });
    const refused = await close();
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('1 项任务未完成');
    const c = (await call('staff', { method: 'GET', url: `/api/v1/conferences/${id}` })).json();
    const userAction = c.actions.find((a: { owner: { type: string } }) => a.owner.type === 'user').id;
    const cancel = await call('staff', {
      method: 'PATCH',
      url: `/api/v1/conferences/${id}/actions/${userAction}`,
      payload: { status: 'cancelled', result: '改由社工每周入户' },
    });
    expect(cancel.json().status).toBe('cancelled');
    expect((await close()).json()).toMatchObject({ status: 'closed', closedOn: '2026-11-23' });
  });

  it('holds every step in the child’s audit trail', async () => {
    const audit = (await call('staff', { method: 'GET', url: `/api/v1/children/${child}/audit` })).json()
      .items as { action: string }[];
    const actions = audit.map((e) => e.action);
    for (const action of [
      'conference.created',
      'conference.action_assigned',
      'conference.action_updated',
      'conference.closed',
    ])
      expect(actions).toContain(action);
  });
});

describe('a conference planned ahead', () => {
  it('is planned until its decisions are recorded, and takes actions only then', async () => {
    const planned = await convene(
      'staff',
      child,
      conference({ heldOn: '2026-11-30', decisions: null, actions: [] }),
    );
    expect(planned.json()).toMatchObject({ status: 'planned', statusName: '待召开' });
    const id = planned.json().id;
    const early = await call('staff', {
      method: 'POST',
      url: `/api/v1/conferences/${id}/actions`,
      payload: { actions: [{ description: '链接爱心妈妈', ownerDepartmentId: womens, dueOn: '2026-12-31' }] },
    });
    expect(early.statusCode).toBe(409);
    t.setToday('2026-11-30');
    const held = await call('staff', {
      method: 'PATCH',
      url: `/api/v1/conferences/${id}`,
      payload: { decisions: '妇联链接爱心妈妈结对' },
    });
    expect(held.json().status).toBe('held');
    const added = await call('staff', {
      method: 'POST',
      url: `/api/v1/conferences/${id}/actions`,
      payload: { actions: [{ description: '链接爱心妈妈', ownerDepartmentId: womens, dueOn: '2026-12-31' }] },
    });
    expect(added.json().actions).toHaveLength(1);
    const list = (await call('supervisor', { method: 'GET', url: '/api/v1/conferences?status=held' })).json();
    expect(list.items.map((c: { id: string }) => c.id)).toContain(id);
    // The list names the child (name and village only), as the actions do.
    const listed = list.items.find((c: { id: string }) => c.id === id);
    expect(listed.child).toEqual({ name: '蔡小芳', villageName: expect.any(String) });
    expect(planned.json().child.name).toBe('蔡小芳');
    const neighbour = (await call('neighbour', { method: 'GET', url: '/api/v1/conferences' })).json();
    expect(neighbour.items).toEqual([]);
    t.setToday('2026-11-23');
  });
});
