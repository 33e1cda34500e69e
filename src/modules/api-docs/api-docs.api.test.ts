// The OpenAPI document's security (issue 22 pt 1) and its browsable page (pt 5): the session cookie and the
// bearer token as securitySchemes, each operation naming what it accepts, and /api/docs serving a page that
// renders the document under the app's own content security policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';

let t: TestApp;
let doc: {
  components: { securitySchemes: Record<string, Record<string, string>> };
  paths: Record<
    string,
    Record<string, { security?: Record<string, string[]>[]; 'x-token-scopes'?: string[] }>
  >;
};

beforeAll(async () => {
  t = await createTestApp();
  const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(res.statusCode).toBe(200);
  doc = res.json();
});
afterAll(() => t.close());

describe('the OpenAPI document', () => {
  it('declares the session cookie and the bearer token', () => {
    expect(doc.components.securitySchemes).toMatchObject({
      sessionCookie: { type: 'apiKey', in: 'cookie', name: 'tonghu_session' },
      bearerToken: { type: 'http', scheme: 'bearer' },
    });
  });

  it('says on every operation what it accepts', () => {
    const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ path, method, op })),
    );
    expect(ops.length).toBeGreaterThan(50);
    for (const { path, method, op } of ops) expect(op.security, `${method} ${path}`).toBeDefined();
    expect(doc.paths['/api/health']!.get!.security).toEqual([]);
    expect(doc.paths['/api/v1/children']!.get!.security).toEqual([{ sessionCookie: [] }]);
    expect(doc.paths['/api/v1/api-clients']!.post!.security).toEqual([{ sessionCookie: [] }]);
    expect(doc.paths['/api/v1/auth/me']!.get!.security).toEqual([{ sessionCookie: [] }]);
  });

  it('opens to the token exactly the operations its scopes grant', () => {
    const tokenOps = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, op]) => op.security?.some((r) => 'bearerToken' in r))
        .map(([method, op]) => [`${method.toUpperCase()} ${path}`, op['x-token-scopes']]),
    );
    const byOp = Object.fromEntries(tokenOps);
    expect(byOp['POST /api/v1/comparison/runs']).toEqual(['roster.upload']);
    expect(byOp['GET /api/v1/departments/inbox']).toEqual(['referrals.read']);
    expect(byOp['GET /api/v1/referrals/{id}']).toEqual(['referrals.read']);
    expect(byOp['POST /api/v1/referrals/{id}/answer']).toEqual(['referrals.answer']);
    expect(byOp['POST /api/v1/referrals/{id}/close']).toBeUndefined();
  });
});

describe('GET /api/docs', () => {
  it('serves a page whose script and styles come from this origin, open to anyone', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<script src="/api/docs/docs.js"');
    expect(page.body).not.toMatch(/<script>(?!<\/script>)/);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    const script = await t.app.inject({ method: 'GET', url: '/api/docs/docs.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toContain('javascript');
    expect(script.body).toContain('/api/openapi.json');
    const css = await t.app.inject({ method: 'GET', url: '/api/docs/docs.css' });
    expect(css.headers['content-type']).toContain('text/css');
  });
});
