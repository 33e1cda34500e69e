// `tonghu serve` as a deployment runs it: one process, one port, the web app and the API together.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt } from '../../src/server/web-build.ts';

let server: ChildProcess;
let url: string;

beforeAll(async () => {
  await ensureWebBuilt();
  const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-serve-'));
  server = spawn(process.execPath, [path.resolve('bin/tonghu.js'), 'serve'], {
    env: { ...process.env, TONGHU_DATA_DIR: path.join(dir, 'data'), PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    server.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
});
afterAll(() => {
  server?.kill('SIGTERM');
});

describe('tonghu serve', () => {
  it('serves the built web app, with the app’s own pages falling back to index.html', async () => {
    for (const page of ['/', '/children', '/visit/abc']) {
      const res = await fetch(`${url}${page}`);
      expect(res.status, page).toBe(200);
      const html = await res.text();
      expect(html).toContain('<html lang="zh-CN">');
      expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js">/);
    }
  });

  it('serves the scripts that page names, compressed', async () => {
    const html = await (await fetch(url)).text();
    const script = /src="(\/assets\/index-[\w-]+\.js)"/.exec(html)![1]!;
    const res = await fetch(`${url}${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    expect(['br', 'gzip']).toContain(res.headers.get('content-encoding'));
    expect((await res.text()).length).toBeGreaterThan(1000);
  });

  it('answers the API on the same port', async () => {
    expect(((await (await fetch(`${url}/api/health`)).json()) as { status: string }).status).toBe('ok');
    const me = await fetch(`${url}/api/v1/auth/me`);
    expect(me.status).toBe(401);
    expect(((await me.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
  });
});
