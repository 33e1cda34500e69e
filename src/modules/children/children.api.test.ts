// The register's HTTP API against the real database: every route for no session (401), the wrong role
// (403), a child outside the user's region (404), bad input (400 naming the field) and the happy path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, idNumberFor, PUNING, type TestApp } from '../../../test/helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const LEFT_BEHIND_PARENTS = [
  {
    relation: 'father',
    statuses: ['migrant'],
    migrantMonths: 8,
    crossCounty: true,
    coreUrbanBoth: false,
    name: '张父',
  },
  {
    relation: 'mother',
    statuses: ['migrant'],
    migrantMonths: 8,
    crossCounty: true,
    coreUrbanBoth: false,
    name: '张母',
  },
];

function child(overrides: Record<string, unknown> = {}) {
  return {
    name: '张小明',
    idNumber: idNumberFor('2015-03-04', 11),
    hukouType: 'rural',
    villageCode: PUNING.village,
    parents: LEFT_BEHIND_PARENTS,
    caregiver: { name: '张奶奶', relation: '祖母', agreementSignedOn: '2026-01-05', assessment: 'good' },
    conditions: [],
    ...overrides,
  };
}

async function create(as: string, body: Record<string, unknown>) {
  const res = await t.call(as, { method: 'POST', url: '/api/v1/children', payload: body });
  return res;
}

describe('POST /api/v1/children', () => {
  it('registers a child, derives birth date and gender from the ID number, and assesses it', async () => {
    const res = await create('director', child());
    expect(res.statusCode).toBe(201);
    const { id, level, version } = res.json();
    expect(level).toBe('green');
    expect(version).toBe(1);
    const file = (await t.call('director', { method: 'GET', url: `/api/v1/children/${id}` })).json();
    expect(file).toMatchObject({
      name: '张小明',
      birthDate: '2015-03-04',
      gender: 'male',
      idNumber: '445281************',
      leftBehind: true,
      target: true,
      level: 'green',
      policy: 'puning',
      visitEvery: 'P3M',
      contactEvery: 'P1M',
      villageName: '五福屿村委会',
      townshipName: '赤岗镇',
      caregiver: { name: '张奶奶', agreementSignedOn: '2026-01-05' },
    });
    expect(file.parents).toHaveLength(2);
    expect(file.assessment.explanation.target[0].source).toBe('003 §二(一)');
  });

  it('answers 401 without a session', async () => {
    expect(
      (await t.call(null, { method: 'POST', url: '/api/v1/children', payload: child() })).statusCode,
    ).toBe(401);
  });

  it('answers 403 for a department user', async () => {
    const res = await create('department', child({ idNumber: idNumberFor('2015-03-04', 21) }));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it.each([
    [{ idNumber: '445281201503040112' }, 'idNumber'],
    [{ villageCode: '445281102999' }, 'villageCode'],
    [{ conditions: ['no.such.code'] }, 'conditions.0'],
    [{ name: '' }, 'name'],
    [{ birthDate: '2015-03-05' }, 'birthDate'],
    [{ parents: [{ relation: 'father', statuses: ['gone'] }] }, 'parents.0.statuses.0'],
  ])('answers 400 naming the field for %j', async (overrides, field) => {
    const res = await create('director', child({ idNumber: idNumberFor('2015-03-04', 31), ...overrides }));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('bad_input');
    expect(body.error.field).toBe(field);
    expect(body.error.message).not.toMatch(/at .*\.ts/); // no stack trace
  });

  it('refuses a village outside the director’s own (400 on villageCode)', async () => {
    const res = await create(
      'director',
      child({ idNumber: idNumberFor('2015-03-04', 41), villageCode: PUNING.neighbour }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('villageCode');
  });

  it('refuses to register the same ID number twice (409)', async () => {
    const body = child({ idNumber: idNumberFor('2014-01-01', 51) });
    expect((await create('director', body)).statusCode).toBe(201);
    expect((await create('supervisor', body)).statusCode).toBe(409);
  });
});

describe('region scoping', () => {
  let id: string;
  beforeAll(async () => {
    id = (
      await create(
        'neighbour',
        child({ name: '西林娃', idNumber: idNumberFor('2013-06-06', 61), villageCode: PUNING.neighbour }),
      )
    ).json().id;
  });

  it('a director cannot open a child of another village: 404, exactly like a missing one', async () => {
    const other = await t.call('director', { method: 'GET', url: `/api/v1/children/${id}` });
    const missing = await t.call('director', {
      method: 'GET',
      url: '/api/v1/children/00000000-0000-4000-8000-000000000000',
    });
    expect(other.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(other.json()).toEqual(missing.json());
  });

  it('the township supervisor and the county staff can', async () => {
    expect((await t.call('supervisor', { method: 'GET', url: `/api/v1/children/${id}` })).statusCode).toBe(
      200,
    );
    expect((await t.call('staff', { method: 'GET', url: `/api/v1/children/${id}` })).statusCode).toBe(200);
  });

  it('lists only the children of one’s own region', async () => {
    const mine = (await t.call('director', { method: 'GET', url: '/api/v1/children?pageSize=200' })).json();
    expect(mine.items.every((c: { villageCode: string }) => c.villageCode === PUNING.village)).toBe(true);
    const theirs = (
      await t.call('neighbour', { method: 'GET', url: '/api/v1/children?pageSize=200' })
    ).json();
    expect(theirs.items.map((c: { id: string }) => c.id)).toContain(id);
    expect(mine.items.map((c: { id: string }) => c.id)).not.toContain(id);
  });

  it('edits, level changes and the audit of a child outside the region answer 404', async () => {
    for (const [method, url, payload] of [
      ['PATCH', `/api/v1/children/${id}`, { version: 1, name: 'x' }],
      ['POST', `/api/v1/children/${id}/level`, { level: 'yellow', reason: 'x', version: 1 }],
      ['GET', `/api/v1/children/${id}/assessments`, undefined],
    ] as const)
      expect((await t.call('director', { method, url, payload })).statusCode).toBe(404);
    expect(
      (await t.call('supervisor', { method: 'GET', url: `/api/v1/children/${id}/audit` })).statusCode,
    ).toBe(200);
  });
});

describe('editing and grading', () => {
  let id: string;
  beforeAll(async () => {
    id = (await create('director', child({ name: '李小红', idNumber: idNumberFor('2012-08-08', 72) }))).json()
      .id;
  });

  it('re-assesses on every change and keeps the history', async () => {
    const res = await t.call('director', {
      method: 'PATCH',
      url: `/api/v1/children/${id}`,
      payload: { version: 1, conditions: ['school.dropout_suspected'] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ version: 2, level: 'yellow' });
    const history = (
      await t.call('director', { method: 'GET', url: `/api/v1/children/${id}/assessments` })
    ).json().items;
    expect(history.map((a: { level: string }) => a.level)).toEqual(['yellow', 'green']);
  });

  it('refuses an edit based on an old version (optimistic locking), nothing lost', async () => {
    const first = t.call('director', {
      method: 'PATCH',
      url: `/api/v1/children/${id}`,
      payload: { version: 2, address: '一号' },
    });
    const second = t.call('supervisor', {
      method: 'PATCH',
      url: `/api/v1/children/${id}`,
      payload: { version: 2, address: '二号' },
    });
    const [a, b] = await Promise.all([first, second]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.field).toBe('version');
    const file = (await t.call('director', { method: 'GET', url: `/api/v1/children/${id}` })).json();
    expect(file.version).toBe(3);
    expect(['一号', '二号']).toContain(file.address);
  });

  it('raises the level by hand with a reason, refuses lowering below the derived level', async () => {
    const lower = await t.call('director', {
      method: 'POST',
      url: `/api/v1/children/${id}/level`,
      payload: { level: 'blue', reason: '好转', version: 3 },
    });
    expect(lower.statusCode).toBe(400);
    expect(lower.json().error.message).toContain('不能把等级调低');
    const noReason = await t.call('director', {
      method: 'POST',
      url: `/api/v1/children/${id}/level`,
      payload: { level: 'red', version: 3 },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('reason');
    const raise = await t.call('director', {
      method: 'POST',
      url: `/api/v1/children/${id}/level`,
      payload: { level: 'red', reason: '邻居反映孩子身上有伤痕', version: 3 },
    });
    expect(raise.statusCode).toBe(200);
    expect(raise.json().level).toBe('red');
    const file = (await t.call('director', { method: 'GET', url: `/api/v1/children/${id}` })).json();
    expect(file).toMatchObject({ level: 'red', derivedLevel: 'yellow', manualLevel: 'red', immediate: true });
    expect(file.mandatoryReports).toEqual([expect.objectContaining({ status: 'open', source: 'auto' })]);
  });

  it('lets the township confirm, but not a village director (403)', async () => {
    const version = (await t.call('director', { method: 'GET', url: `/api/v1/children/${id}` })).json()
      .version;
    expect(
      (
        await t.call('director', {
          method: 'POST',
          url: `/api/v1/children/${id}/confirm`,
          payload: { version },
        })
      ).statusCode,
    ).toBe(403);
    const ok = await t.call('supervisor', {
      method: 'POST',
      url: `/api/v1/children/${id}/confirm`,
      payload: { version },
    });
    expect(ok.statusCode).toBe(200);
    const file = (await t.call('supervisor', { method: 'GET', url: `/api/v1/children/${id}` })).json();
    expect(file.confirmedBy).not.toBeNull();
  });

  it('records every change and every read in the audit trail', async () => {
    const events = (await t.call('supervisor', { method: 'GET', url: `/api/v1/children/${id}/audit` })).json()
      .items;
    const actions = events.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'child.created',
        'child.updated',
        'child.level_changed',
        'child.level_raised',
        'mandatory_report.opened',
        'child.assessment_confirmed',
        'child.viewed',
      ]),
    );
    const update = events.find(
      (e: { action: string; changes: { field: string }[] }) =>
        e.action === 'child.updated' && e.changes.some((c) => c.field === 'conditions'),
    );
    expect(update.changes).toContainEqual({
      field: 'conditions',
      old: [],
      new: ['school.dropout_suspected'],
    });
    expect(update.actorName).toBe('五福屿儿童主任');
    const created = events.find((e: { action: string }) => e.action === 'child.created');
    const idChange = created.changes.find((c: { field: string }) => c.field === 'id_number');
    expect(idChange.new).toMatch(/^445281\*{12}$/);
    expect(
      (await t.call('director', { method: 'GET', url: `/api/v1/children/${id}/audit` })).statusCode,
    ).toBe(403);
  });

  it('takes a child off the register with a reason; never deletes it', async () => {
    const version = (await t.call('supervisor', { method: 'GET', url: `/api/v1/children/${id}` })).json()
      .version;
    expect(
      (
        await t.call('director', {
          method: 'POST',
          url: `/api/v1/children/${id}/exit`,
          payload: { reason: 'moved_away', exitedOn: '2026-11-23', version },
        })
      ).statusCode,
    ).toBe(403);
    const res = await t.call('supervisor', {
      method: 'POST',
      url: `/api/v1/children/${id}/exit`,
      payload: { reason: 'moved_away', exitedOn: '2026-11-23', version },
    });
    expect(res.statusCode).toBe(200);
    const file = (await t.call('supervisor', { method: 'GET', url: `/api/v1/children/${id}` })).json();
    expect(file).toMatchObject({
      status: 'exited',
      exitReason: 'moved_away',
      exitedOn: '2026-11-23',
      level: null,
      nextDue: null,
    });
    const active = (
      await t.call('supervisor', { method: 'GET', url: '/api/v1/children?pageSize=200' })
    ).json();
    expect(active.items.map((c: { id: string }) => c.id)).not.toContain(id);
    const all = (
      await t.call('supervisor', { method: 'GET', url: '/api/v1/children?pageSize=200&status=all' })
    ).json();
    expect(all.items.map((c: { id: string }) => c.id)).toContain(id);
  });
});

describe('ID numbers are masked unless the role may see them and asks', () => {
  it('masks in lists to the address code; no role gets full numbers in a list (privacy.api.test.ts)', async () => {
    const list = (await t.call('staff', { method: 'GET', url: '/api/v1/children' })).json();
    expect(list.items.every((c: { idNumber: string }) => /^\d{6}\*{12}$/.test(c.idNumber))).toBe(true);
    for (const who of ['staff', 'director'])
      expect(
        (await t.call(who, { method: 'GET', url: '/api/v1/children?fullIdNumber=true' })).statusCode,
      ).toBe(403);
  });
});

describe('the list in pages', () => {
  const list = async (url: string) =>
    (
      (await t.call('staff', { method: 'GET', url })).json().items as { id: string; level: string | null }[]
    ).map((c) => c);

  it('pages in every order add up to the whole list, in the same order, none twice', async () => {
    for (let i = 0; i < 4; i++)
      expect(
        (
          await create(
            'director',
            child({ name: `分页${i}`, idNumber: idNumberFor('2016-01-0' + (i + 1), 70 + i) }),
          )
        ).statusCode,
      ).toBe(201);
    for (const sort of ['due', 'name', 'level', 'updated']) {
      const whole = await list(`/api/v1/children?pageSize=200&status=all&sort=${sort}`);
      expect(whole.length).toBeGreaterThanOrEqual(5);
      const paged = [];
      for (let page = 1; page <= Math.ceil(whole.length / 2); page++)
        paged.push(...(await list(`/api/v1/children?pageSize=2&page=${page}&status=all&sort=${sort}`)));
      expect(paged.map((c) => c.id)).toEqual(whole.map((c) => c.id));
      if (sort === 'level') {
        const rank = (l: string | null) => (l === null ? 9 : ['red', 'yellow', 'blue', 'green'].indexOf(l));
        const ranks = whole.map((c) => rank(c.level));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }
    }
  });
});
