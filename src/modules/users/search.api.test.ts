// 账号管理's search and export through the HTTP API: the filters narrow the list on the server, pages hold
// what they say, the export is a real workbook of the same accounts with masked phones and no password hash,
// and it is recorded; 401 without a session, 403 for roles that do not keep accounts, 400 naming the field.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { systemActor } from '../access/actor.ts';
import { createUser } from './service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const system = systemActor('测试');
  const add = (
    username: string,
    displayName: string,
    role: 'director' | 'supervisor',
    regionCode: string,
    phone: string | null,
  ) =>
    createUser(t.database.db, system, { username, displayName, role, regionCode, phone, password: PASSWORD });
  await add('chigang-1', '王春梅', 'director', PUNING.village, '13712345678');
  await add('chigang-2', '王建国', 'director', PUNING.neighbour, null);
  await add('daba-1', '林晓红', 'director', PUNING.otherTownshipVillage, '13698765432');
  await add('daba-sup', '大坝督导员', 'supervisor', PUNING.otherTownship, null);
  await t.database.db
    .updateTable('app_user')
    .set({ disabled: true })
    .where('username', '=', 'chigang-2')
    .execute();
  // The cast's admin has signed in (its cookie below); these accounts never have.
});
afterAll(() => t.close());

type Item = {
  username: string;
  townshipName: string | null;
  regionName: string | null;
  phone: string | null;
};
async function list(query: string) {
  const res = await t.call('admin', { method: 'GET', url: `/api/v1/users${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Item[]; total: number; page: number; pageSize: number };
}
const names = (items: Item[]) => items.map((i) => i.username).sort();

describe('GET /api/v1/users (search and filters)', () => {
  it('finds accounts by part of a name, a username or a phone number', async () => {
    expect(names((await list('?q=王')).items)).toEqual(['chigang-1', 'chigang-2']);
    expect(names((await list('?q=DABA')).items)).toEqual(['daba-1', 'daba-sup']);
    expect(names((await list('?q=98765')).items)).toEqual(['daba-1']);
    expect((await list('?q=nobody-here')).total).toBe(0);
  });

  it('filters by role, township, village, status and never signed in', async () => {
    expect(names((await list('?role=supervisor')).items)).toEqual(['daba-sup', 'supervisor']);
    expect(names((await list(`?township=${PUNING.otherTownship}`)).items)).toEqual(['daba-1', 'daba-sup']);
    expect(names((await list(`?village=${PUNING.neighbour}`)).items)).toEqual(['chigang-2', 'neighbour']);
    expect(names((await list('?status=disabled')).items)).toEqual(['chigang-2']);
    expect(names((await list('?role=director&status=enabled&q=王')).items)).toEqual(['chigang-1']);
    const never = names((await list('?neverSignedIn=true')).items);
    expect(never).toContain('daba-1');
    expect(never).not.toContain('admin');
  });

  it('shows a village with its township, and pages on the server', async () => {
    const [wang] = (await list('?q=chigang-1')).items;
    expect(wang).toMatchObject({ regionName: '五福屿村委会', townshipName: '赤岗镇' });
    const all = await list('');
    expect(all.total).toBe(all.items.length);
    const first = await list('?page=1&pageSize=3');
    const second = await list('?page=2&pageSize=3');
    expect(first).toMatchObject({ total: all.total, page: 1, pageSize: 3 });
    expect(first.items).toHaveLength(3);
    expect(second.items[0]!.username).toBe(all.items[3]!.username);
  });

  it('answers 401, 403 for the bureau and a department, 400 naming the field', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/v1/users' })).statusCode).toBe(401);
    expect((await t.call('staff', { method: 'GET', url: '/api/v1/users' })).statusCode).toBe(403);
    expect((await t.call('department', { method: 'GET', url: '/api/v1/users' })).statusCode).toBe(403);
    for (const [query, field] of [
      ['?role=king', 'role'],
      ['?status=maybe', 'status'],
      ['?township=445281102201', 'township'],
      ['?village=320115001001', 'village'],
      ['?pageSize=1000', 'pageSize'],
    ]) {
      const res = await t.call('admin', { method: 'GET', url: `/api/v1/users${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.field, query).toBe(field);
    }
  });
});

describe('GET /api/v1/users/export.xlsx', () => {
  it('exports the filtered accounts, phones masked, no password, and records the export', async () => {
    const res = await t.call('admin', {
      method: 'GET',
      url: `/api/v1/users/export.xlsx?township=${PUNING.otherTownship}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('账号-'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const rows = sheet.getSheetValues().slice(1) as unknown[][];
    const header = rows[0]!.slice(1);
    expect(header).toEqual(expect.arrayContaining(['用户名', '姓名', '角色', '乡镇（街道）', '联系电话']));
    expect(header.join()).not.toMatch(/密码/);
    const body = rows.slice(1).map((r) => r.slice(1));
    expect(body.map((r) => r[0]).sort()).toEqual(['daba-1', 'daba-sup']);
    const text = JSON.stringify(body);
    expect(text).toContain('136****5432');
    expect(text).not.toContain('13698765432');
    expect(text).not.toMatch(/argon2/);
    const audit = await t.database.db
      .selectFrom('audit_event')
      .select(['detail'])
      .where('action', '=', 'user.exported')
      .executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ count: 2, filters: { township: PUNING.otherTownship } });
  });

  it('answers 401 and 403', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/v1/users/export.xlsx' })).statusCode).toBe(401);
    expect((await t.call('staff', { method: 'GET', url: '/api/v1/users/export.xlsx' })).statusCode).toBe(403);
  });
});

describe('POST /api/v1/users for a 部门用户', () => {
  it('asks for the department in Chinese, naming the field for the form', async () => {
    const res = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'police-1', displayName: '张警官', role: 'department', regionCode: PUNING.county },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('departmentId');
    expect(res.json().error.message).toContain('所属部门');
    expect(res.json().error.message).not.toMatch(/[A-Za-z]/);
  });
});
