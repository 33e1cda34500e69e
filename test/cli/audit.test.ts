// Runs the real `tonghu audit verify` against a database on disk (PGlite) or on the server named by
// TEST_DATABASE_URL: exit 0 on an intact trail, exit 1 naming the record once a row was changed with the
// immutability trigger disabled (as only the owner or a superuser can).
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/connect.ts';
import { systemActor } from '../../src/modules/access/actor.ts';
import { recordAudit } from '../../src/modules/audit/audit.ts';
import { serverUrl } from '../helpers/template.ts';
import { tonghu as run } from '../helpers/cli.ts';
import { pgliteTemplate, TEST_SHARED_BUFFERS } from '../helpers/db.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-audit-'));
const baseUrl = process.env.TEST_DATABASE_URL;
const serverName = `tonghu_test_cli_${randomBytes(6).toString('hex')}`;
const env: NodeJS.ProcessEnv = { ...process.env, TONGHU_DATA_DIR: path.join(dir, 'data') };
delete env.TONGHU_REGION;
delete env.DATABASE_URL;
if (baseUrl) env.DATABASE_URL = serverUrl(baseUrl, serverName);

async function open(): Promise<Database> {
  return baseUrl
    ? openDatabase({ databaseUrl: env.DATABASE_URL!, poolSize: 2 })
    : openDatabase({ dataDir: env.TONGHU_DATA_DIR! });
}

function tonghu(args: string[]) {
  return run(args, { env });
}

beforeAll(async () => {
  let database: Database;
  if (baseUrl) {
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`create database ${serverName} template ${inject('serverTemplate')}`);
    await admin.end();
    database = await open();
  } else {
    database = await openDatabase({
      dataDir: env.TONGHU_DATA_DIR!,
      loadDataDir: pgliteTemplate(),
      sharedBuffers: TEST_SHARED_BUFFERS,
    });
  }
  try {
    for (let i = 0; i < 5; i++)
      await recordAudit(database.db, systemActor('测试'), {
        action: 'test.cli',
        entity: 'test',
        detail: { i },
      });
  } finally {
    await database.close();
  }
}, 120_000);

afterAll(async () => {
  if (!baseUrl) return;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${serverName}`);
  await admin.end();
});

describe('tonghu audit verify', () => {
  it('passes an intact trail with exit 0 and prints the head', async () => {
    const { code, stdout, stderr } = await tonghu(['audit', 'verify', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ ok: true, records: 5, head: { seq: 5 }, problems: [] });
  });

  it('exits 1 naming the record changed with the trigger disabled', async () => {
    const database = await open();
    try {
      await sql`alter table audit_event disable trigger audit_event_immutable`.execute(database.db);
      await sql`update audit_event set actor_name = '别人' where seq = 2`.execute(database.db);
      await sql`alter table audit_event enable trigger audit_event_immutable`.execute(database.db);
    } finally {
      await database.close();
    }
    const { code, stdout } = await tonghu(['audit', 'verify']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/校验未通过/);
    expect(stdout).toMatch(/篡改：序号 2/);
  });

  it('refuses an unknown format with exit 2', async () => {
    const { code, stderr } = await tonghu(['audit', 'verify', '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--format/);
  });
});
