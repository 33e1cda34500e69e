// Serving the built web app beside the API: files from the build (pre-compressed, cached by content hash),
// index.html for any other page path (the app's router decides), and the API untouched — an unknown API
// path keeps its JSON 404. The build here is a small real directory of files, written for the test.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/db.ts';
import { loadConfig } from '../config.ts';
import { buildApp } from './app.ts';

const SCRIPT = 'console.log("童护");'.repeat(50);
let database: TestDatabase;
let app: FastifyInstance;
let bare: FastifyInstance;

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'tonghu-web-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>童护</title><div id="root"></div>');
  writeFileSync(path.join(root, 'assets', 'index-AbC123.js'), SCRIPT);
  writeFileSync(path.join(root, 'assets', 'index-AbC123.js.gz'), gzipSync(SCRIPT));
  writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'outside the build');
  database = await createTestDatabase();
  const ctx = { database, config: loadConfig({}), clock: () => new Date('2026-11-23T02:00:00Z') };
  app = await buildApp(ctx, { webRoot: root, logger: false });
  bare = await buildApp(ctx, { webRoot: path.join(root, 'assets'), logger: false }); // no index.html: nothing served
});
afterAll(async () => {
  await app.close();
  await bare.close();
  await database.destroy();
});

describe('the web app on the API’s port', () => {
  it('serves index.html at / and, for the app’s own router, at any page path', async () => {
    for (const url of [
      '/',
      '/children',
      '/children/6f1c0c8e-0000-4000-8000-000000000000?tab=audit',
      '/visit',
    ]) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<div id="root">');
    }
  });

  it('serves built assets pre-compressed and cached for good', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toContain('javascript');
    const plain = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js' });
    expect(plain.body).toBe(SCRIPT);
  });

  it('answers a missing file with 404, not with the page', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/missing-123.js' });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('<div id="root">');
  });

  it('never serves a file from outside the build', async () => {
    for (const url of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.body, url).not.toContain('outside the build');
    }
  });

  it('leaves the API alone: an unknown API path keeps its JSON 404, a real one answers', async () => {
    const unknown = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({
      error: { code: 'not_found', message: expect.stringContaining('/api/v1/nothing-here') },
    });
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json().status).toBe('ok');
  });

  it('serves nothing without a build: the API alone', async () => {
    const res = await bare.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});
