// A disabled child's certificate number (残疾人证号) sealed at rest like the ID number it begins with
// (issue 16.2): every clear value in child.disability_certificate becomes `sm4.<key id>.<…>`, in batches, with
// the deployment's key, on PGlite and PostgreSQL alike. Nothing looks a child up by the certificate, so it has
// no blind index. A check then refuses a clear value, so that a write which bypasses the sealing plugin fails
// instead of leaking. What a referral gave the disabled persons' federation (referral.child_data) carries the
// certificate under `disabilityCertificate`: sealed there too. Audit records are not rewritten: the trail is
// append-only (issue 15), as in 0046.
import { sql, type Kysely } from 'kysely';
import { seal } from '../../crypto/active.ts';
import { sealInJson } from '../sealed-columns.ts';

const BATCH = 2000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations work on any schema
export async function up(db: Kysely<any>): Promise<void> {
  for (;;) {
    const { rows } = await sql<{ id: string; certificate: string }>`
      select id::text as id, disability_certificate as certificate from child
      where disability_certificate is not null and disability_certificate !~ '^sm4[.]'
      order by id limit ${BATCH}`.execute(db);
    if (!rows.length) break;
    await sql`
      update child c set disability_certificate = v.sealed
      from unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => seal(r.certificate))}::text[]) as v(id, sealed)
      where c.id::text = v.id`.execute(db);
  }
  let after = '';
  for (;;) {
    const { rows } = await sql<{ id: string; value: string }>`
      select id::text as id, child_data::text as value from referral
      where child_data ? 'disabilityCertificate' and id::text > ${after} order by id::text limit ${BATCH}`.execute(
      db,
    );
    if (!rows.length) break;
    after = rows[rows.length - 1]!.id;
    await sql`
      update referral r set child_data = v.value::jsonb
      from unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => JSON.stringify(sealInJson(JSON.parse(r.value))))}::text[]) as v(id, value)
      where r.id::text = v.id`.execute(db);
  }
  await sql`alter table child add constraint child_disability_certificate_sealed
    check (disability_certificate ~ '^sm4[.]')`.execute(db);
}
