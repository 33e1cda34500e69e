// The trail for the audit administrator through the HTTP API, and 三员分立: the audit administrator reads and
// exports the trail (filters by person, child, action, date and address; the export recorded) and nothing
// else; the system administrator keeps accounts but opens no child's file; the security administrator
// unlocks and changes roles but makes no accounts; nobody else reads the whole trail.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, idNumberFor, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { registerChild } from '../../../test/helpers/casework.ts';

let t: TestApp;
let childId: string;
const ID_NUMBER = idNumberFor('2014-05-06', 71);

const trail = (as: string | null, query = '') =>
  t.call(as, { method: 'GET', url: `/api/v1/audit/events${query}` });

beforeAll(async () => {
  t = await createTestApp();
  childId = await registerChild(t, 'staff', {
    name: '审计小明',
    idNumber: ID_NUMBER,
    villageCode: PUNING.village,
    guardianship: 'good',
  });
  // A read from another address, and a failed sign-in.
  expect(
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/children/${childId}`,
        headers: { cookie: await t.cookie('supervisor') },
        remoteAddress: '198.51.100.23',
      })
    ).statusCode,
  ).toBe(200);
  await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'director', password: 'Wrong2026xyz' },
    remoteAddress: '198.51.100.99',
  });
});
afterAll(() => t.close());

describe('GET /api/v1/audit/events', () => {
  it('gives the audit administrator the trail, newest first, with the request context', async () => {
    const res = await trail('auditor', '?pageSize=200');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.total).toBeGreaterThan(3);
    const seqs = body.items.map((i: { seq: number }) => i.seq);
    expect([...seqs].sort((a: number, b: number) => b - a)).toEqual(seqs);
    const created = body.items.find((i: { action: string }) => i.action === 'child.created');
    expect(created).toMatchObject({ childId, actorName: '民政局李科员', username: 'staff' });
    expect(created.requestId).toBeTruthy();
    expect(created.sessionHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(body)).not.toContain(ID_NUMBER);
    // The trail names the fields changed, not their values: reading it is not reading the child's file.
    expect(JSON.stringify(body)).not.toContain('审计小明');
    expect(created.changes.length).toBeGreaterThan(0);
    expect(created.changes.every((c: object) => Object.keys(c).join() === 'field')).toBe(true);
  });

  it('filters by person, child, action, date and address', async () => {
    const byPerson = (await trail('auditor', '?actor=supervisor')).json();
    expect(byPerson.items.length).toBeGreaterThan(0);
    const others = byPerson.items.filter((i: { username: string }) => i.username !== 'supervisor');
    expect(others).toEqual([]);
    const byChild = (await trail('auditor', `?childId=${childId}`)).json();
    expect(byChild.items.length).toBeGreaterThan(1);
    expect(byChild.items.every((i: { childId: string }) => i.childId === childId)).toBe(true);
    const byAction = (await trail('auditor', '?action=auth.')).json();
    expect(byAction.items.length).toBeGreaterThan(0);
    expect(byAction.items.every((i: { action: string }) => i.action.startsWith('auth.'))).toBe(true);
    const failed = (await trail('auditor', '?action=auth.login_failed')).json();
    expect(failed.items[0]).toMatchObject({
      clientAddress: '198.51.100.99',
      detail: { reason: 'bad_password' },
    });
    const byAddress = (await trail('auditor', '?address=198.51.100.23')).json();
    expect(byAddress.items.map((i: { action: string }) => i.action)).toContain('child.viewed');
    expect(byAddress.items.every((i: { clientAddress: string }) => i.clientAddress === '198.51.100.23')).toBe(
      true,
    );
    // Records are stamped by the database's clock, not the test's movable one.
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await trail('auditor', `?from=${today}&to=${today}`)).json().total).toBeGreaterThan(0);
    expect((await trail('auditor', '?to=2020-01-01')).json().total).toBe(0);
  });

  it('answers 400 naming the field for bad filters', async () => {
    for (const [query, field] of [
      ['?from=2026-13', 'from'],
      ['?childId=nope', 'childId'],
      ['?address=evil%20host', 'address'],
      ['?pageSize=500', 'pageSize'],
    ]) {
      const res = await trail('auditor', query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
  });

  it('is the audit administrator’s alone: 403 for staff, the system and the security administrator, 401 anonymous', async () => {
    for (const who of ['staff', 'admin', 'security', 'supervisor'])
      expect((await trail(who)).statusCode, who).toBe(403);
    expect((await trail(null)).statusCode).toBe(401);
  });

  it('records each reading of the trail', async () => {
    await trail('auditor', '?action=child.');
    const mine = (await trail('auditor', '?action=audit.trail_viewed')).json();
    expect(mine.items[0]).toMatchObject({ username: 'auditor', detail: { filters: { action: 'child.' } } });
  });
});

describe('GET /api/v1/audit/events.xlsx', () => {
  it('exports the filtered trail as a workbook and records the export', async () => {
    const res = await t.call('auditor', {
      method: 'GET',
      url: `/api/v1/audit/events.xlsx?childId=${childId}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('审计日志')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('序号');
    const expected = (await trail('auditor', `?childId=${childId}`)).json().total;
    expect(sheet.rowCount - 1).toBe(expected);
    const exported = (await trail('auditor', '?action=audit.trail_exported')).json();
    expect(exported.items[0]).toMatchObject({ detail: { filters: { childId }, count: expected } });
    expect((await t.call('staff', { method: 'GET', url: '/api/v1/audit/events.xlsx' })).statusCode).toBe(403);
  });
});

describe('三员分立', () => {
  it('the audit and the system administrator open no child’s file or list', async () => {
    for (const who of ['auditor', 'admin', 'security']) {
      expect((await t.call(who, { method: 'GET', url: `/api/v1/children/${childId}` })).statusCode, who).toBe(
        403,
      );
      expect((await t.call(who, { method: 'GET', url: '/api/v1/children' })).statusCode, who).toBe(403);
    }
    expect((await t.call('auditor', { method: 'GET', url: '/api/v1/users' })).statusCode).toBe(403);
  });

  it('the system administrator makes accounts but not the administrators’, and cannot unlock or change roles', async () => {
    const made = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        username: 'new-dir',
        displayName: '新主任',
        role: 'director',
        regionCode: PUNING.village,
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().user.id;
    for (const role of ['security_admin', 'audit_admin', 'admin']) {
      const res = await t.call('admin', {
        method: 'POST',
        url: '/api/v1/users',
        payload: {
          username: `x-${role}`,
          displayName: '某人',
          role,
          regionCode: PUNING.county,
        },
      });
      expect(res.statusCode, role).toBe(403);
    }
    expect((await t.call('admin', { method: 'POST', url: `/api/v1/users/${id}/unlock` })).statusCode).toBe(
      403,
    );
    const role = await t.call('admin', {
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      payload: { role: 'supervisor', regionCode: PUNING.township },
    });
    expect(role.statusCode).toBe(403);
  });

  it('the security administrator unlocks and changes roles, but makes no account, and not its own role', async () => {
    const made = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        username: 'dir-two',
        displayName: '主任二',
        role: 'director',
        regionCode: PUNING.village,
      },
    });
    const id = made.json().user.id;
    expect((await t.call('admin', { method: 'POST', url: `/api/v1/users/${id}/lock` })).statusCode).toBe(200);
    expect((await t.call('security', { method: 'POST', url: `/api/v1/users/${id}/unlock` })).statusCode).toBe(
      200,
    );
    const changed = await t.call('security', {
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      payload: { role: 'supervisor', regionCode: PUNING.township },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ role: 'supervisor', regionCode: PUNING.township });
    // A name is an account detail: the system administrator's.
    const renamed = await t.call('security', {
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      payload: { displayName: '改名' },
    });
    expect(renamed.statusCode).toBe(403);
    const toAuditor = await t.call('security', {
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      payload: { role: 'audit_admin' },
    });
    expect(toAuditor.statusCode).toBe(403);
    const me = (await t.call('security', { method: 'GET', url: '/api/v1/auth/me' })).json();
    const own = await t.call('security', {
      method: 'PATCH',
      url: `/api/v1/users/${me.id}`,
      payload: { role: 'director' },
    });
    expect(own.statusCode).toBe(403);
    const create = await t.call('security', {
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        username: 'sec-made',
        displayName: '某人',
        role: 'director',
        regionCode: PUNING.village,
      },
    });
    expect(create.statusCode).toBe(403);
  });
});
