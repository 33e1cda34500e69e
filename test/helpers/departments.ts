// Test fixtures for this part's API tests: departments, department accounts and children, made through the
// API the way a bureau would make them.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { idNumberFor, PASSWORD, PUNING, type TestApp } from './app.ts';

/**
 * Requests as one of the cast that survive moving the clock: sessions expire after two idle hours of the
 * injected clock, so a test that jumps days signs in again on each new day.
 */
const callers = new WeakMap<TestApp, ReturnType<typeof newCaller>>();
export function sessions(t: TestApp) {
  let caller = callers.get(t);
  if (!caller) callers.set(t, (caller = newCaller(t)));
  return caller;
}

function newCaller(t: TestApp) {
  const cookies = new Map<string, string>();
  return async (who: string | null, options: InjectOptions): Promise<LightMyRequestResponse> => {
    if (who === null) return t.app.inject(options);
    const key = `${who}@${t.today()}`;
    let cookie = cookies.get(key);
    if (!cookie) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: who, password: PASSWORD },
      });
      if (res.statusCode !== 200) throw new Error(`login ${who}: ${res.statusCode} ${res.body}`);
      const set = res.cookies[0]!;
      cookie = `${set.name}=${set.value}`;
      cookies.set(key, cookie);
    }
    return t.app.inject({ ...options, headers: { ...(options.headers ?? {}), cookie } });
  };
}

export async function addDepartment(t: TestApp, kind: string, name: string, countyCode = '445281') {
  const res = await sessions(t)('admin', {
    method: 'POST',
    url: '/api/v1/departments',
    payload: { countyCode, kind, name },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** A department account that logs in as `username` with the test password. */
export async function addDepartmentUser(t: TestApp, username: string, departmentId: string) {
  const res = await sessions(t)('admin', {
    method: 'POST',
    url: '/api/v1/users',
    payload: {
      username,
      displayName: `${username}用户`,
      role: 'department',
      regionCode: PUNING.county,
      password: PASSWORD,
      departmentId,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().user.id as string;
  // An issued password must be changed at first sign-in (issue 15.3); these tests are about departments, so the
  // account starts as if its owner had already chosen the shared test password.
  await t.database.db
    .updateTable('app_user')
    .set({ must_change_password: false })
    .where('id', '=', id)
    .execute();
  return id;
}

let sequence = 101;

export async function registerChild(t: TestApp, as: string, overrides: Record<string, unknown> = {}) {
  // The sequence's parity is the gender an ID number says (odd male, even female).
  sequence += 2;
  const res = await sessions(t)(as, {
    method: 'POST',
    url: '/api/v1/children',
    payload: {
      name: '李小华',
      idNumber: idNumberFor('2014-05-06', overrides.gender === 'female' ? sequence + 1 : sequence),
      hukouType: 'rural',
      villageCode: as === 'neighbour' ? PUNING.neighbour : PUNING.village,
      address: '五福屿村三巷8号',
      schoolName: '五福屿小学',
      schoolStage: 'primary',
      parents: [
        {
          relation: 'father',
          statuses: ['migrant'],
          migrantMonths: 8,
          crossCounty: true,
          phone: '13800000001',
        },
        { relation: 'mother', statuses: ['migrant'], migrantMonths: 8, crossCounty: true },
      ],
      caregiver: { name: '李奶奶', relation: '祖母', phone: '13800000002', agreementSignedOn: '2026-01-05' },
      ...overrides,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}
