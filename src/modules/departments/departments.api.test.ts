// Departments as organisations of a county, and their accounts, through the HTTP API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { sessions } from '../../../test/helpers/departments.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const call = (...args: Parameters<ReturnType<typeof sessions>>) => sessions(t)(...args);

async function create(as: string | null, payload: Record<string, unknown>) {
  return call(as, { method: 'POST', url: '/api/v1/departments', payload });
}

describe('POST /api/v1/departments', () => {
  it('registers a department of the county', async () => {
    const res = await create('admin', {
      countyCode: '445281',
      kind: 'youth_league',
      name: '共青团普宁市委员会',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      countyCode: '445281',
      kind: 'youth_league',
      kindName: '团委',
      name: '共青团普宁市委员会',
      disabled: false,
    });
  });

  it('refuses the same name twice in one county (409)', async () => {
    const res = await create('staff', { countyCode: '445281', kind: 'education', name: '普宁市教育局' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.field).toBe('name');
  });

  it('answers 401 without a session and 403 below the county bureau', async () => {
    const body = { countyCode: '445281', kind: 'health', name: '普宁市卫生健康局' };
    expect((await create(null, body)).statusCode).toBe(401);
    expect((await create('supervisor', body)).statusCode).toBe(403);
    expect((await create('department', body)).statusCode).toBe(403);
  });

  it.each([
    [{ countyCode: '445281', kind: 'army', name: 'x' }, 'kind'],
    [{ countyCode: '4452', kind: 'health', name: 'x' }, 'countyCode'],
    [{ countyCode: '445281', kind: 'health', name: '' }, 'name'],
    // 江宁区 lies outside the 普宁 administrator's region.
    [{ countyCode: '320115', kind: 'health', name: '江宁区卫健委' }, 'countyCode'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    const res = await create('admin', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
  });
});

describe('GET and PATCH /api/v1/departments', () => {
  it('a village director sees its county’s departments (to choose where to refer)', async () => {
    const res = await call('director', { method: 'GET', url: '/api/v1/departments' });
    expect(res.statusCode).toBe(200);
    const names = res.json().items.map((d: { name: string }) => d.name);
    expect(names).toContain('普宁市教育局');
    expect(res.json().items[0].countyName).toBe('普宁市');
    expect((await call('department', { method: 'GET', url: '/api/v1/departments' })).statusCode).toBe(403);
  });

  it('renames and disables; a disabled one drops out of the list', async () => {
    const id = (
      await create('admin', { countyCode: '445281', kind: 'emergency', name: '普宁市应急局' })
    ).json().id;
    const renamed = await call('admin', {
      method: 'PATCH',
      url: `/api/v1/departments/${id}`,
      payload: { name: '普宁市应急管理局', phone: '0663-1234567' },
    });
    expect(renamed.json()).toMatchObject({ name: '普宁市应急管理局', phone: '0663-1234567' });
    await call('admin', { method: 'PATCH', url: `/api/v1/departments/${id}`, payload: { disabled: true } });
    const list = (await call('staff', { method: 'GET', url: '/api/v1/departments?kind=emergency' })).json();
    expect(list.items).toEqual([]);
    const all = (
      await call('staff', { method: 'GET', url: '/api/v1/departments?kind=emergency&includeDisabled=true' })
    ).json();
    expect(all.items).toHaveLength(1);
    expect(
      (
        await call('staff', {
          method: 'PATCH',
          url: '/api/v1/departments/00000000-0000-4000-8000-000000000000',
          payload: { name: '不存在的局' },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('lists the kinds with their Chinese names', async () => {
    const res = (await call('department', { method: 'GET', url: '/api/v1/departments/kinds' })).json();
    expect(res.items).toContainEqual({ kind: 'disabled_persons_federation', name: '残联' });
    expect(res.items).toHaveLength(16);
  });
});

describe('department accounts', () => {
  const user = (overrides: Record<string, unknown>) => ({
    username: `u${Math.random().toString(36).slice(2, 8)}`,
    displayName: '部门联络员',
    role: 'department',
    regionCode: PUNING.county,
    password: PASSWORD,
    ...overrides,
  });
  const post = (payload: Record<string, unknown>) =>
    call('admin', { method: 'POST', url: '/api/v1/users', payload });

  it('must name the department', async () => {
    const res = await post(user({}));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('departmentId');
  });

  it('is created with its department and its county as region', async () => {
    const res = await post(user({ departmentId: t.department.id }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().user.departmentId).toBe(t.department.id);
    const wrongRegion = await post(user({ departmentId: t.department.id, regionCode: '445200' }));
    expect(wrongRegion.statusCode).toBe(400);
    expect(wrongRegion.json().error.field).toBe('regionCode');
  });

  it('no other role may name a department, and an unknown department is refused', async () => {
    const director = await post(
      user({ role: 'director', regionCode: PUNING.village, departmentId: t.department.id }),
    );
    expect(director.json().error.field).toBe('departmentId');
    const unknown = await post(user({ departmentId: '00000000-0000-4000-8000-000000000000' }));
    expect(unknown.json().error.field).toBe('departmentId');
  });

  it('moving an account out of the department role drops its department', async () => {
    const created = (await post(user({ departmentId: t.department.id }))).json().user;
    const res = await call('security', {
      method: 'PATCH',
      url: `/api/v1/users/${created.id}`,
      payload: { role: 'civil_affairs' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ role: 'civil_affairs', departmentId: null });
  });
});
