// Assistance on the file (已落实保障) and returns to school (已复学复读) over the API (issue 19 pt 2): recorded
// with dates, audited, read back (the read audited too); bad input is a 400 naming the field with nothing
// written; another village's director gets 404; a department cannot write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { registerChild } from '../../../test/helpers/casework.ts';

let t: TestApp;
let child: string;

beforeAll(async () => {
  t = await createTestApp();
  child = await registerChild(t, 'director', { conditions: ['assist.dibao'] });
}, 120_000);
afterAll(() => t.close());

const post = (as: string, url: string, payload: object) => t.call(as, { method: 'POST', url, payload });

describe('assistance (已落实保障)', () => {
  let id: string;
  it('records assistance with its dates and audits it', async () => {
    const res = await post('director', `/api/v1/children/${child}/assistance`, {
      kind: 'dibao',
      startsOn: '2026-01-01',
      note: '镇审批',
    });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({
      kind: 'dibao',
      kindName: '最低生活保障',
      startsOn: '2026-01-01',
      endsOn: null,
    });
    const audit = await t.database.db
      .selectFrom('audit_event')
      .select(['action', 'changes'])
      .where('child_id', '=', child)
      .where('action', '=', 'assistance.recorded')
      .execute();
    expect(audit).toHaveLength(1);
  });
  it('ends it, audited with old and new end dates', async () => {
    const res = await t.call('director', {
      method: 'PATCH',
      url: `/api/v1/children/${child}/assistance/${id}`,
      payload: { endsOn: '2026-10-31' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().endsOn).toBe('2026-10-31');
    const ended = await t.database.db
      .selectFrom('audit_event')
      .select('changes')
      .where('action', '=', 'assistance.ended')
      .executeTakeFirstOrThrow();
    expect(ended.changes).toEqual([{ field: 'endsOn', old: null, new: '2026-10-31' }]);
  });
  it('lists it, and the read is audited', async () => {
    const res = await t.call('supervisor', { method: 'GET', url: `/api/v1/children/${child}/assistance` });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(1);
    const read = await t.database.db
      .selectFrom('audit_event')
      .select('id')
      .where('action', '=', 'assistance.listed')
      .execute();
    expect(read.length).toBeGreaterThan(0);
  });
  it.each([
    [{ kind: 'lottery', startsOn: '2026-01-01' }, 'kind'],
    [{ kind: 'dibao', startsOn: '2026-13-01' }, 'startsOn'],
    [{ kind: 'dibao', startsOn: '2026-05-01', endsOn: '2026-04-01' }, 'endsOn'],
    [{ kind: 'dibao', startsOn: '2027-01-01' }, 'startsOn'],
  ])('400 naming the field for %j', async (payload, field) => {
    const before = await t.database.db.selectFrom('child_assistance').select('id').execute();
    const res = await post('director', `/api/v1/children/${child}/assistance`, payload);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(field);
    expect(await t.database.db.selectFrom('child_assistance').select('id').execute()).toHaveLength(
      before.length,
    );
  });
  it('another village answers 404; a department cannot record', async () => {
    const other = await post('neighbour', `/api/v1/children/${child}/assistance`, {
      kind: 'dibao',
      startsOn: '2026-01-01',
    });
    expect(other.statusCode).toBe(404);
    const read = await t.call('neighbour', { method: 'GET', url: `/api/v1/children/${child}/assistance` });
    expect(read.statusCode).toBe(404);
    const dept = await post('department', `/api/v1/children/${child}/assistance`, {
      kind: 'dibao',
      startsOn: '2026-01-01',
    });
    expect([403, 404]).toContain(dept.statusCode);
  });
});

describe('returns to school (已复学复读)', () => {
  it('records a return and lists it', async () => {
    const res = await post('director', `/api/v1/children/${child}/school-returns`, {
      kind: 'resumed',
      returnedOn: '2026-09-01',
      schoolName: '赤岗镇中心小学',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'resumed', kindName: '复学', returnedOn: '2026-09-01' });
    const list = await t.call('director', { method: 'GET', url: `/api/v1/children/${child}/school-returns` });
    expect(list.json().items).toHaveLength(1);
    const audit = await t.database.db
      .selectFrom('audit_event')
      .select('id')
      .where('action', '=', 'school_return.recorded')
      .execute();
    expect(audit).toHaveLength(1);
  });
  it('400 for an unknown kind', async () => {
    const res = await post('director', `/api/v1/children/${child}/school-returns`, {
      kind: 'graduated',
      returnedOn: '2026-09-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('kind');
  });
});
