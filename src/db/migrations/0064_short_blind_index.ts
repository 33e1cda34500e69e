// Blind indexes shortened to their first 22 characters (132 bits, BLIND_INDEX_LENGTH in crypto/keyring.ts):
// the whole 43-character HMAC-SM3 digest made the data comparison's join by ID number, and every unique index
// on it, measurably slower than the clear number had been (issue 16.2: at most 20 % for sealing). The index
// is a prefix of what was stored, so it is cut in place, no key needed: every `*_bidx` column, and the
// comparison findings keyed 'id:<blind index>' — closed ones too, since a finding verified against a roster
// file is recognised by that key when the same file comes again (comparison/findings.ts). Distinct digests
// keep distinct 132-bit prefixes (a collision is as likely as guessing a 132-bit key), so the unique indexes
// hold. Only values longer than 22 are touched: running it again changes nothing.
//
// Audit records are not rewritten: the trail is append-only (issue 15), so a search by ID number recorded
// before this migration keeps the 43-character index it was written with (`detail.idNumberIndex`); its first
// 22 characters are the index of the same number now.
import { sql, type Kysely } from 'kysely';

const LENGTH = 22;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations work on any schema
export async function up(db: Kysely<any>): Promise<void> {
  // Found rather than listed, so that no blind index is left long: at this migration they are the
  // id_number_bidx of child, child_parent, child_caregiver, workforce_person and comparison_finding.
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and column_name like '%\\_bidx' and data_type = 'text'
    order by table_name, column_name`.execute(db);
  for (const { table_name: table, column_name: column } of rows)
    await sql`
      update ${sql.table(table)} set ${sql.id(column)} = left(${sql.ref(column)}, ${LENGTH})
      where length(${sql.ref(column)}) > ${LENGTH}`.execute(db);
  await sql`
    update comparison_finding set subject_key = left(subject_key, ${3 + LENGTH})
    where subject_key like 'id:%' and length(subject_key) > ${3 + LENGTH}`.execute(db);
}

// Nothing to undo: the whole digests cannot be recovered from their prefixes (only recomputed from the ID
// numbers, with the index key), and an older build would no longer find a child by ID number after it.
export async function down(): Promise<void> {}
