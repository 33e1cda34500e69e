import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/db.ts';
import { loadConfig } from '../config.ts';
import { buildApp } from './app.ts';
import { MissingPermissionError, requirePermissionDeclarations } from './permissions.ts';
import Fastify from 'fastify';

let database: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp(
    { database, config: loadConfig({}), clock: () => new Date('2026-11-23T02:00:00Z') },
    { logger: false },
  );
});
afterAll(async () => {
  await app.close();
  await database.destroy();
});

describe('the HTTP application', () => {
  it('answers the health check', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: database.backend });
  });

  it('describes itself in OpenAPI', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/health']).toBeDefined();
  });

  it('answers an unknown route with the error shape', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'not_found', message: expect.stringContaining('/api/v1/nothing-here') },
    });
  });

  it('refuses to register a route that declares no permission', async () => {
    const bare = Fastify();
    requirePermissionDeclarations(bare);
    expect(() => bare.get('/api/open', async () => 'x')).toThrow(MissingPermissionError);
    await bare.close();
  });
});
