// 0064 on a database written before it: every blind index stored as the whole 43-character digest (as the
// code before BLIND_INDEX_LENGTH wrote it), including open and dismissed comparison findings keyed by it.
// After the migration the same children are found by an exact ID search, an import and a comparison, and
// running it again changes nothing.
import { createHmac, createSecretKey } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { idNumberFor, PUNING } from '../../test/helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/db.ts';
import { compareFile, csvFile, registerChild, systemContext } from '../../test/helpers/comparison.ts';
import { contractChild, idNumberOf, writeNdjson } from '../../test/helpers/import-files.ts';
import { migrantParent } from '../../test/helpers/children.ts';
import { adultIdNumber } from '../../test/helpers/workforce.ts';
import { blindIndex, keyFilePath, keyring } from '../crypto/active.ts';
import { readKeyFile } from '../crypto/keyfile.ts';
import { BLIND_INDEX_LENGTH, normalise } from '../crypto/keyring.ts';
import { listChildren } from '../modules/children/service.ts';
import { dismissFinding } from '../modules/comparison/verify.ts';
import { importChildren } from '../modules/import/service.ts';
import { createPerson } from '../modules/workforce/people.ts';
import { personInput } from '../modules/workforce/schemas.ts';
import { migrateToLatest } from './migrate.ts';
import { up } from './migrations/0064_short_blind_index.ts';
import type { DB } from './schema.ts';

const MIGRATION = '0064_short_blind_index';
const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-short-bidx-'));
let t: TestDatabase;

/** The blind index as it was stored before 0064: the whole base64url digest. */
function wholeDigest(idNumber: string): string {
  keyring();
  const indexKey = createSecretKey(Buffer.from(readKeyFile(keyFilePath()).index, 'hex'));
  return createHmac('sm3', indexKey)
    .update('id_number')
    .update('\0')
    .update(normalise('id_number', idNumber))
    .digest('base64url');
}

async function blindIndexColumns(db: Kysely<DB>): Promise<{ table: string; column: string }[]> {
  const { rows } = await sql<{ table: string; column: string }>`
    select table_name as table, column_name as column from information_schema.columns
    where table_schema = current_schema() and column_name like '%\\_bidx' order by 1, 2`.execute(db);
  return rows;
}

/** Every stored blind index and finding key, to compare before and after. */
async function snapshot(db: Kysely<DB>): Promise<string[]> {
  const out: string[] = [];
  for (const { table, column } of await blindIndexColumns(db)) {
    const { rows } = await sql<{ v: string }>`
      select ${sql.ref(column)} as v from ${sql.table(table)} where ${sql.ref(column)} is not null
      order by 1`.execute(db);
    out.push(...rows.map((r) => `${table}.${column}=${r.v}`));
  }
  const { rows } = await sql<{
    k: string;
  }>`select subject_key as k from comparison_finding order by id`.execute(db);
  return [...out, ...rows.map((r) => `finding=${r.k}`)];
}

const ctx = () => ({ ...systemContext(t.db), deploymentRegion: '445281' });
const searchById = async (idNumber: string) =>
  (await listChildren(ctx(), { q: idNumber, status: 'all' })).items.map((c) => c.id);

const ids: Record<string, string> = {};
const ID = {
  enrolled: idNumberFor('2014-01-01', 11),
  dropped: idNumberFor('2014-02-02', 12),
  unregistered: idNumberFor('2016-06-06', 21),
  dismissed: idNumberFor('2017-07-07', 22),
  imported: idNumberOf('2013-04-02', 123),
  parent: adultIdNumber(1),
  caregiver: adultIdNumber(2),
  director: adultIdNumber(3),
};
const rollFile = () =>
  csvFile([
    '姓名,身份证号,出生日期,类别',
    `低保在册,${ID.enrolled},2014-01-01,低保`,
    `未登记,${ID.unregistered},2016-06-06,低保`,
    `未登记二,${ID.dismissed},2017-07-07,低保`,
  ]);
let roll: string;
const director = () =>
  personInput.parse({ name: '主任', idNumber: ID.director, role: 'director', regionCode: PUNING.village });

beforeAll(async () => {
  t = await createTestDatabase();
  ids.enrolled = await registerChild(t.db, {
    name: '低保在册',
    idNumber: ID.enrolled,
    villageCode: PUNING.village,
    conditions: ['assist.dibao'],
    parents: [{ ...migrantParent('father'), idNumber: ID.parent }, migrantParent('mother')] as never,
    caregiver: { name: '祖母', relation: '祖母', idNumber: ID.caregiver } as never,
  });
  ids.dropped = await registerChild(t.db, {
    name: '停保',
    idNumber: ID.dropped,
    villageCode: PUNING.village,
    conditions: ['assist.tekun'],
  });
  const file = writeNdjson(dir, 'one.ndjson', [contractChild()]);
  const imported = await importChildren(ctx(), { source: { path: file }, fileName: 'one.ndjson' });
  expect(imported).toMatchObject({ imported: 1, updated: 0 });
  ids.imported = (await searchById(ID.imported))[0]!;
  await createPerson(ctx(), director());

  // A roll that leaves two findings keyed by the blind index ('id:…'), one of them dismissed, and two by child.
  roll = rollFile();
  const first = await compareFile(t.db, 'dibao_roll', roll);
  expect(first.findings.map((f) => [f.finding, f.childId ?? f.idNumber]).sort()).toEqual(
    [
      ['not_registered', ID.unregistered],
      ['not_registered', ID.dismissed],
      ['should_exit', ids.dropped],
      ['should_exit', ids.imported],
    ].sort(),
  );
  const dismissed = await t.db
    .selectFrom('comparison_finding')
    .select('id')
    .where('id_number', '=', ID.dismissed)
    .executeTakeFirstOrThrow();
  await dismissFinding(systemContext(t.db), dismissed.id, { reason: '已核实，户籍不在本县' });

  // Now as a database before 0064 holds it: the whole digest wherever a blind index is stored.
  const whole = new Map(Object.values(ID).map((id) => [blindIndex('id_number', id), wholeDigest(id)]));
  const short = [...whole.keys()];
  const long = [...whole.values()];
  for (const { table, column } of await blindIndexColumns(t.db))
    await sql`
      update ${sql.table(table)} x set ${sql.id(column)} = v.long
      from unnest(${short}::text[], ${long}::text[]) as v(short, long) where x.${sql.ref(column)} = v.short`.execute(
      t.db,
    );
  await sql`
    update comparison_finding f set subject_key = 'id:' || v.long
    from unnest(${short}::text[], ${long}::text[]) as v(short, long) where f.subject_key = 'id:' || v.short`.execute(
    t.db,
  );
  await sql`delete from kysely_migration where name = ${MIGRATION}`.execute(t.db);
});
afterAll(async () => {
  await t.destroy();
  rmSync(dir, { recursive: true, force: true });
});

it('keeps the first 22 characters of the digest as the blind index', () => {
  expect(BLIND_INDEX_LENGTH).toBe(22);
  for (const id of Object.values(ID)) {
    expect(blindIndex('id_number', id)).toHaveLength(22);
    expect(wholeDigest(id).startsWith(blindIndex('id_number', id))).toBe(true);
  }
});

it('shortens every stored blind index and finding key, after which the same children are found', async () => {
  // Before: every index is whole, and the new code's shorter index finds nobody.
  const columns = await blindIndexColumns(t.db);
  expect(columns.map((c) => `${c.table}.${c.column}`)).toEqual([
    'child.id_number_bidx',
    'child_caregiver.id_number_bidx',
    'child_parent.id_number_bidx',
    'comparison_finding.id_number_bidx',
    'workforce_person.id_number_bidx',
  ]);
  for (const { table, column } of columns) {
    const { rows } = await sql<{ n: number; long: number }>`
      select count(*)::integer as n, count(*) filter (where length(${sql.ref(column)}) = 43)::integer as long
      from ${sql.table(table)} where ${sql.ref(column)} is not null`.execute(t.db);
    expect(rows[0]!.n, table).toBeGreaterThan(0);
    expect(rows[0]!.long, table).toBe(rows[0]!.n);
  }
  expect(await searchById(ID.enrolled)).toEqual([]);

  const results = await migrateToLatest(t.db);
  expect(results.map((r) => [r.migrationName, r.status])).toEqual([[MIGRATION, 'Success']]);

  for (const { table, column } of columns) {
    const { rows } = await sql<{ n: number }>`
      select count(*)::integer as n from ${sql.table(table)} where length(${sql.ref(column)}) <> 22`.execute(
      t.db,
    );
    expect(rows[0]!.n, table).toBe(0);
  }
  const keys = await t.db
    .selectFrom('comparison_finding')
    .select(['subject_key', 'id_number', 'status'])
    .execute();
  const byId = keys.filter((k) => k.subject_key.startsWith('id:'));
  expect(byId).toHaveLength(2);
  for (const k of byId) expect(k.subject_key).toBe(`id:${blindIndex('id_number', k.id_number!)}`);

  // Exact search by ID number.
  expect(await searchById(ID.enrolled)).toEqual([ids.enrolled]);
  expect(await searchById(ID.dropped.toLowerCase())).toEqual([ids.dropped]);
  const parent = await t.db
    .selectFrom('child_parent')
    .select('child_id')
    .where('id_number', '=', ID.parent)
    .execute();
  expect(parent.map((p) => p.child_id)).toEqual([ids.enrolled]);

  // Import: the same child again is an update, not a second child (nor a clash on the unique index).
  const file = writeNdjson(dir, 'again.ndjson', [contractChild({ name: '张三丰' })]);
  const again = await importChildren(ctx(), { source: { path: file }, fileName: 'again.ndjson' });
  expect(again).toMatchObject({ imported: 0, updated: 1, rejected: 0 });
  expect(await searchById(ID.imported)).toHaveLength(1);

  // The ledger still knows its director: adding the same ID number again is a conflict.
  await expect(createPerson(ctx(), director())).rejects.toMatchObject({ code: 'conflict' });

  // Comparison: the same roll matches the same child and finds its open findings again (no new ones);
  // the dismissed one is not raised again from the roll it was dismissed on.
  const before = await t.db.selectFrom('comparison_finding').select('id').execute();
  const rerun = await compareFile(t.db, 'dibao_roll', roll);
  expect(rerun).toMatchObject({ matched: 1, newFindings: 0 });
  expect(rerun.findings.map((f) => [f.finding, f.childId ?? f.idNumber]).sort()).toEqual(
    [
      ['not_registered', ID.unregistered],
      ['should_exit', ids.dropped],
      ['should_exit', ids.imported],
    ].sort(),
  );
  expect(await t.db.selectFrom('comparison_finding').select('id').execute()).toHaveLength(before.length);
});

it('changes nothing when run again', async () => {
  const before = await snapshot(t.db);
  expect(before.length).toBeGreaterThan(5);
  await up(t.db);
  expect(await snapshot(t.db)).toEqual(before);
});
