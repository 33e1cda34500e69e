// Issue 16.1 against the real database: nothing a county staff member's list or a file shows rebuilds a full
// ID number, and a full number is revealed one field of one child at a time, with a reason, audited, limited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, idNumberFor, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { rebuild } from '../../../test/helpers/id-rebuild.ts';
import { REVEALS_PER_HOUR } from './reveal.ts';

let t: TestApp;
const registered = new Map<string, string>(); // child id → full ID number
const BIRTH_DATES = ['2010-01-01', '2012-02-29', '2013-04-02', '2015-12-31', '2018-07-15', '2020-03-09'];

beforeAll(async () => {
  t = await createTestApp();
  let seq = 1;
  for (const [i, birthDate] of BIRTH_DATES.entries())
    for (const village of [PUNING.village, PUNING.otherTownshipVillage]) {
      const idNumber = idNumberFor(birthDate, seq++ * 7);
      const res = await t.call('staff', {
        method: 'POST',
        url: '/api/v1/children',
        payload: {
          name: `测试${i}${village.slice(-1)}`,
          idNumber,
          hukouType: 'rural',
          villageCode: village,
          parents: [
            { relation: 'father', statuses: ['migrant'], migrantMonths: 8, crossCounty: true, name: '父' },
            {
              relation: 'mother',
              statuses: ['migrant'],
              migrantMonths: 8,
              crossCounty: true,
              idNumber: idNumberFor('1988-05-05', 22),
            },
          ],
          conditions: [],
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      registered.set(res.json().id, idNumber);
    }
});
afterAll(() => t.close());

describe('nothing a list shows rebuilds an ID number', () => {
  it('the attacker rebuilds every child from the old mask beside the birth date (it can succeed)', () => {
    for (const id of registered.values()) {
      const old = `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(-4)}`;
      const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
      expect(rebuild({ idNumber: old, birthDate, villageCode: PUNING.village }, t.today()).id).toBe(id);
    }
  });

  it("rebuilds none from a county staff member's list, nor from any file it opens", async () => {
    const list = (await t.call('staff', { method: 'GET', url: '/api/v1/children?pageSize=200' })).json();
    expect(list.items).toHaveLength(registered.size);
    let tried = 0;
    for (const item of list.items) {
      expect(item).not.toHaveProperty('birthDate');
      expect(item.idNumber).toMatch(/^445281\*{12}$/);
      expect(rebuild(item, t.today()).count).toBeGreaterThan(1);
      const file = (await t.call('staff', { method: 'GET', url: `/api/v1/children/${item.id}` })).json();
      // The file shows the birth date, but beside the address code only: the sequence stays hidden.
      expect(rebuild(file, t.today()).count).toBeGreaterThan(1);
      for (const p of file.parents)
        expect(rebuild({ idNumber: p.idNumber }, t.today()).count).toBeGreaterThan(1);
      tried++;
    }
    expect(tried).toBe(registered.size);
  });

  it('refuses full ID numbers in a list, and on a file without a reason', async () => {
    const list = await t.call('staff', { method: 'GET', url: '/api/v1/children?fullIdNumber=true' });
    expect(list.statusCode).toBe(403);
    const [id] = registered.keys();
    const file = await t.call('staff', { method: 'GET', url: `/api/v1/children/${id}?reveal=true` });
    expect(file.statusCode).toBe(400);
    expect(file.json().error.field).toBe('reveal');
  });
});

describe('editing a file built on masked numbers', () => {
  it('keeps a stored parent number that comes back masked, and takes a new one', async () => {
    const [id] = registered.keys();
    const file = (await t.call('director', { method: 'GET', url: `/api/v1/children/${id}` })).json();
    const parents = file.parents.map((p: Record<string, unknown>) => ({ ...p, note: '已核实' }));
    const res = await t.call('director', {
      method: 'PATCH',
      url: `/api/v1/children/${id}`,
      payload: { version: file.version, parents },
    });
    expect(res.statusCode, res.body).toBe(200);
    const stored = await t.database.db
      .selectFrom('child_parent')
      .select(['relation', 'id_number', 'note'])
      .where('child_id', '=', id!)
      .execute();
    expect(stored.find((p) => p.relation === 'mother')).toMatchObject({
      id_number: idNumberFor('1988-05-05', 22),
      note: '已核实',
    });
  });
});

describe('POST /api/v1/children/:id/reveal', () => {
  const reveal = (as: string | null, id: string, payload: Record<string, unknown>) =>
    t.call(as, { method: 'POST', url: `/api/v1/children/${id}/reveal`, payload });
  const ours = () => [...registered.keys()][0]!; // 五福屿村 (registered first)
  const theirs = () => [...registered.keys()][1]!; // 大坝镇

  it('answers 401 without a session, 404 outside the region or for a department, 400 naming the field', async () => {
    expect((await reveal(null, ours(), { field: 'idNumber', reason: '核对' })).statusCode).toBe(401);
    expect((await reveal('director', theirs(), { field: 'idNumber', reason: '核对' })).statusCode).toBe(404);
    expect((await reveal('department', ours(), { field: 'idNumber', reason: '核对' })).statusCode).toBe(403);
    const noReason = await reveal('director', ours(), { field: 'idNumber', reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toContain('reason');
    const badField = await reveal('director', ours(), { field: 'phone', reason: '核对户籍' });
    expect(badField.statusCode).toBe(400);
    expect(badField.json().error.field).toContain('field');
  });

  it('reveals one number with its reason, recorded without the number', async () => {
    const res = await reveal('director', ours(), { field: 'idNumber', reason: '办理救助或保障待遇' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ field: 'idNumber', value: registered.get(ours()) });
    const mother = await reveal('director', ours(), { field: 'mother.idNumber', reason: '核对户籍' });
    expect(mother.json().value).toBe(idNumberFor('1988-05-05', 22));
    const father = await reveal('director', ours(), { field: 'father.idNumber', reason: '核对户籍' });
    expect(father.json().value).toBeNull();
    const events = await t.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'child.id_number_revealed')
      .where('child_id', '=', ours())
      .orderBy('id')
      .execute();
    expect(events).toHaveLength(3);
    expect(events[0]!.detail).toMatchObject({ field: 'idNumber', reason: '办理救助或保障待遇' });
    expect(events[0]!.actor_name).toBe('五福屿儿童主任');
    expect(JSON.stringify(events)).not.toContain(registered.get(ours())!);
  });

  it(`allows ${REVEALS_PER_HOUR} reveals an hour per user, then 429 until the hour has passed`, async () => {
    const start = await reveal('supervisor', ours(), { field: 'idNumber', reason: '部门核实' });
    expect(start.statusCode).toBe(200);
    let remaining = start.json().remaining as number;
    expect(remaining).toBe(REVEALS_PER_HOUR - 1);
    while (remaining > 0) {
      const res = await reveal('supervisor', ours(), { field: 'idNumber', reason: '部门核实' });
      expect(res.statusCode).toBe(200);
      remaining = res.json().remaining;
    }
    const over = await reveal('supervisor', ours(), { field: 'idNumber', reason: '部门核实' });
    expect(over.statusCode).toBe(429);
    expect(over.json().error.message).not.toContain(registered.get(ours())!);
    // Another user is not held by this one's count.
    expect((await reveal('staff', ours(), { field: 'idNumber', reason: '部门核实' })).statusCode).toBe(200);
    t.advanceMinutes(61);
    expect((await reveal('supervisor', ours(), { field: 'idNumber', reason: '部门核实' })).statusCode).toBe(
      200,
    );
  });
});
