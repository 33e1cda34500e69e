// Migration 0062 on a database that holds disability certificates in clear (written before it): each becomes
// sealed in place and still reads back as the same number, a clear value written past the plugin is refused
// afterwards, and the certificate is never compared. Runs on PGlite and, with TEST_DATABASE_URL, PostgreSQL.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/db.ts';
import { idNumberFor, PUNING } from '../../test/helpers/app.ts';
import { maskDisabilityCertificate } from '../domain/id-number.ts';
import { registerChild } from '../../test/helpers/comparison.ts';
import { up } from './migrations/0062_sealed_certificates.ts';
import { sealInJson } from './sealed-columns.ts';

let t: TestDatabase;
const certificates: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDatabase();
  // The database as it was before 0062: no check, certificates in clear (written past the plugin).
  await sql`alter table child drop constraint child_disability_certificate_sealed`.execute(t.db);
  for (let i = 0; i < 3; i++) {
    const idNumber = idNumberFor('2014-01-0' + (i + 1), 40 + i);
    const id = await registerChild(t.db, { name: `残疾${i}`, idNumber, villageCode: PUNING.village });
    certificates[id] = `${idNumber}1${i + 1}`;
    await sql`update child set disability_certificate = ${certificates[id]} where id = ${id}`.execute(t.db);
  }
  await registerChild(t.db, {
    name: '无证',
    idNumber: idNumberFor('2014-02-01', 50),
    villageCode: PUNING.village,
  });
});
afterAll(() => t.destroy());

const rawCertificates = async () =>
  (
    await sql<{ id: string; raw: string | null }>`
      select id, 'x' || disability_certificate as raw from child order by id`.execute(t.db)
  ).rows;

describe('migration 0062', () => {
  it('seals every clear certificate in place, which reads back as the same number', async () => {
    expect((await rawCertificates()).filter((r) => r.raw && !r.raw.startsWith('xsm4.'))).toHaveLength(3);
    await up(t.db);
    const raw = await rawCertificates();
    expect(raw.filter((r) => r.raw !== null)).toHaveLength(3);
    for (const r of raw) {
      if (r.raw === null) continue;
      expect(r.raw).toMatch(/^xsm4[.]/);
      expect(r.raw).not.toContain(certificates[r.id]!.slice(0, 18));
    }
    const read = await t.db.selectFrom('child').select(['id', 'disability_certificate']).execute();
    expect(
      Object.fromEntries(
        read.filter((r) => r.disability_certificate).map((r) => [r.id, r.disability_certificate]),
      ),
    ).toEqual(certificates);
  });

  it('refuses afterwards a clear certificate written past the plugin', async () => {
    const [id] = Object.keys(certificates);
    await expect(
      sql`update child set disability_certificate = ${'445281201401011234'} where id = ${id}`.execute(t.db),
    ).rejects.toThrow(/child_disability_certificate_sealed/);
  });

  it('refuses to compare the sealed certificate, which nothing may look a child up by', async () => {
    await expect(
      t.db.selectFrom('child').select('id').where('disability_certificate', '=', 'x').execute(),
    ).rejects.toThrow(/残疾人证号/);
  });
});

describe('maskDisabilityCertificate', () => {
  it('masks the ID number it begins with, keeping the category and grade digits', () => {
    const id = idNumberFor('2014-01-01', 40);
    expect(maskDisabilityCertificate(`${id}12`)).toBe(`${id.slice(0, 6)}${'*'.repeat(12)}12`);
    expect(maskDisabilityCertificate(`${id}12`)).not.toContain(id.slice(6, 14));
    expect(maskDisabilityCertificate('1234567890')).toBe('123456****');
  });
});

describe('inside JSON (audit changes, what a referral gave the federation)', () => {
  it('seals a certificate under its key and as the old and new value of a changed field', () => {
    const certificate = `${idNumberFor('2014-01-01', 40)}12`;
    const sealed = JSON.stringify(
      sealInJson({
        childData: { disabilityCertificate: certificate, disabilityGrade: 1 },
        changes: [{ field: 'disability_certificate', old: null, new: certificate }],
      }),
    );
    expect(sealed).not.toContain(certificate.slice(0, 18));
    expect(sealed).toContain('"disabilityGrade":1');
    expect(sealed.match(/sm4[.]/g)).toHaveLength(2);
  });
});
