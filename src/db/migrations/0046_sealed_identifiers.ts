// ID and phone numbers sealed at rest (issue 16.2, DOMAIN.md §9): every ID-number and phone column now holds
// `sm4.<key id>.<…>` (SM4-CTR + HMAC-SM3, src/crypto), and an ID number's HMAC-SM3 blind index sits beside it
// in `<column>_bidx`, which carries the uniqueness the clear column had. Existing rows are sealed here, in
// batches, with the deployment's key (TONGHU_KEY_FILE, created on first start). A check on every sealed
// column refuses a clear value, so that a write which bypasses the sealing plugin fails instead of leaking.
// Open comparison findings were keyed 'id:<ID number>'; they are re-keyed 'id:<blind index>'. Audit records
// are not rewritten: the trail is append-only (issue 15), so values recorded before this migration stay as
// they were written.
import { sql, type Kysely } from 'kysely';
import { blindIndex, seal } from '../../crypto/active.ts';
import { sealInJson } from '../sealed-columns.ts';

const BATCH = 2000;

interface Target {
  table: string;
  key: string;
  /** Columns with a blind index beside them. */
  indexed: string[];
  sealed: string[];
}

const TARGETS: Target[] = [
  { table: 'app_user', key: 'id', indexed: [], sealed: ['phone'] },
  { table: 'child', key: 'id', indexed: ['id_number'], sealed: ['id_number', 'phone'] },
  { table: 'child_parent', key: 'id', indexed: ['id_number'], sealed: ['id_number', 'phone'] },
  { table: 'child_caregiver', key: 'child_id', indexed: ['id_number'], sealed: ['id_number', 'phone'] },
  { table: 'department', key: 'id', indexed: [], sealed: ['phone'] },
  { table: 'workforce_person', key: 'id', indexed: ['id_number'], sealed: ['id_number', 'phone'] },
  { table: 'comparison_finding', key: 'id', indexed: ['id_number'], sealed: ['id_number'] },
];

const JSON_TARGETS: { table: string; key: string; column: string }[] = [
  { table: 'referral', key: 'id', column: 'child_data' },
  { table: 'referral_event', key: 'id', column: 'detail' },
  { table: 'comparison_run', key: 'id', column: 'ambiguous' },
  { table: 'comparison_finding', key: 'id', column: 'roster_row' },
  { table: 'comparison_finding', key: 'id', column: 'outcome' },
];

const isClear = (column: string) => sql.raw(`(${column} is not null and ${column} !~ '^sm4[.]')`);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations work on any schema
export async function up(db: Kysely<any>): Promise<void> {
  for (const name of ['child', 'workforce_person']) {
    await sql`alter table ${sql.table(name)} drop constraint if exists ${sql.id(`${name}_id_number_check`)}`.execute(
      db,
    );
    await sql`alter table ${sql.table(name)} drop constraint if exists ${sql.id(`${name}_id_number_key`)}`.execute(
      db,
    );
  }
  for (const t of TARGETS)
    for (const column of t.indexed)
      await sql`alter table ${sql.table(t.table)} add column ${sql.id(`${column}_bidx`)} text collate "C"`.execute(
        db,
      );

  for (const t of TARGETS) await sealTable(db, t);
  await rekeyFindings(db);
  for (const t of JSON_TARGETS) await sealJson(db, t);

  await sql`create unique index child_id_number_bidx_key on child (id_number_bidx)`.execute(db);
  await sql`create unique index workforce_person_id_number_bidx_key on workforce_person (id_number_bidx)`.execute(
    db,
  );
  await sql`create index child_parent_id_number_bidx_idx on child_parent (id_number_bidx) where id_number_bidx is not null`.execute(
    db,
  );
  for (const t of TARGETS)
    for (const column of t.sealed)
      await sql`alter table ${sql.table(t.table)} add constraint ${sql.id(`${t.table}_${column}_sealed`)}
        check (${sql.ref(column)} ~ '^sm4[.]')`.execute(db);
}

async function sealTable(db: Kysely<unknown>, t: Target): Promise<void> {
  const where = sql.join(t.sealed.map(isClear), sql` or `);
  for (;;) {
    const { rows } = await sql<Record<string, string | null>>`
      select ${sql.ref(t.key)}::text as key, ${sql.join(t.sealed.map((c) => sql.ref(c)))}
      from ${sql.table(t.table)} where ${where} order by ${sql.ref(t.key)} limit ${BATCH}`.execute(db);
    if (!rows.length) return;
    const arrays: string[][] = [];
    const columns: string[] = [];
    for (const column of t.sealed) {
      columns.push(column);
      arrays.push(
        rows.map(
          (r) => (r[column] == null || /^sm4[.]/.test(r[column]!) ? r[column] : seal(r[column]!)) as string,
        ),
      );
      if (t.indexed.includes(column)) {
        columns.push(`${column}_bidx`);
        arrays.push(rows.map((r) => (r[column] ? blindIndex('id_number', r[column]!) : null) as string));
      }
    }
    const keys = rows.map((r) => r.key!);
    await sql`
      update ${sql.table(t.table)} t set ${sql.join(columns.map((c) => sql`${sql.id(c)} = v.${sql.id(c)}`))}
      from unnest(${keys}::text[], ${sql.join(arrays.map((a) => sql`${a}::text[]`))}) as v(key, ${sql.join(columns.map((c) => sql.id(c)))})
      where t.${sql.id(t.key)}::text = v.key`.execute(db);
  }
}

/** 'id:<ID number>' → 'id:<blind index>': the key an open finding is found again by on the next run. */
async function rekeyFindings(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ id: string; subject_key: string }>`
    select id::text as id, subject_key from comparison_finding where subject_key like 'id:%'`.execute(db);
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await sql`
      update comparison_finding f set subject_key = v.k
      from unnest(${batch.map((r) => r.id)}::text[], ${batch.map((r) => `id:${blindIndex('id_number', r.subject_key.slice(3))}`)}::text[]) as v(id, k)
      where f.id::text = v.id`.execute(db);
  }
}

async function sealJson(
  db: Kysely<unknown>,
  t: { table: string; key: string; column: string },
): Promise<void> {
  let after = '';
  for (;;) {
    const { rows } = await sql<{ key: string; value: string }>`
      select ${sql.ref(t.key)}::text as key, ${sql.ref(t.column)}::text as value from ${sql.table(t.table)}
      where ${sql.ref(t.column)} is not null and ${sql.ref(t.key)}::text > ${after}
      order by ${sql.ref(t.key)}::text limit ${BATCH}`.execute(db);
    if (!rows.length) return;
    after = rows[rows.length - 1]!.key;
    const changed = rows
      .map((r) => ({ key: r.key, value: JSON.stringify(sealInJson(JSON.parse(r.value))) }))
      .filter((r, i) => r.value !== JSON.stringify(JSON.parse(rows[i]!.value)));
    if (!changed.length) continue;
    await sql`
      update ${sql.table(t.table)} t set ${sql.id(t.column)} = v.value::jsonb
      from unnest(${changed.map((r) => r.key)}::text[], ${changed.map((r) => r.value)}::text[]) as v(key, value)
      where t.${sql.id(t.key)}::text = v.key`.execute(db);
  }
}
