// Every operation, called as someone who may call it, with the smallest body its schema allows and with an
// empty or invalid one (issue 22.2–3): never a 500, and every 4xx says what is wrong in Chinese, never in
// zod's or Fastify's English. Plus invalid query parameters and malformed JSON on a few known routes, bodies
// sent to operations that take none, and a PATCH with nothing to change.
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CAST, PUNING, createTestApp, idNumberFor, type TestApp } from '../../test/helpers/app.ts';
import { can, isPermission } from '../modules/access/permissions.ts';
import { hasChinese } from '../shared/zod-chinese.ts';
import { declaredRoutes, type DeclaredRoute } from './permissions.ts';

let t: TestApp;
/** A real child in the director's village, so that the routes about one child reach past the 404. */
let childId: string;
beforeAll(async () => {
  t = await createTestApp();
  const created = await t.call('director', {
    method: 'POST',
    url: '/api/v1/children',
    payload: {
      name: '王小红',
      idNumber: idNumberFor('2016-05-06', 31),
      hukouType: 'rural',
      villageCode: PUNING.village,
      parents: [
        {
          relation: 'father',
          statuses: ['migrant'],
          migrantMonths: 9,
          crossCounty: true,
          coreUrbanBoth: false,
        },
        {
          relation: 'mother',
          statuses: ['migrant'],
          migrantMonths: 9,
          crossCounty: true,
          coreUrbanBoth: false,
        },
      ],
      caregiver: { name: '王奶奶', relation: '祖母', agreementSignedOn: '2026-01-05', assessment: 'good' },
      conditions: [],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  childId = created.json().id;
});
afterAll(() => t.close());

// Phrases of zod's and Fastify's English messages; none may reach a person.
const ENGLISH =
  /expected|invalid input|too big|too small|required|unrecognized|body is not|content-type|must be/i;

function expectReadableRefusal(res: LightMyRequestResponse, what: string): void {
  expect(res.statusCode, `${what}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
  if (res.statusCode < 400) return;
  const message = String(res.json<{ error?: { message?: string } }>().error?.message ?? '');
  expect(hasChinese(message), `${what}: message not Chinese: ${message}`).toBe(true);
  expect(message, `${what}`).not.toMatch(ENGLISH);
}

/** Someone in the cast who may call a route (county staff for public and authenticated ones). */
function callerFor(route: DeclaredRoute): string | null {
  if (route.permission === 'public') return null;
  if (route.permission === 'authenticated' || !isPermission(route.permission)) return 'staff';
  const permission = route.permission;
  const who = Object.entries(CAST).find(([, u]) => can(u.role, permission));
  return who ? who[0] : 'staff';
}

// Strings tried, in order, for a string field: the first its schema accepts is used.
const STRING_CANDIDATES = [
  PUNING.village,
  PUNING.county,
  '445281',
  '2026-11-23',
  '2026-11',
  randomUUID(),
  'a',
  '测试',
  'auth.login',
  '127.0.0.1',
  '13800138000',
  '1',
];
const NUMBER_CANDIDATES = [1, 0, 2026, 10, 100];

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const accepts = (schema: unknown, value: unknown) => (schema as z.ZodType).safeParse(value).success;

/** The smallest value a zod schema accepts (optional fields left out), or undefined where none was found. */
function smallest(schema: unknown, depth = 0): unknown {
  if (depth > 12) return undefined;
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
      return def.type === 'nullable' ? null : undefined;
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape as Record<string, unknown>)) {
        if (accepts(field, undefined)) continue;
        out[key] = smallest(field, depth + 1);
      }
      return out;
    }
    case 'string':
      return STRING_CANDIDATES.find((c) => accepts(schema, c)) ?? 'a';
    case 'number':
    case 'bigint':
      return NUMBER_CANDIDATES.find((c) => accepts(schema, c)) ?? 1;
    case 'boolean':
      return false;
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'literal':
      return (def.values as unknown[])[0];
    case 'array': {
      if (accepts(schema, [])) return [];
      return [smallest(def.element, depth + 1)];
    }
    case 'record':
      return {};
    case 'union': {
      for (const option of def.options as unknown[]) {
        const value = smallest(option, depth + 1);
        if (accepts(schema, value)) return value;
      }
      return smallest((def.options as unknown[])[0], depth + 1);
    }
    case 'pipe':
      return smallest(def.in, depth + 1);
    case 'lazy':
      return smallest((def.getter as () => unknown)(), depth + 1);
    default:
      return undefined;
  }
}

function urlFor(route: DeclaredRoute): string {
  const params = route.schema?.params;
  let url = route.url;
  for (const name of route.url.match(/:[A-Za-z]+/g) ?? []) {
    const key = name.slice(1);
    const shape = params ? (defOf(params).shape as Record<string, unknown> | undefined) : undefined;
    const field = shape?.[key];
    const aboutAChild = key === 'id' && route.url.startsWith('/api/v1/children/:id');
    const value = aboutAChild ? childId : field ? smallest(field) : randomUUID();
    url = url.replace(name, encodeURIComponent(String(value ?? '1')));
  }
  return url.replace(/\*$/, 'x');
}

function queryFor(route: DeclaredRoute): Record<string, string> {
  const schema = route.schema?.querystring;
  if (!schema) return {};
  const value = smallest(schema) as Record<string, unknown> | undefined;
  return Object.fromEntries(Object.entries(value ?? {}).map(([k, v]) => [k, String(v)]));
}

/** Routes that end or change the caller's session: sign in again after them. */
const changesSession = (url: string) => /logout|password|sessions|login/.test(url);

async function call(route: DeclaredRoute, options: { payload?: string; contentType?: string }) {
  const who = callerFor(route);
  const headers: Record<string, string> = {};
  if (options.contentType) headers['content-type'] = options.contentType;
  const res = await t.call(who, {
    method: route.method as 'GET',
    url: urlFor(route),
    query: queryFor(route),
    headers,
    ...(options.payload !== undefined ? { payload: options.payload } : {}),
  });
  if (who && changesSession(route.url)) t.forget(who);
  return res;
}

const API = () => declaredRoutes(t.app).filter((r) => r.url.startsWith('/api/'));

describe('every operation', () => {
  it('has its schemas to sweep (the sweep covers the whole API)', () => {
    expect(API().length).toBeGreaterThan(100);
    expect(API().filter((r) => r.schema?.body).length).toBeGreaterThan(20);
  });

  it('answers the smallest body its schema allows without a 500, and any refusal in Chinese', async () => {
    const builtBodies: string[] = [];
    for (const route of API()) {
      const bodySchema = route.schema?.body;
      if (!bodySchema || route.method === 'GET') {
        const res = await call(route, {});
        expectReadableRefusal(res, `${route.method} ${route.url}`);
        continue;
      }
      const body = smallest(bodySchema);
      if (accepts(bodySchema, body)) builtBodies.push(route.url);
      const res = await call(route, { payload: JSON.stringify(body ?? {}), contentType: 'application/json' });
      expectReadableRefusal(res, `${route.method} ${route.url} ${JSON.stringify(body)}`);
    }
    // The generator really builds schema-valid bodies for most operations that take one.
    const withBody = API().filter((r) => r.schema?.body && r.method !== 'GET').length;
    expect(builtBodies.length).toBeGreaterThan(withBody * 0.8);
  });

  it('refuses an empty, null, array, text or malformed body in Chinese, never with a 500', async () => {
    const bad: { payload: string; contentType: string }[] = [
      { payload: '', contentType: 'application/json' },
      { payload: 'null', contentType: 'application/json' },
      { payload: '[]', contentType: 'application/json' },
      { payload: '{"a":', contentType: 'application/json' },
      { payload: 'hello', contentType: 'text/plain' },
    ];
    for (const route of API()) {
      if (route.method === 'GET' || route.schema?.body === undefined) continue;
      for (const b of bad) {
        const res = await call(route, b);
        expectReadableRefusal(
          res,
          `${route.method} ${route.url} ${b.contentType} ${JSON.stringify(b.payload)}`,
        );
        expect(res.statusCode, `${route.method} ${route.url} ${b.payload}`).toBeGreaterThanOrEqual(400);
      }
    }
  });

  it('refuses a body on every operation that takes none', async () => {
    for (const route of API()) {
      if (route.method === 'GET' || route.schema?.body !== undefined) continue;
      if ((route as { schema?: unknown }).schema === undefined && route.url.includes('*')) continue;
      for (const b of [
        { payload: 'null', contentType: 'application/json' },
        { payload: '[1]', contentType: 'application/json' },
        { payload: '{"x":1}', contentType: 'application/json' },
        { payload: 'hello', contentType: 'text/plain' },
      ]) {
        const res = await call(route, b);
        const what = `${route.method} ${route.url} ${b.contentType} ${b.payload}`;
        expectReadableRefusal(res, what);
        // Upload routes take a file; every other one refuses.
        if (!/imports\/children$|workforce\/import$|comparison\/runs$/.test(route.url))
          expect(res.statusCode, what).toBe(400);
      }
    }
  });
});

describe('every query parameter', () => {
  it('refuses a nonsense value without a 500, in Chinese', async () => {
    let refused = 0;
    for (const route of API()) {
      const schema = route.schema?.querystring;
      if (!schema) continue;
      const keys = Object.keys((defOf(schema).shape as Record<string, unknown> | undefined) ?? {});
      for (const key of keys) {
        for (const value of ['-1x', '9'.repeat(400)]) {
          const res = await t.call(callerFor(route), {
            method: route.method as 'GET',
            url: urlFor(route),
            query: { ...queryFor(route), [key]: value },
            ...(route.schema?.body && route.method !== 'GET'
              ? {
                  payload: JSON.stringify(smallest(route.schema.body) ?? {}),
                  headers: { 'content-type': 'application/json' },
                }
              : {}),
          });
          if (changesSession(route.url)) t.forget(callerFor(route) ?? '');
          expectReadableRefusal(res, `${route.method} ${route.url}?${key}=${value.slice(0, 10)}`);
          if (res.statusCode === 400) refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(50);
  });
});

describe('known refusals', () => {
  it('takes an empty JSON object as no body (clients that always send one are not refused)', async () => {
    const res = await t.call('staff', {
      method: 'POST',
      url: '/api/v1/auth/logout',
      payload: '{}',
      headers: { 'content-type': 'application/json' },
    });
    t.forget('staff');
    expect(res.statusCode).toBeLessThan(300);
  });

  it('locks and unlocks only without a body', async () => {
    for (const action of ['lock', 'unlock']) {
      for (const [payload, contentType] of [
        ['null', 'application/json'],
        ['[]', 'application/json'],
        ['hi', 'text/plain'],
      ] as const) {
        const route = API().find((r) => r.url === `/api/v1/users/:id/${action}`);
        expect(route).toBeDefined();
        const res = await t.call(callerFor(route!), {
          method: 'POST',
          url: `/api/v1/users/${randomUUID()}/${action}`,
          payload,
          headers: { 'content-type': contentType },
        });
        expect(res.statusCode).toBe(400);
        expect(res.json().error.message).toContain('不接受请求内容');
      }
    }
  });

  it('previews an assessment from empty facts (schema-valid, so never a 500)', async () => {
    const res = await t.call('staff', {
      method: 'POST',
      url: '/api/v1/children/assess-preview',
      payload: { villageCode: PUNING.village, facts: {} },
    });
    expectReadableRefusal(res, 'assess-preview');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('facts.birthDate');
    expect(res.json().error.message).toContain('出生日期');
  });

  it('names the field in Chinese for invalid query parameters', async () => {
    const cases: [string, string][] = [
      ['page=abc', '页码'],
      ['pageSize=100000', '每页条数'],
      ['level=purple', '关爱等级'],
    ];
    for (const [query, label] of cases) {
      const res = await t.call('staff', { method: 'GET', url: `/api/v1/children?${query}` });
      expect(res.statusCode, query).toBe(400);
      const error = res.json().error;
      expect(error.code).toBe('bad_input');
      expect(error.message, query).toContain(label);
      expect(error.message, query).not.toMatch(ENGLISH);
      expect(error.field.startsWith(query.split('=')[0]!)).toBe(true);
    }
  });

  it('says in Chinese that malformed or empty JSON, a wrong content type or a huge body is refused', async () => {
    const login = (payload: string, contentType: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload,
        headers: { 'content-type': contentType },
      });
    const malformed = await login('{"username":', 'application/json');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.message).toContain('不是有效的 JSON');
    const empty = await login('', 'application/json');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('请求内容为空');
    const wrongType = await login('username=a', 'application/x-www-form-urlencoded');
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json().error.message).toContain('不支持这种内容类型');
    const huge = await login(JSON.stringify({ username: 'a'.repeat(20_000) }), 'application/json');
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.message).toBe('请求内容过大');
  });

  it('never repeats an ID number or a phone sent in a wrong place', async () => {
    const res = await t.call('staff', {
      method: 'POST',
      url: '/api/v1/children/assess-preview',
      payload: { villageCode: '44528119900101123X', facts: { '13800138000': 1 } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toContain('44528119900101123X');
    expect(res.body).not.toContain('13800138000');
    expect(res.json().error.message).toContain('村（社区）代码');
  });

  it('refuses a PATCH with nothing to change', async () => {
    const patches = API().filter((r) => r.method === 'PATCH' && r.schema?.body);
    expect(patches.length).toBeGreaterThan(0);
    for (const route of patches) {
      for (const payload of ['{}', '{"notAField":1}']) {
        const res = await call(route, { payload, contentType: 'application/json' });
        const what = `${route.url} ${payload}`;
        expectReadableRefusal(res, what);
        // A missing record may answer first (404); otherwise the empty change is the refusal.
        if (res.statusCode !== 404 && res.statusCode !== 403) expect(res.statusCode, what).toBe(400);
      }
    }
  });
});
