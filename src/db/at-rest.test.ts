// Issue 16.2 end to end on the embedded database in a folder: children imported and edited, a user with a
// phone, a comparison run — then the folder is closed and every byte of every file in it is searched for the
// ID and phone numbers given. None may be there in clear; the folder is 0700 and its files 0600 although the
// process started with a permissive umask. A marker in an unsealed field proves the search finds what is there.
import {
  createReadStream,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, expect, inject, it } from 'vitest';
import { openDatabase } from './connect.ts';
import { systemActor } from '../modules/access/actor.ts';
import { updateChild } from '../modules/children/service.ts';
import { runComparison } from '../modules/comparison/run.ts';
import { contractChild, idNumberOf, writeNdjson } from '../../test/helpers/import-files.ts';
import { pgliteTemplate, TEST_SHARED_BUFFERS } from '../../test/helpers/db.ts';
import { importChildren } from '../modules/import/service.ts';
import { createUser } from '../modules/users/service.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-at-rest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CHILD_ID = idNumberOf('2013-04-02', 517);
const FATHER_ID = idNumberOf('1985-07-09', 331);
const ROSTER_ONLY_ID = idNumberOf('2014-02-03', 909);
const CHILD_PHONE = '13912345678';
const NEW_PHONE = '13787654321';
const FATHER_PHONE = '13600001111';
const CAREGIVER_PHONE = '13500002222';
const USER_PHONE = '13400003333';
// A disability certificate begins with the holder's whole ID number (残疾人证号): one imported with the file,
// another written by an edit of a second child whose ID number is nowhere else.
const CERTIFICATE = `${CHILD_ID}12`;
const SECOND_ID = idNumberOf('2015-06-07', 288);
const SECOND_CERTIFICATE = `${SECOND_ID}21`;
const MARKER = `MARKER${Date.now()}`;

function files(root: string): string[] {
  return readdirSync(root, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(root, e.name)) : [path.join(root, e.name)],
  );
}

it.skipIf(!inject('pgliteTemplate'))(
  'leaves no ID or phone number in clear in the data folder, which is private whatever the umask',
  async () => {
    const dataDir = path.join(dir, 'data');
    const previous = process.umask(0o000);
    try {
      const database = await openDatabase({
        dataDir,
        loadDataDir: pgliteTemplate(),
        sharedBuffers: TEST_SHARED_BUFFERS,
      });
      const ctx = {
        db: database.db,
        actor: systemActor('测试'),
        today: '2026-11-23',
        deploymentRegion: '445281',
      };
      const file = writeNdjson(dir, 'children.ndjson', [
        contractChild({
          idNumber: CHILD_ID,
          phone: CHILD_PHONE,
          note: MARKER,
          disabilityCategory: '智力',
          disabilityGrade: 2,
          disabilityCertificate: CERTIFICATE,
          parents: [
            {
              relation: 'father',
              idNumber: FATHER_ID,
              phone: FATHER_PHONE,
              statuses: ['migrant'],
              migrantMonths: 8,
            },
            { relation: 'mother', statuses: ['severe_illness'] },
          ],
          caregiver: { name: '李奶奶', relation: '祖母', phone: CAREGIVER_PHONE },
        }),
        contractChild({ idNumber: SECOND_ID, externalId: 'A-0002', name: '赵六' }),
      ]);
      await importChildren(ctx, { source: { path: file }, fileName: 'children.ndjson' });
      const child = await database.db
        .selectFrom('child')
        .select(['id', 'version', 'id_number', 'phone', 'disability_certificate'])
        .where('id_number', '=', CHILD_ID)
        .executeTakeFirstOrThrow();
      // Below the repository boundary the values read back as they were given.
      expect([child.id_number, child.phone, child.disability_certificate]).toEqual([
        CHILD_ID,
        CHILD_PHONE,
        CERTIFICATE,
      ]);
      await updateChild(ctx, child.id, { version: child.version, phone: NEW_PHONE });
      const second = await database.db
        .selectFrom('child')
        .select(['id', 'version'])
        .where('id_number', '=', SECOND_ID)
        .executeTakeFirstOrThrow();
      await updateChild(ctx, second.id, {
        version: second.version,
        disabilityCategory: '肢体',
        disabilityGrade: 1,
        disabilityCertificate: SECOND_CERTIFICATE,
      });
      await createUser(database.db, ctx.actor, {
        username: 'tester',
        displayName: '测试员',
        role: 'civil_affairs',
        regionCode: '445281',
        phone: USER_PHONE,
        password: 'Correct-Horse-9-Battery',
      });
      const roster = path.join(dir, 'roster.ndjson');
      writeFileSync(
        roster,
        [
          { idNumber: ROSTER_ONLY_ID, name: '王五', birthDate: '2014-02-03', kind: 'dibao' },
          { idNumber: CHILD_ID, name: '张三', birthDate: '2013-04-02', kind: 'dibao' },
        ]
          .map((r) => JSON.stringify(r))
          .join('\n') + '\n',
      );
      const result = await runComparison(database.db, ctx.actor, {
        kind: 'dibao_roll',
        stream: createReadStream(roster),
        fileName: 'roster.ndjson',
        asOf: '2026-11-23',
        region: '445281',
      });
      expect(result.findings.map((f) => f.idNumber)).toContain(ROSTER_ONLY_ID);
      // Stored sealed: the raw column is not the number, and its blind index is unique.
      const raw = await sql<{
        id_number: string;
      }>`select id_number::bytea::text as id_number from child`.execute(database.db);
      expect(raw.rows[0]!.id_number).not.toContain(Buffer.from(CHILD_ID).toString('hex'));
      const certificates = await sql<{ raw: string }>`
        select 'x' || disability_certificate as raw from child where disability_certificate is not null`.execute(
        database.db,
      );
      expect(certificates.rows).toHaveLength(2);
      for (const r of certificates.rows) expect(r.raw).toMatch(/^xsm4[.]/);
      await sql`checkpoint`.execute(database.db);
      await database.close();
    } finally {
      process.umask(previous);
    }

    const all = files(dataDir);
    expect(all.length).toBeGreaterThan(100);
    expect(lstatSync(dataDir).mode & 0o777).toBe(0o700);
    const loose = all.filter((f) => (lstatSync(f).mode & 0o077) !== 0);
    expect(loose).toEqual([]);
    const secrets = [
      CHILD_ID,
      FATHER_ID,
      ROSTER_ONLY_ID,
      CHILD_PHONE,
      NEW_PHONE,
      FATHER_PHONE,
      CAREGIVER_PHONE,
      USER_PHONE,
      CERTIFICATE,
      SECOND_ID,
      SECOND_CERTIFICATE,
    ];
    const found: string[] = [];
    let markerSeen = false;
    for (const f of all) {
      const bytes = readFileSync(f);
      if (bytes.includes(MARKER)) markerSeen = true;
      for (const s of secrets)
        if (bytes.includes(s)) found.push(`${path.relative(dataDir, f)}: #${secrets.indexOf(s)}`);
    }
    expect(markerSeen).toBe(true);
    expect(found).toEqual([]);
  },
);
