// `keys rotate` on a real database: values sealed under the old key are sealed again under a new one, read
// back the same, keep their blind index; the old key stays in the file (0600) for what cannot be rewritten;
// a process that still holds the old keyring reads the new values after it re-reads the file.
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/db.ts';
import { keyFilePath, keyring, useKeyring } from '../crypto/active.ts';
import { readKeyFile } from '../crypto/keyfile.ts';
import { Keyring } from '../crypto/keyring.ts';
import { systemActor } from '../modules/access/actor.ts';
import { createChild } from '../modules/children/service.ts';
import { idNumberOf } from '../../test/helpers/import-files.ts';
import { beginEnrolment } from '../modules/auth/second-factor.ts';
import { createUser } from '../modules/users/service.ts';
import { keyUsage, rotateKeys } from './rotate-keys.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-rotate-'));
const file = path.join(dir, 'keys.json');
let database: TestDatabase;

beforeAll(async () => {
  // A key file of this test's own: rotating the shared test key would change it under other test files.
  keyring();
  copyFileSync(keyFilePath(), file);
  useKeyring(Keyring.fromFile(file));
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.destroy();
  useKeyring(null);
  rmSync(dir, { recursive: true, force: true });
});

it('re-seals every ID and phone number under a new key, in batches, keeping old keys for reading', async () => {
  const ctx = {
    db: database.db,
    actor: systemActor('测试'),
    today: '2026-11-23',
    deploymentRegion: '445281',
  };
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) {
    const idNumber = idNumberOf('2014-03-0' + (i + 1), 100 + i);
    ids.push(idNumber);
    await createChild(ctx, {
      name: `孩子${i}`,
      idNumber,
      villageCode: '445281102201',
      phone: `1390000000${i}`,
      // Sealed too (0062): it begins with the ID number.
      ...(i < 2 ? { disabilityCertificate: `${idNumber}1${i + 1}` } : {}),
      parents: [{ relation: 'father', idNumber: idNumberOf('1980-01-0' + (i + 1), 200 + i), statuses: [] }],
    } as never);
  }
  await createUser(database.db, ctx.actor, {
    username: 'rotor',
    displayName: '轮换',
    role: 'civil_affairs',
    regionCode: '445281',
    phone: '13412345678',
    password: 'Correct-Horse-9-Battery',
  });
  // A second factor's secret is sealed too (0061): rotated like the rest, and still the same secret after.
  const rotor = await database.db
    .selectFrom('app_user')
    .select(['id', 'username'])
    .where('username', '=', 'rotor')
    .executeTakeFirstOrThrow();
  const { secret } = await beginEnrolment(database.db, rotor, new Date('2026-11-23T02:00:00Z'));
  const oldRing = Keyring.fromFile(file);
  const oldId = oldRing.activeId;
  const bidxBefore = await sql<{ b: string }>`select id_number_bidx as b from child order by id`.execute(
    database.db,
  );
  const before = await database.db
    .selectFrom('child')
    .select(['id', 'id_number', 'phone', 'disability_certificate'])
    .orderBy('id')
    .execute();
  expect(before.filter((c) => c.disability_certificate)).toHaveLength(2);
  expect(Object.keys((await keyUsage(database.db))['child.id_number']!)).toEqual([oldId]);

  const result = await rotateKeys(database.db, { file, batch: 2, settleMs: 0 });

  expect(result.newKeyId).not.toBe(oldId);
  expect(result.retainedKeyIds).toContain(oldId);
  expect(result.resealed['child.id_number']).toBe(5);
  expect(result.resealed['child_parent.id_number']).toBe(5);
  expect(result.resealed['child.disability_certificate']).toBe(2);
  expect(result.resealed['app_user.phone']).toBe(1);
  expect(result.resealed['user_second_factor.totp_secret']).toBe(1);
  expect(
    (await database.db.selectFrom('user_second_factor').select('totp_secret').executeTakeFirstOrThrow())
      .totp_secret,
  ).toBe(secret);
  const usage = await keyUsage(database.db);
  for (const counts of Object.values(usage)) expect(Object.keys(counts)).toEqual([result.newKeyId]);
  // The same values, the same blind index (lookups keep working), the key file still private.
  expect(
    await database.db
      .selectFrom('child')
      .select(['id', 'id_number', 'phone', 'disability_certificate'])
      .orderBy('id')
      .execute(),
  ).toEqual(before);
  expect(
    (await sql<{ b: string }>`select id_number_bidx as b from child order by id`.execute(database.db)).rows,
  ).toEqual(bidxBefore.rows);
  expect(
    await database.db.selectFrom('child').select('id').where('id_number', '=', ids[3]!).execute(),
  ).toHaveLength(1);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  const keys = readKeyFile(file);
  expect(keys.active).toBe(result.newKeyId);
  expect(keys.keys.map((k) => k.id)).toEqual(expect.arrayContaining([oldId, result.newKeyId]));
  // A server started before the rotation opens the new values once it re-reads the file.
  const raw = await sql<{ raw: string }>`select 'x' || id_number as raw from child limit 1`.execute(
    database.db,
  );
  await new Promise((r) => setTimeout(r, 1100));
  expect(ids).toContain(oldRing.open(raw.rows[0]!.raw.slice(1)));
});
