// Backup → restore round trip (issue 14.2) on the test's back end (PGlite, or PostgreSQL with
// TEST_DATABASE_URL): a demo county's worth of rows in every kind of table, restored into a new empty
// database, must read back with the same row count and md5 in every table, the same sequences, and the same
// Annex 1; a non-empty database and a truncated file are refused with nothing written.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/db.ts';
import { serverUrl } from '../../test/helpers/template.ts';
import { systemActor } from '../modules/access/actor.ts';
import { loadDemo } from '../modules/demo/load.ts';
import { annex1Json, annex1Report } from '../modules/reports/service.ts';
import { InputError } from '../shared/errors.ts';
import { backupToFile, nonEmptyTables, restoreFromFile, tableDigests } from './backup.ts';
import { openDatabase, type Database } from './connect.ts';

const TODAY = '2026-11-23';
const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-backup-'));
const baseUrl = process.env.TEST_DATABASE_URL;
const created: string[] = [];
let source: TestDatabase;

/** A new database with nothing in it, not even the schema: a new PGlite, or a new database on the server. */
async function emptyDatabase(): Promise<Database> {
  if (!baseUrl) return openDatabase();
  const name = `tonghu_test_restore_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  created.push(name);
  return openDatabase({ databaseUrl: serverUrl(baseUrl, name), poolSize: 2 });
}

async function annex1(db: Database['db']) {
  const ctx = { db, actor: systemActor('测试'), today: TODAY };
  return annex1Json(await annex1Report(ctx, { region: '445281', asOf: TODAY }));
}

async function sequences(db: Database['db']) {
  const { rows } = await sql`select sequencename, last_value from pg_sequences
    where schemaname = 'public' order by 1`.execute(db);
  return rows;
}

beforeAll(async () => {
  source = await createTestDatabase();
  await loadDemo(source.db, { county: '445281', today: TODAY, children: 300 });
}, 600_000);

afterAll(async () => {
  await source?.destroy();
  if (!baseUrl) return;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  for (const name of created) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
});

describe('backup and restore', () => {
  const file = path.join(dir, 'tonghu.backup');

  it('restores every table exactly: counts, checksums, sequences and Annex 1 equal', async () => {
    const summary = await backupToFile(source.db, source.backend, file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const before = await tableDigests(source.db);
    expect(summary.tables).toEqual(before);
    // The demo fills children, their contacts and interventions, staff, audit: a real spread of types.
    const rows = Object.fromEntries(before.map((t) => [t.table, t.rows]));
    expect(rows.child).toBe(300);
    expect(rows.intervention).toBeGreaterThan(0);
    expect(rows.audit_event).toBeGreaterThan(0);
    expect(rows.app_user).toBeGreaterThan(0);
    expect(rows.region).toBeGreaterThan(0);

    const target = await emptyDatabase();
    try {
      const told: string[] = [];
      const restored = await restoreFromFile(target.db, file, { onTable: (t) => told.push(t.table) });
      expect(told).toEqual(before.map((t) => t.table));
      expect(restored.tables).toEqual(before);
      expect(await tableDigests(target.db)).toEqual(before);
      expect(await sequences(target.db)).toEqual(await sequences(source.db));
      expect(await annex1(target.db)).toEqual(await annex1(source.db));
      // The derived first-intervention dates were restored as they were, not recomputed by the trigger,
      // and the trigger works again afterwards.
      const { rows: triggers } = await sql<{ n: number }>`select count(*)::int as n from pg_trigger
        where tgrelid = 'intervention'::regclass and not tgisinternal and tgenabled = 'O'`.execute(target.db);
      expect(triggers[0]!.n).toBe(3);

      // A second restore into what is now a filled database is refused, and changes nothing.
      const refused = await restoreFromFile(target.db, file).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(InputError);
      expect((refused as Error).message).toMatch(/不是空的/);
      expect(await tableDigests(target.db)).toEqual(before);
    } finally {
      await target.close();
    }
  }, 600_000);

  it('refuses a truncated file and a file that is no backup, writing no row', async () => {
    const whole = gunzipSync(readFileSync(file)).toString('utf8');
    const truncated = path.join(dir, 'truncated.backup');
    writeFileSync(truncated, gzipSync(whole.slice(0, Math.floor(whole.length * 0.6))));
    const garbage = path.join(dir, 'garbage.backup');
    writeFileSync(garbage, 'not a backup\n');

    const target = await emptyDatabase();
    try {
      const cut = await restoreFromFile(target.db, truncated).catch((e: unknown) => e);
      expect(cut).toBeInstanceOf(InputError);
      expect((cut as InputError).located).toMatch(/truncated\.backup.*(不完整|无效|JSON)/);
      expect(await nonEmptyTables(target.db)).toEqual([]);

      const notOurs = await restoreFromFile(target.db, garbage).catch((e: unknown) => e);
      expect(notOurs).toBeInstanceOf(InputError);
      expect((notOurs as Error).message).toMatch(/不是童护备份文件/);
      expect(await nonEmptyTables(target.db)).toEqual([]);
    } finally {
      await target.close();
    }
  }, 600_000);
});
