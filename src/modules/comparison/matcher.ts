// Matching the staged roster to the register, in three set-based steps over the active children of the
// region: exact by ID number (its blind index: the register holds no ID number in clear); then, for rows left over, probable by name key and birth date when exactly
// one child answers (a child already matched exactly is on the roster and is no candidate); rows that
// several children answer are ambiguous: reported, never guessed.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { STAGING_TABLE } from './staging.ts';

export const MATCH_TABLE = 'cmp_match';
export const AMBIGUOUS_TABLE = 'cmp_ambiguous';

export interface MatchCounts {
  matched: number;
  probable: number;
  ambiguous: { row: number; candidates: number; idNumber: string | null; name: string }[];
}

/** The children a comparison of region `prefix` ('' for all) looks at. */
export function childrenOfRegion(prefix: string) {
  return sql<boolean>`c.status = 'active' and c.village_code like ${`${prefix}%`}`;
}

export async function matchRoster(trx: Kysely<DB>, prefix: string): Promise<MatchCounts> {
  const roster = sql.table(STAGING_TABLE);
  const match = sql.table(MATCH_TABLE);
  const ambiguous = sql.table(AMBIGUOUS_TABLE);
  const inRegion = childrenOfRegion(prefix);

  // One full join by ID number gives at once the exact matches, the rows left over and the children left
  // over: a single pass over both tables where an inner join and two anti-joins would take three.
  const exact = sql.table('cmp_exact');
  await sql`
    create temporary table ${exact} on commit drop as
    select r.n, r.birth_date as row_birth_date, r.name_key, c.id as child_id, c.birth_date, c.name
    from ${roster} r
    full join (select c.id, c.id_number_bidx, c.birth_date, c.name from child c where ${inRegion}) c
      on c.id_number_bidx = r.id_number_bidx`.execute(trx);
  await sql`
    create temporary table ${match} on commit drop as
    select n, child_id, 'exact'::text as match from ${exact} where n is not null and child_id is not null`.execute(
    trx,
  );

  // The rows' name keys were computed as they were read (name-key.ts); the children's cost microseconds
  // each in SQL, so only those of leftover children who share a birth date with a leftover row are keyed.
  // Keys compare byte-wise (collate "C"): equality is all that is asked, and locale-aware sorting is slow.
  const candidates = sql.table('cmp_candidates');
  await sql`
    create temporary table ${candidates} on commit drop as
    with rows_left as materialized (
      select n, row_birth_date as birth_date, name_key from ${exact} where child_id is null
    ), children_left as materialized (
      select child_id as id, birth_date, name from ${exact} where n is null
    ), rows_dated as (
      select * from rows_left r where r.birth_date in (select birth_date from children_left)
    ), children_dated as (
      select c.*, comparison_name_key(c.name) collate "C" as name_key
      from children_left c where c.birth_date in (select birth_date from rows_left)
    )
    select r.n, c.id as child_id, count(*) over (partition by r.n) as k
    from rows_dated r
    join children_dated c on c.birth_date = r.birth_date and c.name_key = r.name_key collate "C"`.execute(
    trx,
  );
  await sql`insert into ${match} (n, child_id, match) select n, child_id, 'probable' from ${candidates} where k = 1`.execute(
    trx,
  );
  await sql`
    create temporary table ${ambiguous} on commit drop as
    select n, max(k)::integer as candidates from ${candidates} where k > 1 group by n`.execute(trx);
  await sql`analyze ${match}`.execute(trx);

  // A row matches at most one child (ID numbers are unique; a probable match is one candidate), so rows
  // are counted without DISTINCT.
  const counts = await sql<{ matched: number; probable: number }>`
    select count(*)::integer as matched, count(*) filter (where match = 'probable')::integer as probable
    from ${match}`.execute(trx);
  const rows = await sql<{ line: number; candidates: number; id_number: string | null; name: string }>`
    select r.line, a.candidates, r.id_number, r.name
    from ${ambiguous} a join ${roster} r on r.n = a.n
    order by r.n`.execute(trx);
  return {
    matched: counts.rows[0]?.matched ?? 0,
    probable: counts.rows[0]?.probable ?? 0,
    ambiguous: rows.rows.map((r) => ({
      row: r.line,
      candidates: r.candidates,
      idNumber: r.id_number,
      name: r.name,
    })),
  };
}
