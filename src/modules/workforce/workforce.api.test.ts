// The workforce API against the real database: every route for no session (401), the wrong role (403),
// someone outside the user's region (404), bad input (400 naming the field) and the happy path; the ledger
// scoped by region (a supervisor sees its township, a county its county).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUNING, type TestApp, createTestApp } from '../../../test/helpers/app.ts';
import { adultIdNumber, registerChildren, systemContext } from '../../../test/helpers/workforce.ts';

let t: TestApp;
const people: Record<string, string> = {};

function person(n: number, regionCode: string, extra: Record<string, unknown> = {}) {
  return { name: `人员${n}`, idNumber: adultIdNumber(n), regionCode, phone: '13800000000', ...extra };
}

async function post(as: string | null, url: string, payload: unknown) {
  return t.call(as, { method: 'POST', url, payload: payload as Record<string, unknown> });
}

beforeAll(async () => {
  t = await createTestApp();
  const ctx = systemContext(t.database.db, t.today());
  await registerChildren(ctx, PUNING.village, 2);
  for (const [key, body] of Object.entries({
    own: person(1, PUNING.village, { trainedOn: ['2026-03-01'], backgroundCheckedOn: '2026-01-10' }),
    neighbour: person(2, PUNING.neighbour),
    otherTownship: person(3, PUNING.otherTownshipVillage),
    supervisor: person(4, PUNING.township, { role: 'supervisor' }),
  })) {
    const res = await post('staff', '/api/v1/workforce/people', body);
    expect(res.statusCode, res.body).toBe(201);
    people[key] = res.json().id;
  }
});
afterAll(() => t.close());

const ID = '00000000-0000-4000-8000-000000000000';
const VALID_PERSON = { name: '某', idNumber: adultIdNumber(50), regionCode: PUNING.village };
const ROUTES: [string, string, unknown?][] = [
  ['GET', '/api/v1/workforce/ledger'],
  ['POST', '/api/v1/workforce/people', VALID_PERSON],
  ['POST', '/api/v1/workforce/import?fileName=a.ndjson', ''],
  ['GET', `/api/v1/workforce/people/${ID}`],
  ['PATCH', `/api/v1/workforce/people/${ID}`, {}],
  ['GET', `/api/v1/workforce/people/${ID}/accounts`],
  ['POST', `/api/v1/workforce/people/${ID}/posts`, { role: 'director', regionCode: PUNING.village }],
  ['POST', `/api/v1/workforce/posts/${ID}/end`, { endedOn: '2026-01-01' }],
  ['PUT', `/api/v1/workforce/people/${ID}/evaluations/2026`, { result: 'competent' }],
  ['POST', `/api/v1/workforce/people/${ID}/trainings`, { trainedOn: '2026-01-01' }],
  ['GET', '/api/v1/workforce/coverage'],
  ['GET', '/api/v1/workforce/trainings'],
  [
    'POST',
    '/api/v1/workforce/trainings',
    { heldOn: '2026-01-01', organiserLevel: 'county', kind: 'other', title: '培训', regionCode: '445281' },
  ],
  ['GET', `/api/v1/workforce/trainings/${ID}`],
  ['POST', `/api/v1/workforce/trainings/${ID}/attendees`, {}],
  ['GET', '/api/v1/workforce/training-coverage'],
];

describe('access', () => {
  it.each(ROUTES)('%s %s answers 401 without a session', async (method, url, payload) => {
    const res = await t.call(null, {
      method: method as 'GET',
      url,
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
    expect(res.statusCode).toBe(401);
  });

  it.each(ROUTES)('%s %s answers 403 to a village director', async (method, url, payload) => {
    const res = await t.call('director', {
      method: method as 'GET',
      url,
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
    expect(res.statusCode).toBe(403);
  });

  it('lets a supervisor read but not keep the ledger, and a department neither', async () => {
    expect((await t.call('supervisor', { method: 'GET', url: '/api/v1/workforce/ledger' })).statusCode).toBe(
      200,
    );
    expect((await post('supervisor', '/api/v1/workforce/people', person(9, PUNING.village))).statusCode).toBe(
      403,
    );
    expect((await t.call('department', { method: 'GET', url: '/api/v1/workforce/ledger' })).statusCode).toBe(
      403,
    );
  });
});

describe('the ledger scoped by region', () => {
  it('shows a supervisor the people of its township only, a county all of its own', async () => {
    const township = (await t.call('supervisor', { method: 'GET', url: '/api/v1/workforce/ledger' })).json();
    expect(township.items.map((i: { name: string }) => i.name).sort()).toEqual(['人员1', '人员2', '人员4']);
    const county = (
      await t.call('staff', { method: 'GET', url: '/api/v1/workforce/ledger?role=director' })
    ).json();
    expect(county.total).toBe(3);
    expect(county.items[0]).toMatchObject({
      name: '人员1',
      idNumber: `${adultIdNumber(1).slice(0, 6)}************`,
      roleName: '儿童主任',
      regionName: '五福屿村委会',
      parentRegionName: '赤岗镇',
      active: true,
      trainedThisYear: true,
      backgroundCheckedOn: '2026-01-10',
    });
  });

  it('answers 404 for someone outside the region, exactly like a missing one', async () => {
    const outside = await t.call('supervisor', {
      method: 'GET',
      url: `/api/v1/workforce/people/${people.otherTownship}`,
    });
    expect(outside.statusCode).toBe(404);
    const missing = await t.call('supervisor', { method: 'GET', url: `/api/v1/workforce/people/${ID}` });
    expect(missing.json()).toEqual(outside.json());
    expect(
      (await t.call('supervisor', { method: 'GET', url: '/api/v1/workforce/coverage?region=445281' }))
        .statusCode,
    ).toBe(404);
  });

  it('shows the full ID number only to the bureau, on request', async () => {
    const own = `/api/v1/workforce/people/${people.own}`;
    expect((await t.call('staff', { method: 'GET', url: `${own}?fullIdNumber=true` })).json().idNumber).toBe(
      adultIdNumber(1),
    );
    expect((await t.call('supervisor', { method: 'GET', url: `${own}?fullIdNumber=true` })).statusCode).toBe(
      403,
    );
  });
});

describe('keeping the ledger', () => {
  it('answers 400 naming the field for bad input', async () => {
    for (const [body, field] of [
      [person(10, PUNING.village, { idNumber: '445281198001011234' }), 'idNumber'],
      [person(11, '445281102999'), 'regionCode'],
      [person(12, PUNING.township), 'regionCode'],
      [person(13, PUNING.village, { role: 'boss' }), 'role'],
      [person(14, PUNING.village, { trainedOn: ['2026-13-01'] }), 'trainedOn.0'],
    ] as const) {
      const res = await post('staff', '/api/v1/workforce/people', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    expect(
      (await t.call('staff', { method: 'GET', url: '/api/v1/workforce/ledger?region=12' + '3' })).statusCode,
    ).toBe(400);
  });

  it('refuses a second entry for one ID number (409)', async () => {
    expect((await post('staff', '/api/v1/workforce/people', person(1, PUNING.village))).statusCode).toBe(409);
  });

  it('records a background check, a transfer, an end of post, an evaluation and a training day', async () => {
    const url = `/api/v1/workforce/people/${people.neighbour}`;
    const patched = await t.call('staff', {
      method: 'PATCH',
      url,
      payload: { backgroundCheckedOn: '2026-02-02', backgroundCheckResult: 'passed', phone: '13911112222' },
    });
    expect(patched.statusCode).toBe(200);
    const moved = await post('staff', `${url}/posts`, {
      role: 'director',
      regionCode: '445281102203',
      startedOn: '2026-11-01',
    });
    expect(moved.statusCode).toBe(201);
    expect(
      (
        await t.call('staff', {
          method: 'PUT',
          url: `${url}/evaluations/2025`,
          payload: { result: 'excellent', note: '走访到位' },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await t.call('staff', {
          method: 'PUT',
          url: `${url}/evaluations/2027`,
          payload: { result: 'competent' },
        })
      ).json().error.field,
    ).toBe('year');
    expect((await post('staff', `${url}/trainings`, { trainedOn: '2026-05-20' })).statusCode).toBe(201);
    expect((await post('staff', `${url}/trainings`, { trainedOn: '2026-05-20' })).statusCode).toBe(409);
    const file = (await t.call('supervisor', { method: 'GET', url })).json();
    expect(file).toMatchObject({
      phone: '13911112222',
      backgroundCheck: { checkedOn: '2026-02-02', result: 'passed' },
      evaluations: [{ year: 2025, result: 'excellent', resultName: '优秀', note: '走访到位' }],
      trainings: [{ trainedOn: '2026-05-20', source: 'manual' }],
    });
    expect(
      file.posts.map((p: { regionCode: string; endedOn: string | null; active: boolean }) => [
        p.regionCode,
        p.endedOn,
        p.active,
      ]),
    ).toEqual([
      [PUNING.neighbour, '2026-10-31', false],
      ['445281102203', null, true],
    ]);
    const current = file.posts[1].id;
    expect(
      (await post('staff', `/api/v1/workforce/posts/${current}/end`, { endedOn: '2026-10-01' })).json().error
        .field,
    ).toBe('endedOn');
    expect(
      (await post('supervisor', `/api/v1/workforce/posts/${current}/end`, { endedOn: '2026-11-20' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await post('staff', `/api/v1/workforce/posts/${current}/end`, { endedOn: '2026-11-20' })).statusCode,
    ).toBe(200);
  });

  it('links a user account that fits and refuses one that does not', async () => {
    const users = (await t.call('admin', { method: 'GET', url: '/api/v1/users' })).json().items as {
      id: string;
      username: string;
    }[];
    const director = users.find((u) => u.username === 'director')?.id;
    const supervisor = users.find((u) => u.username === 'supervisor')?.id;
    const url = `/api/v1/workforce/people/${people.own}`;
    expect(
      (await t.call('staff', { method: 'PATCH', url, payload: { userId: supervisor } })).json().error.field,
    ).toBe('userId');
    expect((await t.call('staff', { method: 'PATCH', url, payload: { userId: director } })).statusCode).toBe(
      200,
    );
    expect((await t.call('staff', { method: 'GET', url })).json().user).toMatchObject({
      username: 'director',
    });
  });

  it('lists the accounts a person may be linked to, taken ones last, and unlinks', async () => {
    const url = `/api/v1/workforce/people/${people.own}`;
    const accounts = async (as: string, id: string) =>
      t.call(as, { method: 'GET', url: `/api/v1/workforce/people/${id}/accounts` });
    // Linked by the test before: the village director's account, marked as this person's.
    const own = (await accounts('staff', people.own!)).json().items as {
      username: string;
      role: string;
      regionCode: string;
      linkedTo: { id: string; name: string } | null;
    }[];
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((a) => a.role === 'director' && a.regionCode === PUNING.village)).toBe(true);
    expect(own.find((a) => a.username === 'director')?.linkedTo).toMatchObject({ id: people.own });
    // The township supervisor's person sees the township's supervisor accounts, not the village's.
    const sup = (await accounts('staff', people.supervisor!)).json().items as typeof own;
    expect(sup.map((a) => a.username)).toContain('supervisor');
    expect(sup.every((a) => a.role === 'supervisor')).toBe(true);
    // Another director of the same village sees the account as taken by someone else, listed last.
    const other = await post('staff', '/api/v1/workforce/people', person(21, PUNING.village));
    expect(other.statusCode, other.body).toBe(201);
    const theirs = (await accounts('staff', other.json().id)).json().items as typeof own;
    expect(theirs.at(-1)).toMatchObject({ username: 'director', linkedTo: { name: '人员1' } });
    // A person not in the ledger is not found; a supervisor may read the ledger but not keep it.
    expect((await accounts('staff', ID)).statusCode).toBe(404);
    expect((await accounts('supervisor', people.own!)).statusCode).toBe(403);
    // Unlinking: userId null.
    expect((await t.call('staff', { method: 'PATCH', url, payload: { userId: null } })).statusCode).toBe(200);
    expect((await t.call('staff', { method: 'GET', url })).json().user).toBeNull();
    const after = (await accounts('staff', other.json().id)).json().items as typeof own;
    expect(after.find((a) => a.username === 'director')?.linkedTo).toBeNull();
    // The second director leaves again, so that the village's coverage below counts one.
    const file = (
      await t.call('staff', { method: 'GET', url: `/api/v1/workforce/people/${other.json().id}` })
    ).json();
    const ended = await post('staff', `/api/v1/workforce/posts/${file.posts[0].id}/end`, {
      endedOn: '2026-11-20',
    });
    expect(ended.statusCode, ended.body).toBe(200);
  });

  it('imports a file sent as the request body', async () => {
    const csv = `姓名,身份证号码,村（社区）代码,培训日期\n新人,${adultIdNumber(20)},445281102205,2026-03-03\n`;
    const res = await t.call('staff', {
      method: 'POST',
      url: '/api/v1/workforce/import?fileName=台账.csv',
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ imported: 1, updated: 0, rejected: 0 });
    const bad = await t.call('staff', {
      method: 'POST',
      url: '/api/v1/workforce/import?fileName=台账.csv',
      headers: { 'content-type': 'text/csv' },
      payload: `姓名,身份证号码,村（社区）代码\n坏人,123,445281102205\n`,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('第2行');
  });
});

describe('coverage and trainings over the API', () => {
  it('gives a county its coverage and a supervisor its township', async () => {
    const county = (
      await t.call('staff', { method: 'GET', url: '/api/v1/workforce/coverage?asOf=2026-11-23' })
    ).json();
    expect(
      county.villages.find((v: { villageCode: string }) => v.villageCode === PUNING.village),
    ).toMatchObject({
      targetChildren: 2,
      directors: 1,
      required: 1,
      shortfall: 0,
      untrainedThisYear: 0,
      villageName: '五福屿村委会',
    });
    const township = (
      await t.call('supervisor', { method: 'GET', url: '/api/v1/workforce/coverage' })
    ).json();
    expect(township.region).toBe('445281102');
    expect(
      township.villages.every((v: { villageCode: string }) => v.villageCode.startsWith('445281102')),
    ).toBe(true);
  });

  it('records a course with attendees and reports the year’s coverage', async () => {
    const created = await post('staff', '/api/v1/workforce/trainings', {
      heldOn: '2026-09-09',
      organiserLevel: 'county',
      kind: 'full_coverage',
      title: '全覆盖培训',
      regionCode: '445281',
      attendees: { personIds: [people.otherTownship] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const course = created.json().id;
    expect(
      (
        await post('staff', `/api/v1/workforce/trainings/${course}/attendees`, {
          idNumbers: [adultIdNumber(4)],
        })
      ).json(),
    ).toEqual({ added: 1 });
    expect(
      (await t.call('supervisor', { method: 'GET', url: `/api/v1/workforce/trainings/${course}` })).json()
        .attendees,
    ).toEqual([{ personId: people.supervisor, name: '人员4' }]);
    const coverage = (
      await t.call('staff', { method: 'GET', url: '/api/v1/workforce/training-coverage?year=2026' })
    ).json();
    expect(coverage.items.find((i: { role: string }) => i.role === 'supervisor')).toMatchObject({
      total: 1,
      trained: 1,
    });
    expect(
      (await post('staff', '/api/v1/workforce/trainings', { heldOn: '2026-09-09' })).json().error.field,
    ).toBe('organiserLevel');
    expect(
      (await t.call('staff', { method: 'GET', url: '/api/v1/workforce/trainings?year=2026' })).json().items,
    ).toHaveLength(1);
  });
});
