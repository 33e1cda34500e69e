// GET /api/v1/audit/recent through the HTTP API: the latest changes newest first, reads left out, ID numbers
// masked, each scoped to the reader's region (a supervisor sees their township's only, the county all of it),
// and refused to a director and a department user, who may not read the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, idNumberFor, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { registerChild } from '../../../test/helpers/casework.ts';

let t: TestApp;
let ours: string;
let elsewhere: string;
const OTHER_ID = idNumberFor('2013-04-02', 57);

const register = (as: string, name: string, villageCode: string, sequence: number) =>
  registerChild(t, as, {
    name,
    idNumber: idNumberFor('2014-05-06', sequence),
    villageCode,
    guardianship: 'good',
  });

const recent = (as: string, query = '') => t.call(as, { method: 'GET', url: `/api/v1/audit/recent${query}` });

beforeAll(async () => {
  t = await createTestApp();
  ours = await register('director', '陈小明', PUNING.village, 31);
  elsewhere = await register('staff', '大坝小芳', PUNING.otherTownshipVillage, 33);
  // A change of ID number on the other township's child: the trail records both numbers.
  const file = await t.call('staff', { method: 'GET', url: `/api/v1/children/${elsewhere}` });
  expect(file.statusCode, file.body).toBe(200);
  const patch = await t.call('staff', {
    method: 'PATCH',
    url: `/api/v1/children/${elsewhere}`,
    payload: { version: file.json().version, idNumber: OTHER_ID },
  });
  expect(patch.statusCode, patch.body).toBe(200);
  // A read of our child's file: recorded, but not a change.
  expect((await t.call('supervisor', { method: 'GET', url: `/api/v1/children/${ours}` })).statusCode).toBe(
    200,
  );
});
afterAll(() => t.close());

describe('GET /api/v1/audit/recent', () => {
  it('gives the county every change in the county, newest first, with the child named and no reads', async () => {
    const res = await recent('staff');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as {
      action: string;
      childId: string;
      childName: string;
      actorName: string;
      occurredAt: string;
      changes: { field: string; old: unknown; new: unknown }[];
    }[];
    expect(items.map((i) => [i.childName, i.action])).toEqual([
      ['大坝小芳', 'child.updated'],
      ['大坝小芳', 'child.level_changed'],
      ['大坝小芳', 'child.created'],
      ['陈小明', 'child.level_changed'],
      ['陈小明', 'child.created'],
    ]);
    expect(items.every((i) => !i.action.includes('viewed'))).toBe(true);
    expect(items[0]).toMatchObject({ childId: elsewhere, actorName: '民政局李科员' });
    const times = items.map((i) => Date.parse(i.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('masks ID numbers in the changes', async () => {
    const items = (await recent('staff')).json().items as { changes: { field: string; new: unknown }[] }[];
    const change = items[0]!.changes.find((c) => c.field === 'id_number');
    expect(change).toBeDefined();
    expect(change!.new).not.toBe(OTHER_ID);
    expect(String(change!.new)).toMatch(/^445281\*{12}$/);
    expect(JSON.stringify(items)).not.toContain(OTHER_ID);
  });

  it('gives a township supervisor only their township’s entries', async () => {
    const res = await recent('supervisor');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { childId: string; childName: string }[];
    expect(items.length).toBe(2);
    expect(items.map((i) => i.childId)).toEqual([ours, ours]);
    expect(JSON.stringify(items)).not.toContain('大坝小芳');
  });

  it('keeps to the limit asked for and refuses a limit out of range', async () => {
    const res = await recent('staff', '?limit=1');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(1);
    expect((await recent('staff', '?limit=0')).statusCode).toBe(400);
    expect((await recent('staff', '?limit=101')).statusCode).toBe(400);
  });

  it('refuses a director, a department user (no audit.read) and an anonymous caller', async () => {
    expect((await recent('director')).statusCode).toBe(403);
    expect((await recent('department')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit/recent' })).statusCode).toBe(401);
  });
});
