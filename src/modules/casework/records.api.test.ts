// The work log and interventions of a child's file against the real database: access (401/403/404), bad
// input naming the field and changing nothing, the happy path newest first, and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { registerChild } from '../../../test/helpers/casework.ts';

let t: TestApp;
let mine: string;
let neighbours: string;
beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-23' });
  mine = await registerChild(t, 'director', {}, '2014-02-02');
  neighbours = await registerChild(t, 'neighbour', { villageCode: PUNING.neighbour });
});
afterAll(() => t.close());

interface Resource {
  path: 'work-logs' | 'interventions';
  valid: Record<string, unknown>;
  bad: [Record<string, unknown>, string][];
}

const RESOURCES: Resource[] = [
  {
    path: 'work-logs',
    valid: { occurredOn: '2026-11-20', content: '电话联系学校班主任，了解近期在校表现' },
    bad: [
      [{ content: '' }, 'content'],
      [{ content: undefined }, 'content'],
      [{ occurredOn: '20261120' }, 'occurredOn'],
      [{ occurredOn: '2026-11-24' }, 'occurredOn'],
      [{ occurredOn: '2014-02-01' }, 'occurredOn'],
    ],
  },
  {
    path: 'interventions',
    valid: { date: '2026-11-20', kind: 'assistance', note: '协助申请临时救助' },
    bad: [
      [{ kind: 'magic' }, 'kind'],
      [{ date: undefined }, 'date'],
      [{ date: '2026-11-24' }, 'date'],
      [{ date: '2014-02-01' }, 'date'],
      [{ note: 'x'.repeat(2001) }, 'note'],
    ],
  },
];

describe.each(RESOURCES)('/api/v1/children/:id/$path', ({ path, valid, bad }) => {
  const url = (id: string) => `/api/v1/children/${id}/${path}`;
  const list = async (as: string, id: string) => {
    const res = await t.call(as, { method: 'GET', url: url(id) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as Record<string, unknown>[];
  };

  it('answers 401 without a session', async () => {
    expect((await t.call(null, { method: 'POST', url: url(mine), payload: valid })).statusCode).toBe(401);
    expect((await t.call(null, { method: 'GET', url: url(mine) })).statusCode).toBe(401);
  });

  it('answers 403 for a department user', async () => {
    expect((await t.call('department', { method: 'POST', url: url(mine), payload: valid })).statusCode).toBe(
      403,
    );
    expect((await t.call('department', { method: 'GET', url: url(mine) })).statusCode).toBe(403);
  });

  it('answers 404 for a child of another village and records nothing', async () => {
    expect(
      (await t.call('director', { method: 'POST', url: url(neighbours), payload: valid })).statusCode,
    ).toBe(404);
    expect((await t.call('director', { method: 'GET', url: url(neighbours) })).statusCode).toBe(404);
    expect(await list('neighbour', neighbours)).toEqual([]);
  });

  it.each(bad)('answers 400 for %j naming %s, and records nothing', async (overrides, field) => {
    const res = await t.call('director', {
      method: 'POST',
      url: url(mine),
      payload: { ...valid, ...overrides },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'bad_input', field });
    expect(await list('director', mine)).toEqual([]);
  });

  it('records and lists newest first, audited', async () => {
    const dateKey = path === 'work-logs' ? 'occurredOn' : 'date';
    const older = await t.call('director', {
      method: 'POST',
      url: url(mine),
      payload: { ...valid, [dateKey]: '2026-06-01' },
    });
    expect(older.statusCode, older.body).toBe(201);
    const newer = await t.call('supervisor', { method: 'POST', url: url(mine), payload: valid });
    expect(newer.statusCode, newer.body).toBe(201);
    const items = await list('director', mine);
    expect(items.map((i) => i[dateKey])).toEqual(['2026-11-20', '2026-06-01']);
    expect(items[0]!.id).toBe(newer.json().id);
    const audit = (
      await t.call('supervisor', { method: 'GET', url: `/api/v1/children/${mine}/audit` })
    ).json().items as { action: string; entityId: string; actorName: string }[];
    const action = path === 'work-logs' ? 'work_log.recorded' : 'intervention.recorded';
    expect(audit.filter((e) => e.action === action).map((e) => e.entityId)).toEqual([
      newer.json().id,
      older.json().id,
    ]);
    expect(audit.find((e) => e.action === action)!.actorName).toBe('赤岗镇督导员');
  });
});

describe('work log details', () => {
  it('names the author: the user, or the one given for a paper record', async () => {
    const id = await registerChild(t, 'director');
    const own = await t.call('director', {
      method: 'POST',
      url: `/api/v1/children/${id}/work-logs`,
      payload: { occurredOn: '2026-11-23', content: '协调村委会为其家庭申请低保' },
    });
    expect(own.json()).toMatchObject({ authorName: '五福屿儿童主任', content: '协调村委会为其家庭申请低保' });
    const paper = await t.call('supervisor', {
      method: 'POST',
      url: `/api/v1/children/${id}/work-logs`,
      payload: { occurredOn: '2026-02-01', content: '春节慰问', authorName: '原儿童主任王某' },
    });
    expect(paper.json().authorName).toBe('原儿童主任王某');
  });
});

describe('intervention details', () => {
  it('does not touch the child’s version or level', async () => {
    const id = await registerChild(t, 'director');
    const res = await t.call('director', {
      method: 'POST',
      url: `/api/v1/children/${id}/interventions`,
      payload: { date: '2026-11-23', kind: 'counselling' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'counselling', note: null, recordedByName: '五福屿儿童主任' });
    const file = (await t.call('director', { method: 'GET', url: `/api/v1/children/${id}` })).json();
    expect(file).toMatchObject({ version: 1, level: 'green' });
  });
});
