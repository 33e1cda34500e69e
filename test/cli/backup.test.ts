// The real `tonghu backup`, `tonghu restore` and `tonghu check`, as an operator runs them, on a data folder
// (PGlite) or on the server named by TEST_DATABASE_URL: backup to a 0600 file, restore into a new empty
// database printing every table's row count, restore into a filled one refused with exit 2, backup refused
// with exit 3 while another process owns the folder, check exit 0 on a sound database and 1 (naming the
// index) on one whose index file was damaged on disk.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { tableDigests } from '../../src/db/backup.ts';
import { openDatabase, type Database } from '../../src/db/connect.ts';
import { acquireDataDirLock } from '../../src/db/lock.ts';
import { serverUrl } from '../helpers/template.ts';
import { tonghu as run, tonghuSync } from '../helpers/cli.ts';
import { dataDirFromTemplate } from '../helpers/db.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-backup-cli-'));
const baseUrl = process.env.TEST_DATABASE_URL;
const names = [1, 2].map(() => `tonghu_test_cli_${randomBytes(6).toString('hex')}`);

/** Where the command looks: a data folder, or a database on the server. */
function place(i: number): NodeJS.ProcessEnv {
  return baseUrl
    ? { DATABASE_URL: serverUrl(baseUrl, names[i]!), TONGHU_DATA_DIR: path.join(dir, `unused${i}`) }
    : { DATABASE_URL: '', TONGHU_DATA_DIR: path.join(dir, `data${i}`) };
}

function tonghu(i: number, args: string[]) {
  const env = { ...process.env, TONGHU_REGION: '', ...place(i) };
  return run(args, { env });
}

async function open(i: number): Promise<Database> {
  const p = place(i);
  return p.DATABASE_URL
    ? openDatabase({ databaseUrl: p.DATABASE_URL, poolSize: 2 })
    : openDatabase({ dataDir: p.TONGHU_DATA_DIR! });
}

beforeAll(async () => {
  if (baseUrl) {
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`create database ${names[0]} template ${inject('serverTemplate')}`);
    await admin.query(`create database ${names[1]}`);
    await admin.end();
  } else {
    await dataDirFromTemplate(place(0).TONGHU_DATA_DIR!);
  }
}, 180_000);

afterAll(async () => {
  if (!baseUrl) return;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  for (const name of names) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
});

describe('tonghu backup, restore and check', () => {
  const file = path.join(dir, 'county.backup');

  it('backs up to a 0600 file and restores into an empty database, printing each table’s rows', async () => {
    const backup = await tonghu(0, ['backup', file]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/已备份到 .*county\.backup：\d+ 张表，共 \d+ 行/);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const restore = await tonghu(1, ['restore', file]);
    expect(restore.code, restore.stderr).toBe(0);
    const source = await open(0);
    const target = await open(1);
    try {
      const before = await tableDigests(source.db);
      const after = await tableDigests(target.db);
      // Every table but the audit trail (and its chain's head, which follows it) is identical.
      const trail = (t: { table: string }) => t.table !== 'audit_event' && t.table !== 'audit_chain_head';
      expect(after.filter(trail)).toEqual(before.filter(trail));
      const region = before.find((t) => t.table === 'region')!;
      expect(region.rows).toBeGreaterThan(0);
      expect(restore.stdout).toMatch(new RegExp(`region\\s+${region.rows}\\n`));
      expect(restore.stdout).toMatch(/已从 .* 恢复 \d+ 张表/);
      // Each side's audit trail holds its own step (the backup's record is written after its snapshot).
      const actions = async (database: Database) =>
        (
          await sql<{ action: string }>`select action from audit_event where entity = 'database'`.execute(
            database.db,
          )
        ).rows.map((r) => r.action);
      expect(await actions(source)).toEqual(['backup']);
      expect(await actions(target)).toEqual(['restore']);
    } finally {
      await source.close();
      await target.close();
    }

    const again = await tonghu(1, ['restore', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/不是空的/);
  }, 600_000);

  it.skipIf(baseUrl)('refuses to back up a data folder another process owns, with exit 3', async () => {
    const lock = acquireDataDirLock(place(0).TONGHU_DATA_DIR!, { command: 'serve' });
    try {
      // A new process, as the owner is another one.
      const refused = tonghuSync(['backup', path.join(dir, 'refused.backup')], {
        env: { ...process.env, TONGHU_REGION: '', ...place(0) },
      });
      expect(refused.code).toBe(3);
      expect(refused.stderr).toContain(`进程 ${process.pid}`);
      expect(() => statSync(path.join(dir, 'refused.backup'))).toThrow();
    } finally {
      lock.release();
    }
  });

  it('check: exit 0 on a sound database', async () => {
    const check = await tonghu(1, ['check']);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/已检查 \d+ 个索引、\d+ 张表、\d+ 项约束：全部正常/);
  }, 300_000);

  it.skipIf(baseUrl)(
    'check: exit 1 naming the index whose file was damaged on disk',
    async () => {
      const database = await open(1);
      let relation: string;
      try {
        const { rows } = await sql<{
          path: string;
        }>`select pg_relation_filepath('region_parent_idx') as path`.execute(database.db);
        relation = path.join(place(1).TONGHU_DATA_DIR!, rows[0]!.path);
      } finally {
        await database.close();
      }
      // Scribble over the line pointers of the first page after the metapage.
      const fd = openSync(relation, 'r+');
      writeSync(fd, Buffer.alloc(512, 0x5a), 0, 512, 8192 + 24);
      closeSync(fd);

      const check = await tonghu(1, ['check']);
      expect(check.code).toBe(1);
      expect(check.stdout).toContain('索引 region_parent_idx');
      expect(check.stdout).toMatch(/发现 \d+ 处问题/);
    },
    300_000,
  );
});
