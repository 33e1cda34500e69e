// Surviving the database (issue 14.3): a connection error of any kind is a 503 with Retry-After and a
// Chinese message, never a dead process; sessions killed by the server under a load of writes lose no
// write that was confirmed, and service resumes by itself.
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/connect.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestApp, idNumberFor, PUNING, type TestApp } from '../helpers/app.ts';

describe('a PostgreSQL server that refuses connections', () => {
  it('answers 503 database_unavailable with Retry-After, and keeps serving', async () => {
    // Port 1 on the loopback: nothing listens there, so every connection attempt is refused.
    const database = await openDatabase({
      databaseUrl: 'postgres://postgres@127.0.0.1:1/tonghu',
      waitMs: 2000,
      onConnectionError: () => {},
    });
    const app = await buildApp(
      { database, config: loadConfig({}), clock: () => new Date() },
      { logger: false },
    );
    try {
      for (const url of ['/api/health', '/api/v1/children']) {
        const res = await app.inject({ method: 'GET', url, headers: { cookie: 'tonghu_session=x' } });
        expect(res.statusCode, url).toBe(503);
        expect(res.headers['retry-after'], url).toMatch(/^\d+$/);
        expect(res.json().error.code).toBe('database_unavailable');
        expect(res.json().error.message).toMatch(/数据库/);
      }
    } finally {
      await app.close();
      await database.close();
    }
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('sessions terminated by the server during concurrent writes', () => {
  let t: TestApp;
  afterAll(() => t?.close());

  it('keeps the process up, loses no confirmed write, and resumes by itself', async () => {
    t = await createTestApp();
    await t.cookie('staff');
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(t.database.db);
    const name = rows[0]?.name;
    const killer = new pg.Client({ connectionString: serverUrl });
    await killer.connect();
    let terminated = 0;
    let killing = true;
    const killing$ = (async () => {
      while (killing) {
        const res = await killer.query(
          `select pg_terminate_backend(pid) as done from pg_stat_activity
            where datname = $1 and pid <> pg_backend_pid()`,
          [name],
        );
        terminated += res.rows.filter((r: { done: boolean }) => r.done).length;
        await new Promise((r) => setTimeout(r, 300));
      }
    })();

    const outcomes: { id: string | null; status: number; retryAfter: unknown; code: unknown }[] = [];
    const writes = 120;
    const concurrency = 8;
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < writes) {
          const i = next++;
          const idNumber = idNumberFor('2015-03-04', i + 100);
          const res = await t.call('staff', {
            method: 'POST',
            url: '/api/v1/children',
            payload: child(idNumber),
          });
          outcomes.push({
            id: res.statusCode === 201 ? (res.json() as { id: string }).id : null,
            status: res.statusCode,
            retryAfter: res.headers['retry-after'],
            code: res.statusCode >= 300 ? res.json().error.code : null,
          });
        }
      }),
    );
    killing = false;
    await killing$;
    await killer.end();

    expect(terminated).toBeGreaterThan(0);
    const confirmed = outcomes.filter((o) => o.status === 201);
    const refused = outcomes.filter((o) => o.status >= 300);
    // Every failure is the database's, said as such: 503 with Retry-After, nothing else (no 500).
    for (const o of refused) {
      expect(o.status).toBe(503);
      expect(o.code).toBe('database_unavailable');
      expect(o.retryAfter).toMatch(/^\d+$/);
    }
    expect(refused.length).toBeGreaterThan(0);
    expect(confirmed.length).toBeGreaterThan(0);

    // Service resumes by itself, and every confirmed write is there.
    const after = await t.call('staff', {
      method: 'POST',
      url: '/api/v1/children',
      payload: child(idNumberFor('2015-03-05', 999)),
    });
    expect(after.statusCode).toBe(201);
    const stored = new Set((await t.database.db.selectFrom('child').select('id').execute()).map((r) => r.id));
    const lost = confirmed.filter((o) => !o.id || !stored.has(o.id));
    expect(lost.length).toBe(0);
  }, 180_000);
});

function child(idNumber: string) {
  return {
    name: '测试儿童',
    idNumber,
    hukouType: 'rural',
    villageCode: PUNING.village,
    parents: [
      {
        relation: 'father',
        statuses: ['migrant'],
        migrantMonths: 8,
        crossCounty: true,
        coreUrbanBoth: false,
      },
      {
        relation: 'mother',
        statuses: ['migrant'],
        migrantMonths: 8,
        crossCounty: true,
        coreUrbanBoth: false,
      },
    ],
    caregiver: { name: '祖母', relation: '祖母', agreementSignedOn: '2026-01-05', assessment: 'good' },
    conditions: [],
  };
}
