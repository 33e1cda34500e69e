// Children for the casework and worklist tests: a 普宁 left-behind child (green, visit every 3 months,
// contact monthly) registered through the API, with whatever the test changes.
import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import { idNumberFor, PASSWORD, PUNING, type TestApp } from './app.ts';
import { bothParentsMigrant } from './children.ts';

let sequence = 100;

/** A registration body; each call gets its own ID number. */
export function leftBehindChild(overrides: Record<string, unknown> = {}, birthDate = '2015-03-04') {
  sequence += 1;
  return {
    name: `测试儿童${sequence}`,
    idNumber: idNumberFor(birthDate, sequence),
    hukouType: 'rural',
    villageCode: PUNING.village,
    parents: bothParentsMigrant(),
    conditions: [],
    ...overrides,
  };
}

/** Registers a child as `as` and returns its id. */
export async function registerChild(
  t: TestApp,
  as: string,
  overrides: Record<string, unknown> = {},
  birthDate?: string,
): Promise<string> {
  const res = await t.call(as, {
    method: 'POST',
    url: '/api/v1/children',
    payload: leftBehindChild(overrides, birthDate),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

export async function childFile(t: TestApp, as: string, id: string) {
  const res = await t.call(as, { method: 'GET', url: `/api/v1/children/${id}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/**
 * A request as one of the cast through a session opened now: after the test moves the clock by days, the
 * sessions cached by TestApp have expired (and would be ended by the first use).
 */
export async function callWithFreshSession(t: TestApp, as: string, options: InjectOptions) {
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: as, password: PASSWORD },
  });
  expect(login.statusCode, login.body).toBe(200);
  const cookie = login.cookies[0]!;
  return t.app.inject({
    ...options,
    headers: { ...options.headers, cookie: `${cookie.name}=${cookie.value}` },
  });
}
