// Backup → restore round trip (issue 14.2) on the test's back end (PGlite, or PostgreSQL with
// TEST_DATABASE_URL): a demo county's worth of rows in every kind of table, restored into a new empty
// database, must read back with the same row count and md5 in every table, the same sequences, and the same
// Annex 1; a non-empty database and a truncated file are refused with nothing written. The file is encrypted
// (issue 16.2): none of the register's ID numbers, names or phones is found in its bytes; a file altered in
// one byte, cut short, or opened with another deployment's key is refused before anything is restored.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { buffer } from 'node:stream/consumers';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, emptyPgliteDatabase, type TestDatabase } from '../../test/helpers/db.ts';
import { serverUrl } from '../../test/helpers/template.ts';
import { systemActor } from '../modules/access/actor.ts';
import { loadDemo } from '../modules/demo/load.ts';
import { annex1Json, annex1Report } from '../modules/reports/service.ts';
import { InputError } from '../shared/errors.ts';
import { keyFilePath, keyring } from '../crypto/active.ts';
import { newSealingKey, readKeyFile } from '../crypto/keyfile.ts';
import { Keyring } from '../crypto/keyring.ts';
import { backupToFile, nonEmptyTables, restoreFromFile, tableDigests } from './backup.ts';
import { openEncryptedBackup } from './backup-crypt.ts';
import { openDatabase, type Database } from './connect.ts';

const TODAY = '2026-11-23';
const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-backup-'));
const baseUrl = process.env.TEST_DATABASE_URL;
const created: string[] = [];
let source: TestDatabase;

/** A new database with nothing in it, not even the schema: a new PGlite, or a new database on the server. */
async function emptyDatabase(): Promise<Database> {
  if (!baseUrl) return emptyPgliteDatabase();
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
  return annex1Json(await annex1Report(ctx, { region: '220303', asOf: TODAY }));
}

/** The gzip stream inside an encrypted backup, decrypted (after its tag is verified). */
async function decrypted(file: string, ring: Keyring = keyring()): Promise<Buffer> {
  return buffer((await openEncryptedBackup(file, ring, 'test')).stream);
}

/** Whether the database has had any migration applied (a refused restore must not have begun one). */
async function migrated(db: Database['db']): Promise<boolean> {
  const { rows } = await sql<{ present: boolean }>`
    select to_regclass('public.kysely_migration') is not null as present`.execute(db);
  if (!rows[0]!.present) return false;
  const { rows: n } = await sql<{ n: number }>`select count(*)::int as n from kysely_migration`.execute(db);
  return n[0]!.n > 0;
}

async function sequences(db: Database['db']) {
  const { rows } = await sql`select sequencename, last_value from pg_sequences
    where schemaname = 'public' order by 1`.execute(db);
  return rows;
}

beforeAll(async () => {
  source = await createTestDatabase();
  // 铁东区: a small county (~110 accounts to hash; 普宁 has ~600), another profile than most tests'.
  await loadDemo(source.db, { county: '220303', today: TODAY, children: 300 });
  // The demo records no phone numbers: some children get known ones (sealed on the way in, like any write).
  const some = await source.db.selectFrom('child').select('id').orderBy('id').limit(40).execute();
  for (const [i, c] of some.entries())
    await source.db
      .updateTable('child')
      .set({ phone: `139${String(20_260_000 + i * 7919).padStart(8, '0')}` })
      .where('id', '=', c.id)
      .execute();
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
    // Files written before backups were encrypted (gzip only) are still read, and checked the same way.
    const whole = gunzipSync(await decrypted(file)).toString('utf8');
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

  it('holds no ID number, name or phone in clear, in its bytes or as gzip', async () => {
    // The register's own values, read through the sealed-column plugin (so in clear).
    const children = await source.db
      .selectFrom('child')
      .select(['name', 'id_number', 'phone'])
      .where('id_number', 'is not', null)
      .orderBy('id')
      .limit(50)
      .execute();
    const parents = await source.db
      .selectFrom('child_parent')
      .select(['name', 'phone'])
      .where('phone', 'is not', null)
      .limit(50)
      .execute();
    const ids = children.map((c) => c.id_number!).filter(Boolean);
    const phones = [...children.map((c) => c.phone), ...parents.map((p) => p.phone)].filter(
      (p): p is string => !!p && p.length >= 7,
    );
    const names = [...children.map((c) => c.name), ...parents.map((p) => p.name)].filter(
      (n): n is string => !!n && n.length >= 2,
    );
    expect(ids.length).toBeGreaterThan(10);
    expect(phones.length).toBeGreaterThan(10);
    expect(names.length).toBeGreaterThan(10);

    const own = path.join(dir, 'search.backup');
    await backupToFile(source.db, source.backend, own);
    const bytes = readFileSync(own);
    // Not a gzip stream any more: nothing to unpack without the key.
    expect(() => gunzipSync(bytes)).toThrow();
    const found = (haystack: Buffer, values: string[]) =>
      values.filter((v) => haystack.includes(Buffer.from(v)));
    expect(found(bytes, ids)).toEqual([]);
    expect(found(bytes, phones)).toEqual([]);
    expect(found(bytes, names)).toEqual([]);
    // The header names the key, and no more.
    const header = JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString('utf8')) as Record<
      string,
      string
    >;
    expect(header).toMatchObject({
      format: 'tonghu-backup-sm4',
      cipher: 'sm4-ctr',
      mac: 'hmac-sm3',
      key: keyring().activeId,
    });

    // The search can find what is there: decrypted, the names stand in clear in the rows. (So do the disability
    // certificate numbers, which begin with the holder's ID number: the whole file has to be encrypted.)
    const plain = gunzipSync(await decrypted(own));
    expect(found(plain, names).length).toBe(names.length);
  }, 120_000);

  it('refuses a file altered in one byte or cut short, before restoring or migrating anything', async () => {
    const bytes = readFileSync(file);
    const headerEnd = bytes.indexOf(0x0a) + 1;
    const cases: [string, Buffer][] = [];
    for (const at of [headerEnd + 10, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const altered = Buffer.from(bytes);
      altered[at] = altered[at]! ^ 0x01;
      cases.push([`altered-${at}.backup`, altered]);
    }
    cases.push(['cut.backup', bytes.subarray(0, bytes.length - 4096)]);
    cases.push(['cut-tag.backup', bytes.subarray(0, bytes.length - 1)]);
    cases.push(['header-only.backup', bytes.subarray(0, headerEnd)]);
    // The header's salt changed: the derived keys differ, the tag does not match.
    const salted = Buffer.from(bytes);
    const saltAt = bytes.indexOf(Buffer.from('"salt":"')) + 8;
    salted[saltAt] = salted[saltAt] === 0x30 ? 0x31 : 0x30;
    cases.push(['salt.backup', salted]);

    const target = await emptyDatabase();
    try {
      for (const [name, content] of cases) {
        const damaged = path.join(dir, name);
        writeFileSync(damaged, content);
        const refused = await restoreFromFile(target.db, damaged).catch((e: unknown) => e);
        expect(refused, name).toBeInstanceOf(InputError);
        expect((refused as Error).message, name).toMatch(/(完整性校验失败|不完整).*未恢复任何数据/);
        expect(await migrated(target.db), name).toBe(false);
      }
    } finally {
      await target.close();
    }
  }, 120_000);

  it("refuses another deployment's key with a message naming it; reads old backups after a rotation", async () => {
    const target = await emptyDatabase();
    try {
      // Another deployment's key file: its keys have other ids.
      const other = new Keyring({
        format: 'tonghu-keys/1',
        active: 'ffff0000',
        index: randomBytes(32).toString('hex'),
        keys: [{ ...newSealingKey(), id: 'ffff0000' }],
      });
      const missing = await restoreFromFile(target.db, file, {
        keys: other,
        keyFile: '/etc/other.keys.json',
      }).catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(InputError);
      expect((missing as Error).message).toContain(`此备份由密钥 ${keyring().activeId} 加密`);
      expect((missing as Error).message).toContain('/etc/other.keys.json 中没有这个密钥');

      // A key of the same id but other bytes (a key file made anew, by accident or on purpose): the tag fails.
      const impostor = new Keyring({
        format: 'tonghu-keys/1',
        active: keyring().activeId,
        index: randomBytes(32).toString('hex'),
        keys: [{ ...newSealingKey(), id: keyring().activeId }],
      });
      const wrong = await restoreFromFile(target.db, file, { keys: impostor, keyFile: 'k' }).catch(
        (e: unknown) => e,
      );
      expect(wrong).toBeInstanceOf(InputError);
      expect((wrong as Error).message).toMatch(/完整性校验失败.*密钥 [0-9a-f]{8} 与写入该备份时所用的不同/);
      expect(await migrated(target.db)).toBe(false);
    } finally {
      await target.close();
    }

    // After `keys rotate` the key file keeps the old key beside the new active one: the old backup opens.
    const data = readKeyFile(keyFilePath());
    const fresh = newSealingKey(data.keys);
    const rotated = new Keyring({ ...data, active: fresh.id, keys: [...data.keys, fresh] });
    expect(rotated.activeId).not.toBe(keyring().activeId);
    expect((await decrypted(file, rotated)).equals(await decrypted(file))).toBe(true);
    // And a new backup is written under the new key.
    const newer = path.join(dir, 'rotated.backup');
    await backupToFile(source.db, source.backend, newer, { keys: rotated });
    expect(readFileSync(newer).subarray(0, 200).toString('latin1')).toContain(`"key":"${fresh.id}"`);
    await expect(decrypted(newer, keyring())).rejects.toThrow(/没有这个密钥/);
  }, 120_000);
});
