// A rural single-parent child who is neither left-behind nor in difficulty (DOMAIN.md §1, 普宁 003 §五 末段):
// kept in the ledger and on the director's worklist at the green schedule, never counted as a target
// child — not in the worklist summary's figures, not in Annex 1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { registerChild } from '../../../test/helpers/casework.ts';

let t: TestApp;
let watched: string;
let target: string;

beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-23' });
  // Mother at home, father gone (divorced, not deceased): single-parent, not left-behind, not in difficulty.
  watched = await registerChild(t, 'director', {
    name: '单亲甲',
    conditions: ['single_parent_rural'],
    parents: [{ relation: 'mother', statuses: [] }],
    registeredOn: '2026-09-01',
  });
  target = await registerChild(t, 'director', { name: '留守乙', registeredOn: '2026-09-01' });
});
afterAll(() => t.close());

async function get(as: string, url: string) {
  const res = await t.call(as, { method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('a watched rural single-parent child', () => {
  it('is no target child, yet is on the director’s worklist at the green schedule', async () => {
    const file = await get('director', `/api/v1/children/${watched}`);
    expect(file).toMatchObject({ target: false, watch: true, level: null });
    const list = await get('director', '/api/v1/worklist');
    const item = list.items.find((i: { childId: string }) => i.childId === watched);
    const other = list.items.find((i: { childId: string }) => i.childId === target);
    expect(item).toMatchObject({ watch: true, level: null, dueKind: 'contact' });
    expect(other).toMatchObject({ watch: false, level: 'green' });
    // 普宁 green (003 §三.4): contact monthly, visit every 3 months — the same dates as the green target child.
    expect([item.nextContactDue, item.nextVisitDue]).toEqual(['2026-10-01', '2026-12-01']);
    expect([item.nextContactDue, item.nextVisitDue]).toEqual([other.nextContactDue, other.nextVisitDue]);
    expect(item.overdue).toBe(true);
  });

  it('is on the phone’s 我的儿童 list (worklist filter), not in the target filter', async () => {
    const mine = await get('director', '/api/v1/children?worklist=true&pageSize=200');
    expect(mine.items.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([watched, target]));
    const targets = await get('director', '/api/v1/children?target=true&pageSize=200');
    expect(targets.items.map((c: { id: string }) => c.id)).not.toContain(watched);
  });

  it('is never counted as a target child: not in the summary’s figures, not in Annex 1', async () => {
    const summary = await get('staff', `/api/v1/worklist/summary?region=${PUNING.village}`);
    // Both children are overdue for their first contact; only the target child is counted.
    expect(summary.total).toMatchObject({ targetChildren: 1, overdue: 1 });
    expect(summary.rows).toEqual([
      expect.objectContaining({ regionCode: PUNING.village, targetChildren: 1 }),
    ]);
    const annex = await get('staff', '/api/v1/reports/annex1?region=445281');
    expect(annex.total).toBe(1);
  });

  it('leaves the worklist when the condition is taken off the file', async () => {
    const before = await get('director', `/api/v1/children/${watched}`);
    const res = await t.call('director', {
      method: 'PATCH',
      url: `/api/v1/children/${watched}`,
      payload: { conditions: [], version: before.version },
    });
    expect(res.statusCode, res.body).toBe(200);
    const list = await get('director', '/api/v1/worklist');
    expect(list.items.map((i: { childId: string }) => i.childId)).not.toContain(watched);
  });
});
