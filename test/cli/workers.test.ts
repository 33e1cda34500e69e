// `tonghu serve` with several processes on one port (issue 20.3, TONGHU_WORKERS): on PostgreSQL the
// supervisor starts the workers, announces the address once, replaces a worker that dies, and stops them all
// on SIGTERM; on the embedded database there is one process whatever is asked (its folder is one process's).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { workerCount } from '../../src/server/cluster.ts';
import { serverUrl } from '../helpers/template.ts';

const baseUrl = process.env.TEST_DATABASE_URL;
const name = `tonghu_test_workers_${randomBytes(6).toString('hex')}`;
let server: ChildProcess | null = null;

/** The server processes whose parent is `pid` (not tsx's esbuild helper beside them). */
function childrenOf(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid), '-f', 'tonghu.js serve'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
}

async function until<T>(read: () => T | Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out: ${what} (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

afterAll(async () => {
  server?.kill('SIGKILL');
  if (!baseUrl) return;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await until(
      () =>
        admin.query(`drop database if exists ${name}`).then(
          () => true,
          () => false,
        ),
      Boolean,
      'dropping the test database',
    );
  } finally {
    await admin.end();
  }
});

describe('how many server processes', () => {
  it('is one per core on PostgreSQL unless TONGHU_WORKERS says, and always one on the embedded database', () => {
    expect(workerCount({ TONGHU_WORKERS: '3' }, 'postgres')).toBe(3);
    expect(workerCount({}, 'postgres')).toBeGreaterThanOrEqual(1);
    expect(workerCount({ TONGHU_WORKERS: '3' }, 'pglite')).toBe(1);
    expect(() => workerCount({ TONGHU_WORKERS: 'many' }, 'postgres')).toThrow(/TONGHU_WORKERS 无效/);
    expect(() => workerCount({ TONGHU_WORKERS: '0' }, 'postgres')).toThrow(/TONGHU_WORKERS 无效/);
  });
});

describe.skipIf(!baseUrl)('tonghu serve with TONGHU_WORKERS=2 on PostgreSQL', () => {
  it('serves from two workers on one port, replaces one that dies, and stops them all on SIGTERM', async () => {
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`create database ${name} template ${inject('serverTemplate')}`);
    await admin.end();
    const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-workers-'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: serverUrl(baseUrl!, name),
      TONGHU_WORKERS: '2',
      TONGHU_DATA_DIR: path.join(dir, 'data'),
      PORT: '0',
      HOST: '127.0.0.1',
    };
    delete env.TONGHU_REGION;
    const child = spawn(process.execPath, [path.resolve('bin/tonghu.js'), 'serve'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const url = await until(
      () => /已启动：(http:\/\/127\.0\.0\.1:\d+)（数据库：postgres，2 个服务进程）/.exec(out)?.[1],
      Boolean,
      'the start line',
    );
    expect(out.match(/已启动/g)).toHaveLength(1);
    const workers = await until(
      () => childrenOf(child.pid!),
      (pids) => pids.length === 2,
      'two workers',
    );
    const health = async () => (await fetch(`${url}/api/health`)).status;
    for (let i = 0; i < 6; i++) expect(await health()).toBe(200);

    // A worker killed outright (what it was answering is lost with it): once the supervisor has seen it go,
    // the other answers meanwhile, and a new one takes its place.
    process.kill(workers[0]!, 'SIGKILL');
    await until(() => /服务进程 \d 意外退出（SIGKILL），正在重新启动/.test(out), Boolean, 'the exit noticed');
    expect(await health()).toBe(200);
    const replaced = await until(
      () => childrenOf(child.pid!),
      (pids) => pids.length === 2 && !pids.includes(workers[0]!),
      'a replacement worker',
    );
    expect(replaced).toContain(workers[1]);
    await until(
      () => health().catch(() => 0),
      (status) => status === 200,
      'answers after the restart',
    );

    // One stop signal ends every process, cleanly.
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    server = null;
    for (const pid of replaced) expect(() => process.kill(pid, 0), `worker ${pid}`).toThrow();
  }, 120_000);
});
