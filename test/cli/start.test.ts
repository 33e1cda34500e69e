// Runs the real `tonghu start`, `tonghu serve` and `tonghu demo` on embedded databases in temporary data
// directories: start loads the demo county into an empty database once and prints the logins, a second
// start just serves, serve never loads the demo, and demo refuses a database that holds children.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.ts';
import { login } from '../../src/modules/auth/login.ts';
import { dataDirFromTemplate } from '../helpers/db.ts';

const BIN = path.resolve('bin/tonghu.js');
const root = mkdtempSync(path.join(tmpdir(), 'tonghu-start-'));

function env(dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    TONGHU_DATA_DIR: dataDir,
    DATABASE_URL: '',
    TONGHU_REGION: '',
    PORT: '0',
    HOST: '127.0.0.1',
  };
}

/** Starts the server, waits for it to answer the health check, stops it, and returns what it printed. */
async function runServer(command: 'start' | 'serve', dataDir: string) {
  const child = spawn(process.execPath, [BIN, command], { env: env(dataDir) });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /已启动：(http:\/\/\S+?)（/.exec(stdout);
        if (match) {
          clearInterval(timer);
          resolve(match[1] as string);
        }
      }, 100);
      void exited.then((code) => {
        clearInterval(timer);
        reject(new Error(`tonghu ${command} exited with ${code}: ${stderr || stdout}`));
      });
    });
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });
  } finally {
    child.kill('SIGTERM');
  }
  const code = await exited;
  return { code, stdout, stderr };
}

async function countIn(dataDir: string) {
  const database = await openDatabase({ dataDir });
  try {
    const children = await database.db
      .selectFrom('child')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const users = await database.db
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return { children: Number(children.n), users: Number(users.n) };
  } finally {
    await database.close();
  }
}

// Each run starts Node, tsx and the embedded database, and the first start writes a whole county.
describe('tonghu start', { timeout: 300_000 }, () => {
  const dataDir = path.join(root, 'start');
  let adminPassword = '';

  it('loads the demo county into an empty database before serving, and prints the logins once', async () => {
    // Migrated already, without children (from the template): migrating a new folder is `tonghu serve`'s test below.
    await dataDirFromTemplate(dataDir);
    const { code, stdout, stderr } = await runServer('start', dataDir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('已载入演示县：普宁市（445281）');
    expect(stdout).toMatch(/村（社区）儿童主任（\d{3} 个）：/);
    expect(stdout).toContain('乡镇（街道）儿童督导员（');
    const admin = /admin-445281\s+(\S+)\s+\S+\s+系统管理员\s+普宁市/.exec(stdout);
    expect(admin).not.toBeNull();
    adminPassword = admin![1] as string;
    // The logins come before the line saying the server is up.
    expect(stdout.indexOf('admin-445281')).toBeLessThan(stdout.indexOf('已启动'));
    const counts = await countIn(dataDir);
    expect(counts.children).toBe(3000);
    expect(counts.users).toBeGreaterThan(600);
    const database = await openDatabase({ dataDir });
    try {
      const { user } = await login(
        database.db,
        { username: 'admin-445281', password: adminPassword, address: '127.0.0.1' },
        new Date(),
      );
      expect(user.role).toBe('admin');
    } finally {
      await database.close();
    }
  });

  it('just serves on the second start: no second demo, no passwords printed', async () => {
    const { code, stdout } = await runServer('start', dataDir);
    expect(code).toBe(0);
    expect(stdout).not.toContain('演示');
    expect(stdout).not.toContain(adminPassword);
    expect(stdout).toMatch(/童护 Tonghu 已启动/);
    expect((await countIn(dataDir)).children).toBe(3000);
  });

  it('tonghu demo refuses a database that holds children, naming --force', () => {
    const res = spawnSync(process.execPath, [BIN, 'demo'], { env: env(dataDir), encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('已有 3000 名儿童');
    expect(res.stderr).toContain('--force');
  });
});

describe('tonghu serve', { timeout: 300_000 }, () => {
  it('never loads the demo, even into an empty database', async () => {
    const dataDir = path.join(root, 'serve');
    const { code, stdout } = await runServer('serve', dataDir);
    expect(code).toBe(0);
    expect(stdout).not.toContain('演示');
    expect(await countIn(dataDir)).toEqual({ children: 0, users: 0 });
  });
});

describe('tonghu demo', { timeout: 300_000 }, () => {
  it('loads a small county on request and exits 2 naming a bad option', async () => {
    // Migrated already (from the template), as the start test's folder.
    const dataDir = path.join(root, 'demo');
    await dataDirFromTemplate(dataDir);
    const bad = spawnSync(process.execPath, [BIN, 'demo', '--region', '4452'], {
      env: env(dataDir),
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('字段 --region');
    // Another profile's county, and a small one: its ~110 accounts are hashed in a third of the time 普宁's ~600 take.
    const res = spawnSync(
      process.execPath,
      [BIN, 'demo', '--region', '220303', '--children', '300', '--seed', '5'],
      {
        env: env(dataDir),
        encoding: 'utf8',
      },
    );
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('已载入演示县：铁东区（220303）');
    expect(res.stdout).toContain('儿童 300 名');
    expect(res.stdout).toContain('随机种子 5');
    expect((await countIn(dataDir)).children).toBe(300);
  });
});
