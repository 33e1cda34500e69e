// The request log (issue 14.4), captured from the logger's stream: one line per request with the fields an
// operator needs, 5xx with its stack, X-Request-Id kept when tame and made otherwise, and nothing of what
// must never be logged — password, cookie, authorization, an ID number — whatever the request carried.
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { systemActor } from '../../src/modules/access/actor.ts';
import { createUser } from '../../src/modules/users/service.ts';
import { buildApp } from '../../src/server/app.ts';
import { idNumberFor, PUNING } from '../helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

const PASSWORD = 'Secret-Pass-7731';
const ID_NUMBER = idNumberFor('2014-06-01', 517);
const PHONE = '13912345678';

let database: TestDatabase;
let app: FastifyInstance;
let userId: string;
const lines: string[] = [];
const log = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(async () => {
  database = await createTestDatabase();
  const user = await createUser(database.db, systemActor('测试'), {
    username: 'logadmin',
    password: PASSWORD,
    role: 'admin',
    regionCode: PUNING.county,
    displayName: '日志测试管理员',
    departmentId: null,
  });
  userId = user.id;
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line) lines.push(line);
      done();
    },
  });
  app = await buildApp(
    { database, config: loadConfig({}), clock: () => new Date('2026-11-23T02:00:00Z') },
    { logger: { level: 'info', stream, pretty: false } },
  );
  // A route that fails the way a bug does, with personal data in its message.
  app.get('/api/v1/test-failure', { config: { permission: 'public' } }, async () => {
    throw new Error(`boom while handling ${ID_NUMBER} / ${PHONE}`);
  });
});
afterAll(async () => {
  await app?.close();
  await database?.destroy();
});

async function signIn(): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'logadmin', password: PASSWORD },
  });
  expect(res.statusCode).toBe(200);
  const c = res.cookies[0] as { name: string; value: string };
  return `${c.name}=${c.value}`;
}

describe('the request log', () => {
  it('writes one line per request with method, route, status, duration, user and request id', async () => {
    const cookie = await signIn();
    lines.length = 0;
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/children?q=${ID_NUMBER}`,
      headers: { cookie, 'x-request-id': 'trace-42.a_b' },
    });
    expect(res.headers['x-request-id']).toBe('trace-42.a_b');
    const requestLines = log().filter((l) => l.msg === 'request');
    expect(requestLines).toHaveLength(1);
    expect(requestLines[0]).toMatchObject({
      level: 30,
      method: 'GET',
      route: '/api/v1/children',
      status: res.statusCode,
      userId,
      requestId: 'trace-42.a_b',
    });
    expect(typeof requestLines[0]?.durationMs).toBe('number');
  });

  it('makes a request id when none or an unsafe one is given, and returns it on every answer', async () => {
    for (const given of [undefined, 'has spaces and ; semicolons', 'x'.repeat(65)]) {
      lines.length = 0;
      const res = await app.inject({
        method: 'GET',
        url: '/api/v1/no-such-route',
        headers: given ? { 'x-request-id': given } : {},
      });
      expect(res.statusCode).toBe(404);
      const id = res.headers['x-request-id'];
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const line = log().find((l) => l.msg === 'request');
      expect(line).toMatchObject({ requestId: id, status: 404, route: null, userId: null });
    }
  });

  it('logs a 5xx at error level with its stack, scrubbed of personal numbers', async () => {
    lines.length = 0;
    const res = await app.inject({ method: 'GET', url: '/api/v1/test-failure' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('boom');
    const errorLine = log().find((l) => (l.err as { stack?: string } | undefined)?.stack);
    expect((errorLine?.err as { stack: string }).stack).toContain('boom while handling');
    expect(log().find((l) => l.msg === 'request')).toMatchObject({ level: 50, status: 500 });
  });

  it('never holds a password, cookie, authorization header, ID number or phone', async () => {
    lines.length = 0;
    const cookie = await signIn();
    const token = cookie.split('=')[1] as string;
    await app.inject({
      method: 'POST',
      url: '/api/v1/children',
      headers: { cookie, authorization: `Bearer ${token}` },
      payload: {
        name: '日志测试儿童',
        idNumber: ID_NUMBER,
        hukouType: 'rural',
        villageCode: PUNING.village,
        parents: [],
        caregiver: { name: '祖母', relation: '祖母', phone: PHONE, assessment: 'good' },
        conditions: [],
      },
    });
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'x', password: PASSWORD },
    });
    await app.inject({ method: 'GET', url: '/api/v1/test-failure', headers: { cookie } });
    // A careless log call elsewhere passes a whole object: the redaction paths still hold.
    app.log.info({
      req: { headers: { cookie } },
      body: { password: PASSWORD },
      user: { idNumber: ID_NUMBER },
    });
    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const secret of [PASSWORD, token, ID_NUMBER, PHONE]) expect(text).not.toContain(secret);
  });
});
