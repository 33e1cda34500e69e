// One owner per embedded data folder (issue 14.1), tried as an operator would: a running `tonghu serve` holds
// the folder, and a second process (a CLI command, a second server) is refused with exit 3 and a message
// naming the holder, without touching the folder; a process killed with SIGKILL leaves a stale lock that the
// next opener takes over. The lock is the embedded database's: these tests run on PGlite whatever
// TEST_DATABASE_URL says.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.ts';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE, lockHolder } from '../../src/db/lock.ts';
import { tonghuSync } from '../helpers/cli.ts';
import { dataDirFromTemplate } from '../helpers/db.ts';

const BIN = path.resolve('bin/tonghu.js');
const root = mkdtempSync(path.join(tmpdir(), 'tonghu-lock-'));
const dataDir = path.join(root, 'data');
const port = 20_000 + (process.pid % 20_000);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  TONGHU_DATA_DIR: dataDir,
  DATABASE_URL: '',
  TONGHU_REGION: '',
  PORT: String(port),
  HOST: '127.0.0.1',
};

function tonghu(args: string[]) {
  return tonghuSync(args, { env });
}

/** Every file of the folder but the lock, with its size and modification time. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name !== LOCK_FILE) {
        const s = statSync(full);
        out.push(`${path.relative(dir, full)} ${s.size} ${s.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}

async function startServer(): Promise<{ child: ChildProcess; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [BIN, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (output += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => (done = true));
  // Ready when it answers over HTTP (whatever it prints).
  for (;;) {
    if (done) throw new Error(`tonghu serve exited: ${output}`);
    try {
      await fetch(`http://127.0.0.1:${port}/api/health`);
      return { child, exited };
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

beforeAll(async () => {
  await dataDirFromTemplate(dataDir);
}, 180_000);

afterAll(() => {
  // Nothing of ours may be left holding the folder.
  expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
});

describe('the data folder has one owner', () => {
  it('refuses a CLI command and a second server while a server holds the folder, touching nothing', async () => {
    const server = await startServer();
    try {
      const holder = lockHolder(dataDir);
      expect(holder).toMatchObject({ pid: server.child.pid, host: hostname(), command: 'serve' });
      const before = snapshot(dataDir);

      const migrate = tonghu(['migrate']);
      expect(migrate.code).toBe(3);
      expect(migrate.stderr).toContain(`进程 ${server.child.pid}`);
      expect(migrate.stderr).toContain(`主机 ${hostname()}`);
      expect(migrate.stderr).toContain(holder!.since);
      expect(migrate.stderr).toContain('请先停止该服务');

      const second = tonghu(['serve']);
      expect(second.code).toBe(3);
      expect(second.stderr).toContain(`进程 ${server.child.pid}`);

      expect(snapshot(dataDir)).toEqual(before);
      expect(lockHolder(dataDir)?.pid).toBe(server.child.pid);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    // Stopped: the lock went with it, and the folder opens again.
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    const after = tonghu(['migrate']);
    expect(after.code, after.stderr).toBe(0);
    expect(after.stderr).not.toContain('接管');
  }, 180_000);

  it('takes over the lock of a server killed with SIGKILL, and says so', async () => {
    const server = await startServer();
    const pid = server.child.pid!;
    server.child.kill('SIGKILL');
    await server.exited;
    expect(lockHolder(dataDir)?.pid).toBe(pid);

    const after = tonghu(['migrate']);
    expect(after.code, after.stderr).toBe(0);
    expect(after.stderr).toContain(`进程 ${pid}`);
    expect(after.stderr).toContain('已接管');
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  }, 180_000);

  it('does not take over a lock held on another host, even when its pid is not running here', () => {
    const file = path.join(dataDir, LOCK_FILE);
    writeFileSync(
      file,
      JSON.stringify({
        pid: 999_999_9,
        host: `${hostname()}-elsewhere`,
        since: '2026-12-01T00:00:00.000Z',
        command: 'serve',
        processStart: null,
        token: 'elsewhere',
      }),
    );
    try {
      const refused = tonghu(['migrate']);
      expect(refused.code).toBe(3);
      expect(refused.stderr).toContain(`主机 ${hostname()}-elsewhere`);
      expect(refused.stderr).toContain('另一台主机');
      expect(lockHolder(dataDir)?.token).toBe('elsewhere');
    } finally {
      // The operator's step once sure: delete the lock file.
      spawnSync('rm', [file]);
    }
  });

  it('refuses a second open within one process, and frees the folder on close', async () => {
    const first = await openDatabase({ dataDir, command: 'test' });
    try {
      await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
      expect(() => acquireDataDirLock(dataDir)).toThrow(/已被进程 \d+/);
    } finally {
      await first.close();
    }
    const lock = acquireDataDirLock(dataDir);
    expect(lock.tookOver).toBeNull();
    lock.release();
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  }, 120_000);
});
