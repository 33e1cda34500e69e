// Liveness and readiness (issue 14.5): live answers while the process runs; ready only while the database
// answers, every migration has run and the server is not draining — each condition checked on its own.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

let database: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({ database, config: loadConfig({}), clock: () => new Date() }, { logger: false });
});
afterAll(async () => {
  await app?.close();
  await database?.destroy();
});

const ready = () => app.inject({ method: 'GET', url: '/api/health/ready' });

describe('health', () => {
  it('answers live without a session', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health/live' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('is not ready while a migration has not run, then ready once it has', async () => {
    const last = await database.db
      .selectFrom('kysely_migration' as never)
      .select('name' as never)
      .orderBy('name' as never, 'desc')
      .executeTakeFirstOrThrow();
    const { name } = last as { name: string };
    await database.db
      .deleteFrom('kysely_migration' as never)
      .where('name' as never, '=', name as never)
      .execute();
    const pending = await ready();
    expect(pending.statusCode).toBe(503);
    expect(pending.json()).toMatchObject({ status: 'not_ready', database: 'ok', migrations: 'pending' });
    await database.db
      .insertInto('kysely_migration' as never)
      .values({ name, timestamp: new Date().toISOString() } as never)
      .execute();
    const res = await ready();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ready',
      backend: database.backend,
      database: 'ok',
      migrations: 'current',
      draining: false,
    });
  });

  it('is not ready once draining has begun, while live still answers', async () => {
    app.lifecycle.draining = true;
    try {
      const res = await ready();
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 'not_ready', draining: true, database: 'ok' });
      expect((await app.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
    } finally {
      app.lifecycle.draining = false;
    }
  });
});
