// Sessions cached in the server process (PostgreSQL, issue 20.3): a burst of requests reads a session once, and
// every way a session can end still ends it at once — by this process (sign-out, an account disabled through
// the API or by a statement of its own) without waiting for anything, and by anyone else (another process, a
// repair in SQL) as soon as the database announces it, long before a copy would grow old. While the
// announcements cannot be heard (the listening connection lost) nothing is answered from memory.
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { SESSION_CACHE_MS, sessionCacheOf } from './session-cache.ts';

const onServer = !!process.env.TEST_DATABASE_URL;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.forgetAll());

const me = (who: string) => t.call(who, { method: 'GET', url: '/api/v1/auth/me' });

/** Another connection to the same database, as another server process or an operator's psql would be. */
async function elsewhere<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(t.database.pool!.options as pg.ClientConfig);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function until(done: () => boolean | Promise<boolean>, ms: number): Promise<number> {
  const start = performance.now();
  while (!(await done())) {
    if (performance.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return performance.now() - start;
}

const cache = () => sessionCacheOf(t.database.db);

describe.runIf(onServer)('session cache on PostgreSQL', () => {
  beforeAll(async () => {
    await until(() => cache()?.listening === true, 5_000);
  });

  it('keeps a session it has read, and answers from it', async () => {
    expect((await me('staff')).statusCode).toBe(200);
    const cookie = await t.cookie('staff');
    const hash = (await import('./sessions.ts')).tokenHash(decodeURIComponent(cookie.split('=')[1]!));
    expect(cache()!.get(hash)).toBeDefined();
    expect((await me('staff')).json()).toMatchObject({ username: 'staff' });
  });

  it('a sign-out ends the session at once', async () => {
    expect((await me('supervisor')).statusCode).toBe(200);
    const cookie = await t.cookie('supervisor');
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBeLessThan(300);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it("this process's own change to an account takes effect on the next request, with no wait", async () => {
    expect((await me('neighbour')).statusCode).toBe(200);
    await t.database.db
      .updateTable('app_user')
      .set({ disabled: true })
      .where('username', '=', 'neighbour')
      .execute();
    try {
      expect((await me('neighbour')).statusCode).toBe(401);
    } finally {
      await t.database.db
        .updateTable('app_user')
        .set({ disabled: false })
        .where('username', '=', 'neighbour')
        .execute();
    }
  });

  it('a session ended by another connection is refused as soon as the database announces it', async () => {
    expect((await me('director')).statusCode).toBe(200);
    await elsewhere((c) =>
      c.query(
        `delete from user_session where user_id = (select id from app_user where username = 'director')`,
      ),
    );
    const waited = await until(async () => (await me('director')).statusCode === 401, SESSION_CACHE_MS / 2);
    expect(waited).toBeLessThan(SESSION_CACHE_MS / 2);
  });

  it('an account disabled by another connection is refused as soon as the database announces it', async () => {
    expect((await me('department')).statusCode).toBe(200);
    await elsewhere((c) => c.query(`update app_user set disabled = true where username = 'department'`));
    try {
      await until(async () => (await me('department')).statusCode === 401, SESSION_CACHE_MS / 2);
    } finally {
      await elsewhere((c) => c.query(`update app_user set disabled = false where username = 'department'`));
    }
  });

  it('answers nothing from memory while it cannot hear the announcements, and listens again', async () => {
    expect((await me('auditor')).statusCode).toBe(200);
    expect(cache()!.size).toBeGreaterThan(0);
    // The listening connection dropped (a restart, a failover): what it might have missed is not trusted.
    await elsewhere((c) =>
      c.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and query ilike 'listen tonghu_session'`,
      ),
    );
    await until(() => cache()!.listening === false, 5_000);
    expect(cache()!.size).toBe(0);
    // Ended meanwhile, unheard: still refused, because the copy is gone.
    await elsewhere((c) =>
      c.query(
        `delete from user_session where user_id = (select id from app_user where username = 'auditor')`,
      ),
    );
    expect((await me('auditor')).statusCode).toBe(401);
    t.forget('auditor');
    await until(() => cache()!.listening === true, 5_000);
    expect((await me('auditor')).statusCode).toBe(200);
    expect(cache()!.size).toBeGreaterThan(0);
  });
});

describe.runIf(!onServer)('session cache on PGlite', () => {
  it('is not kept: one process owns the database and reads each session from it', async () => {
    expect((await me('staff')).statusCode).toBe(200);
    expect(cache()).toBeUndefined();
  });
});
