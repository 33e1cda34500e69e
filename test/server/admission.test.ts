// Bounded waiting (issue 14.7): a request that cannot start within the bound is answered 503
// database_busy with Retry-After at once instead of waiting on; the door is first come, first served; the
// embedded database's own queue obeys the same bound, except for work that must wait its turn.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/connect.ts';
import { DatabaseBusyError, unboundedWaiting } from '../../src/db/pglite-dialect.ts';
import { ClientGoneError, Gate } from '../../src/server/admission.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the gate', () => {
  it('lets in as many as it has slots, then the waiting in arrival order, and turns away who waits too long', async () => {
    const gate = new Gate({ slots: 2, waitMs: 150 });
    const order: string[] = [];
    const a = await gate.enter();
    const b = await gate.enter();
    const c = gate.enter().then((leave) => (order.push('c'), leave));
    const d = gate.enter().then((leave) => (order.push('d'), leave));
    await sleep(20);
    expect(order).toEqual([]);
    a();
    a(); // leaving twice frees one slot only
    (await c)();
    b();
    (await d)();
    expect(order).toEqual(['c', 'd']);
    const e = await gate.enter();
    const f = await gate.enter();
    const started = Date.now();
    await expect(gate.enter()).rejects.toBeInstanceOf(DatabaseBusyError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    e();
    f();
    // The slots are free again.
    (await gate.enter())();
  });

  it('turns a request away at once when, by the pace of those before it, it would wait over half the bound', async () => {
    const gate = new Gate({ slots: 1, waitMs: 100 });
    const first = await gate.enter();
    await sleep(200);
    first(); // requests now hold their slot about 200 ms: a place in the queue means waiting ~200 ms
    const holder = await gate.enter();
    const started = Date.now();
    await expect(gate.enter()).rejects.toBeInstanceOf(DatabaseBusyError);
    expect(Date.now() - started).toBeLessThan(50);
    holder();
  });
});

describe('the gate and clients that leave', () => {
  it('a waiter that leaves is taken out of the line', async () => {
    const gate = new Gate({ slots: 1, waitMs: 5000 });
    const holder = await gate.enter();
    const gone = new AbortController();
    const leaving = gate.enter(gone.signal);
    const next = gate.enter();
    gone.abort();
    await expect(leaving).rejects.toBeInstanceOf(ClientGoneError);
    holder();
    (await next)(); // the slot went to the one behind, and came back
    (await gate.enter())();
  });

  it('a waiter that leaves after being chosen, before it is let in, passes the slot on', async () => {
    const gate = new Gate({ slots: 1, waitMs: 5000 });
    const holder = await gate.enter();
    const gone = new AbortController();
    const leaving = gate.enter(gone.signal);
    holder(); // chosen: let in on the next turn of the event loop
    gone.abort(); // … but its client leaves first
    await expect(leaving).rejects.toBeInstanceOf(ClientGoneError);
    await sleep(10);
    // The slot is free, not held by nobody: one enters at once, and a second must wait.
    const again = await gate.enter();
    let second = false;
    const waiting = gate.enter().then((leave) => ((second = true), leave));
    await sleep(20);
    expect(second).toBe(false);
    again();
    (await waiting)();
  });
});

describe('the embedded database’s queue', () => {
  it('gives up after the bound, except inside unboundedWaiting', async () => {
    const database = await openDatabase({ waitMs: 150 });
    try {
      let holding!: () => void;
      const held = new Promise<void>((r) => (holding = r));
      const transaction = database.db.transaction().execute(async (trx) => {
        await sql`select 1`.execute(trx);
        await held;
      });
      await sleep(20);
      await expect(sql`select 1`.execute(database.db)).rejects.toBeInstanceOf(DatabaseBusyError);
      const patient = unboundedWaiting(() => sql<{ one: number }>`select 1 as one`.execute(database.db));
      await sleep(300);
      holding();
      await transaction;
      expect((await patient).rows).toEqual([{ one: 1 }]);
      // The queue is whole again after a waiter gave up.
      expect((await sql<{ two: number }>`select 2 as two`.execute(database.db)).rows).toEqual([{ two: 2 }]);
    } finally {
      await database.close();
    }
  });
});

/** An app with a door of one slot and a route that holds its slot until `blocked` resolves. */
async function appWithSlowRoute(database: TestDatabase, waitMs: number, blocked: Promise<void>) {
  const app = await buildApp(
    { database, config: loadConfig({}), clock: () => new Date() },
    { logger: false, admission: { slots: 1, waitMs } },
  );
  // A request that holds its slot until the test lets it go.
  app.get('/api/v1/test-slow', { config: { permission: 'public' } }, async () => {
    await blocked;
    return { done: true };
  });
  return app;
}

describe('a server whose door is full', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let release!: () => void;
  const blocked = new Promise<void>((r) => (release = r));

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await appWithSlowRoute(database, 200, blocked);
  });
  afterAll(async () => {
    release();
    await app?.close();
    await database?.destroy();
  });

  it('answers 503 database_busy with Retry-After to who cannot get in, and serves who got in', async () => {
    const first = app.inject({ method: 'GET', url: '/api/v1/test-slow' });
    await sleep(50);
    const started = Date.now();
    const turnedAway = await app.inject({ method: 'GET', url: '/api/v1/children' });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(turnedAway.statusCode).toBe(503);
    expect(turnedAway.headers['retry-after']).toMatch(/^\d+$/);
    expect(turnedAway.json().error).toEqual({
      code: 'database_busy',
      message: expect.stringMatching(/繁忙/),
    });
    // Health is never held at the door.
    expect((await app.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
    release();
    expect((await first).json()).toEqual({ done: true });
    // The slot came back: the next request gets in (and meets the session check).
    expect((await app.inject({ method: 'GET', url: '/api/v1/children' })).statusCode).toBe(401);
  });
});

describe('clients that leave while waiting at the door', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let release!: () => void;
  const blocked = new Promise<void>((r) => (release = r));

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await appWithSlowRoute(database, 5000, blocked);
    await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    release();
    await app?.close();
    await database?.destroy();
  });

  it('do not keep a slot: the door is as wide as before once they are gone', async () => {
    const address = app.server.address() as AddressInfo;
    const first = fetch(`http://127.0.0.1:${address.port}/api/v1/test-slow`);
    await sleep(50);
    // Five clients queue behind it, then give up (as a load tester does at the end of its run).
    const leaving = Array.from({ length: 5 }, () => {
      const controller = new AbortController();
      const answer = fetch(`http://127.0.0.1:${address.port}/api/v1/children`, {
        signal: controller.signal,
      }).catch((error: Error) => error.name);
      return { controller, answer };
    });
    await sleep(200);
    for (const l of leaving) l.controller.abort();
    expect(await Promise.all(leaving.map((l) => l.answer))).toEqual(Array(5).fill('AbortError'));
    await sleep(50);
    release();
    expect((await (await first).json()) as unknown).toEqual({ done: true });
    await sleep(100);
    // With one slot, a slot kept by any of the five would make these wait out the bound and fail.
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      const next = await fetch(`http://127.0.0.1:${address.port}/api/v1/children`);
      expect(next.status).toBe(401);
      expect(Date.now() - started).toBeLessThan(1000);
    }
  });
});
