// The CLI's writing commands against a folder a running `tonghu serve` holds (issue 14.1), tried as an operator
// would: a real server on a temporary embedded data folder, and `tonghu backup` / `users add` /
// `users reset-password` / `regions load` run as child processes against the same folder. They succeed,
// carried out by the server (the result is visible through its API at once), and are audited as the command
// line; `restore` is refused while served; the server's door refuses anyone without its token, from a proxy,
// and the token never reaches its log. The lock is the embedded database's: PGlite whatever
// TEST_DATABASE_URL says.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.ts';
import { LOCK_FILE, lockHolder } from '../../src/db/lock.ts';
import { contractChild, idNumberOf, writeNdjson } from '../helpers/import-files.ts';
import { tonghuSync } from '../helpers/cli.ts';
import { dataDirFromTemplate } from '../helpers/db.ts';

const CHILDREN = [
  contractChild(),
  contractChild({ externalId: 'A-0002', name: '李四', idNumber: idNumberOf('2012-01-05', 22) }),
];

const BIN = path.resolve('bin/tonghu.js');
const root = mkdtempSync(path.join(tmpdir(), 'tonghu-door-'));
const dataDir = path.join(root, 'data');

const env: NodeJS.ProcessEnv = {
  ...process.env,
  TONGHU_DATA_DIR: dataDir,
  TONGHU_KEY_FILE: path.join(root, 'keys.json'),
  DATABASE_URL: '',
  TONGHU_REGION: '',
  // Any free port: the CLI finds the server through the lock file, and so does this test.
  PORT: '0',
  HOST: '127.0.0.1',
  TONGHU_BACKUP_DIR: '',
};

function tonghu(args: string[], extra: NodeJS.ProcessEnv = {}) {
  return tonghuSync(args, {
    env: { ...env, ...extra },
    cwd: root,
  });
}

interface Server {
  child: ChildProcess;
  exited: Promise<number | null>;
  url: string;
  token: string;
  output: () => string;
}

async function startServer(): Promise<Server> {
  const child = spawn(process.execPath, [BIN, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (output += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => (done = true));
  for (;;) {
    if (done) throw new Error(`tonghu serve exited: ${output}`);
    const server = lockHolder(dataDir)?.server;
    if (server && lockHolder(dataDir)?.pid === child.pid)
      try {
        await fetch(`${server.url}/api/health/live`);
        return { child, exited, url: server.url, token: server.adminToken, output: () => output };
      } catch {
        // Not answering yet.
      }
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function login(url: string, username: string, password: string): Promise<number> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return response.status;
}

async function door(url: string, headers: Record<string, string>) {
  const response = await fetch(`${url}/api/internal/commands/regions%20load`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ args: { scope: '445281' }, who: 'test' }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  await dataDirFromTemplate(dataDir);
}, 180_000);

afterAll(() => {
  expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
});

describe('commands against a served folder go through the server', () => {
  it('backs up, adds an account and resets its password through the server; restore is refused', async () => {
    const server = await startServer();
    const pid = server.child.pid!;
    try {
      const via = `由运行中的服务（进程 ${pid}）执行`;

      // A relative path is the terminal's, not the server's.
      writeNdjson(root, 'children.ndjson', CHILDREN);
      const imported = tonghu(['import', 'children', 'children.ndjson']);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stderr).toContain(via);
      expect(imported.stdout).toBe('imported 2, updated 0, rejected 0\n');

      const backup = tonghu(['backup', 'served.backup']);
      expect(backup.code, backup.stderr).toBe(0);
      expect(backup.stderr).toContain(via);
      expect(backup.stdout).toMatch(/已备份到 .*served\.backup：\d+ 张表/);
      const file = path.join(root, 'served.backup');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const bytes = readFileSync(file);
      expect(bytes.subarray(0, 40).toString('latin1')).toContain('"format":"tonghu-backup-sm4"');
      // The children just imported are in it, and none of their ID numbers or names can be read from it.
      for (const child of CHILDREN) {
        expect(bytes.includes(Buffer.from(String(child.idNumber)))).toBe(false);
        expect(bytes.includes(Buffer.from(String(child.name)))).toBe(false);
      }

      const add = tonghu([
        'users',
        'add',
        '--username',
        'ops1',
        '--name',
        '运维甲',
        '--role',
        'admin',
        '--region',
        '445281',
      ]);
      expect(add.code, add.stderr).toBe(0);
      expect(add.stderr).toContain(via);
      const initial = /初始密码：(\S+)（/.exec(add.stdout)?.[1];
      expect(initial).toBeTruthy();
      // Visible to the server at once: the new account signs in there.
      expect(await login(server.url, 'ops1', initial!)).toBe(200);

      const reset = tonghu(['users', 'reset-password', 'ops1', '--password', 'Xy7!qwerty-new']);
      expect(reset.code, reset.stderr).toBe(0);
      expect(reset.stderr).toContain(via);
      expect(await login(server.url, 'ops1', 'Xy7!qwerty-new')).toBe(200);
      expect(await login(server.url, 'ops1', initial!)).toBe(401);

      const list = tonghu(['users', 'list']);
      expect(list.code, list.stderr).toBe(0);
      expect(list.stderr).toContain(via);
      expect(list.stdout).toMatch(/ops1\s+运维甲\s+系统管理员\s+445281/);

      // A failure there is the command's failure here: the same message and exit code as run locally.
      const missing = tonghu(['users', 'reset-password', 'nobody']);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('tonghu users reset-password: 账号 nobody 不存在');

      const regions = tonghu(['regions', 'load', '445281']);
      expect(regions.code, regions.stderr).toBe(0);
      expect(regions.stdout).toMatch(/已载入 445281 区划 \d+ 条/);

      const restore = tonghu(['restore', 'served.backup']);
      expect(restore.code).toBe(3);
      expect(restore.stderr).toContain('不能在服务运行时恢复');
      expect(restore.stderr).toContain(`请先停止服务（如 kill ${pid}）`);

      // The door: loopback with the token only, never a proxied request, and the token never in the log.
      expect((await door(server.url, {})).status).toBe(403);
      expect((await door(server.url, { 'x-tonghu-admin-token': 'x'.repeat(43) })).status).toBe(403);
      expect(
        (await door(server.url, { 'x-tonghu-admin-token': server.token, 'x-forwarded-for': '203.0.113.9' }))
          .status,
      ).toBe(403);
      const allowed = await door(server.url, { 'x-tonghu-admin-token': server.token });
      expect(allowed.status).toBe(200);
      expect(allowed.body.exitCode).toBe(0);
      expect(server.output()).not.toContain(server.token);
      expect(server.output()).not.toContain('Xy7!qwerty-new');
      expect(server.output()).not.toContain(initial!);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);

    // The server audited what it did as the command line.
    const env0 = process.env.TONGHU_KEY_FILE;
    process.env.TONGHU_KEY_FILE = env.TONGHU_KEY_FILE;
    try {
      const database = await openDatabase({ dataDir, command: 'test' });
      try {
        const events = await database.db
          .selectFrom('audit_event')
          .select(['action', 'actor_name'])
          .where('action', 'in', ['backup'])
          .execute();
        expect(events.length).toBe(1);
        expect(events[0]!.actor_name).toMatch(/^命令行（.+）$/);
        const children = await database.db.selectFrom('child').select('external_id').execute();
        expect(children.map((c) => c.external_id).sort()).toEqual(
          CHILDREN.map((c) => String(c.externalId)).sort(),
        );
      } finally {
        await database.close();
      }
    } finally {
      process.env.TONGHU_KEY_FILE = env0;
    }

    // The backup the server wrote restores, with the same key file, into a new folder once nothing serves.
    const restored = tonghu(['restore', 'served.backup'], { TONGHU_DATA_DIR: path.join(root, 'restored') });
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/已从 served\.backup 恢复 \d+ 张表/);
    // Without the key file it cannot be read, and says why.
    const keyless = tonghu(['restore', 'served.backup'], {
      TONGHU_DATA_DIR: path.join(root, 'restored2'),
      TONGHU_KEY_FILE: path.join(root, 'elsewhere', 'keys.json'),
    });
    expect(keyless.code).toBe(2);
    expect(keyless.stderr).toContain('找不到密钥文件');
  }, 300_000);
});
