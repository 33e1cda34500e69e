// The all-routes guard: every route of the assembled application declares who may call it, every route
// that is not public refuses a caller without a session (401) and one whose role lacks its permission (403),
// and only the few routes needed before signing in are public. A route added without a permission fails
// here (and stops the server from starting), so nothing is open by default.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, isPermission } from '../../src/modules/access/permissions.ts';
import { declaredRoutes, type DeclaredRoute } from '../../src/server/permissions.ts';
import { CAST, createTestApp, type TestApp } from '../helpers/app.ts';

/** The API routes open to anyone: health, the OpenAPI document, signing in and out. */
const PUBLIC_API = new Set([
  'GET /api/health',
  'GET /api/health/live',
  'GET /api/health/ready',
  'GET /api/openapi.json',
  // The OpenAPI document as a page (issue 22.5): its HTML, script and styles.
  'GET /api/docs',
  'GET /api/docs/docs.js',
  'GET /api/docs/docs.css',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
]);

const DUMMY_ID = '00000000-0000-4000-8000-000000000000';

let t: TestApp;
let routes: readonly DeclaredRoute[];
beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  routes = declaredRoutes(t.app);
});
afterAll(() => t.close());

/** A concrete URL for a route pattern: a dummy id for every parameter, something for a wildcard. */
function concrete(url: string): string {
  return url.replace(/:[A-Za-z0-9_]+/g, DUMMY_ID).replace(/\*/g, 'x');
}

/** "METHOD /path" for every route in Fastify's own route tree, parsed from printRoutes(). */
function printedRoutes(tree: string): Set<string> {
  const found = new Set<string>();
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const start = line.indexOf('/');
    if (start < 0) continue;
    const depth = Math.floor(start / 4);
    const match = /^(\S*?)(?: \(([A-Z, ]+)\))?$/.exec(line.slice(start));
    if (!match) continue;
    const path = (depth > 0 ? (stack[depth - 1] ?? '') : '') + match[1];
    stack[depth] = path;
    stack.length = depth + 1;
    for (const method of (match[2] ?? '').split(', ').filter(Boolean))
      if (method !== 'HEAD' && method !== 'OPTIONS') found.add(`${method} ${path}`);
  }
  return found;
}

describe('every registered route', () => {
  it('is seen by the permission check: the declared list matches Fastify’s own route tree', () => {
    expect(routes.length).toBeGreaterThan(10);
    const declared = new Set(routes.map((r) => `${r.method} ${r.url}`));
    const printed = printedRoutes(t.app.printRoutes({ commonPrefix: false }));
    expect(printed.size).toBeGreaterThan(10);
    expect([...printed].filter((r) => !declared.has(r))).toEqual([]);
  });

  it('declares public, authenticated or a known permission', () => {
    const bad = routes.filter(
      (r) => r.permission !== 'public' && r.permission !== 'authenticated' && !isPermission(r.permission),
    );
    expect(bad).toEqual([]);
  });

  it('is public only when it must be: under /api, just health, OpenAPI, login and logout', () => {
    const open = routes
      .filter((r) => r.permission === 'public' && r.url.startsWith('/api'))
      .map((r) => `${r.method} ${r.url}`);
    expect(open.filter((r) => !PUBLIC_API.has(r))).toEqual([]);
  });

  it('answers 401 without a session, before looking at the request (every non-public route)', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.permission !== 'public')) {
      for (const headers of [
        {},
        { cookie: 'tonghu_session=not-a-real-session' },
        // A made-up token of the right shape (issue 22.4).
        { authorization: `Bearer thk_${'A'.repeat(43)}` },
      ]) {
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: concrete(route.url),
          headers,
          // Deliberately invalid: a session check must come before validation, or the shape leaks out.
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: { bogus: true } }),
        });
        const code = res.statusCode === 401 ? res.json().error?.code : null;
        if (res.statusCode !== 401 || code !== 'unauthenticated')
          failures.push(`${route.method} ${route.url} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 to a signed-in user whose role lacks the route’s permission', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const route of routes) {
      const permission = route.permission;
      if (!isPermission(permission)) continue;
      const who = Object.keys(CAST).find((name) => !can(CAST[name]!.role, permission));
      if (!who) continue;
      checked += 1;
      const res = await t.call(who, {
        method: route.method as 'GET',
        url: concrete(route.url),
        ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: { bogus: true } }),
      });
      if (res.statusCode !== 403 || res.json().error?.code !== 'forbidden')
        failures.push(`${route.method} ${route.url} as ${who} → ${res.statusCode} ${res.body.slice(0, 120)}`);
    }
    expect(checked).toBeGreaterThan(5);
    expect(failures).toEqual([]);
  });
});
