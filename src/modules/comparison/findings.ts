// Findings from the matched roster, one INSERT … SELECT per clause of the rule. Each finding is keyed by
// roster kind, finding and person (the child, else the ID number, else name and birth date): while one is
// open, a re-run finds it again (and points it at the newer run and row) instead of adding a second. A
// finding already verified against the same roster file (same hash) is not raised again from that file.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { blindIndex, seal } from '../../crypto/active.ts';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { AMBIGUOUS_TABLE, childrenOfRegion, MATCH_TABLE } from './matcher.ts';
import type { FindingClause, RosterRule } from './rule.ts';
import { STAGING_TABLE } from './staging.ts';

export interface FindingRun {
  runId: string;
  rule: RosterRule;
  asOf: IsoDate;
  /** The region prefix compared ('' for all). */
  prefix: string;
  /** Where a finding about someone not on the register goes when the roster names no village. */
  fallbackRegion: string;
  fileHash: string;
}

/** The roster row's own fields as JSON, for the worklist (r.* under their field names). */
function rosterRowJson(rule: RosterRule): RawBuilder<unknown> {
  const pairs = rule.fields.flatMap((f) => [sql.lit(f.field), sql`r.${sql.id(f.sqlName)}`]);
  return pairs.length ? sql`jsonb_build_object(${sql.join(pairs)})` : sql`'{}'::jsonb`;
}

/** The SELECT that yields one clause's findings, with the columns of comparison_finding it fills. */
function source(run: FindingRun, clause: FindingClause): RawBuilder<unknown> {
  const roster = sql.table(STAGING_TABLE);
  const match = sql.table(MATCH_TABLE);
  const when = clause.when({ asOf: run.asOf });
  const row = rosterRowJson(run.rule);
  switch (clause.from) {
    case 'matched':
      return sql`
        select c.id::text as subject_key, m.match, c.id as child_id, coalesce(r.id_number, c.id_number) as id_number,
               r.name, r.birth_date, r.line as row_number, ${row} as roster_row, c.village_code as region_code, c.county_code
        from ${match} m join ${roster} r on r.n = m.n join child c on c.id = m.child_id
        where ${when}`;
    case 'unmatched':
      return sql`
        select coalesce('id:' || r.id_number_bidx, 'nb:' || r.name_key || '|' || r.birth_date::text) as subject_key,
               'exact' as match, null::uuid as child_id, r.id_number, r.name, r.birth_date, r.line as row_number,
               ${row} as roster_row,
               v.region_code, left(v.region_code, 6) as county_code
        from ${roster} r
        cross join lateral (
          select case when r.village_code like ${`${run.prefix}%`} then r.village_code else ${run.fallbackRegion} end as region_code
        ) v
        where not exists (select 1 from ${match} m where m.n = r.n)
          and not exists (select 1 from ${sql.table(AMBIGUOUS_TABLE)} a where a.n = r.n)
          and ${when}`;
    case 'absent':
      return sql`
        select c.id::text as subject_key, 'exact' as match, c.id as child_id, c.id_number, c.name, c.birth_date,
               null::integer as row_number, null::jsonb as roster_row, c.village_code as region_code, c.county_code
        from child c
        where ${childrenOfRegion(run.prefix)}
          and not exists (select 1 from ${match} m where m.child_id = c.id)
          and ${when}`;
  }
}

const FOUND_TABLE = 'cmp_found';

/**
 * Seals the ID numbers of one clause's findings (few: the roster's rows stay in the temporary table) with
 * their blind index beside them, before they are stored: the roster's numbers are staged in clear.
 */
async function sealFound(trx: Kysely<DB>): Promise<void> {
  const found = sql.table(FOUND_TABLE);
  const { rows } = await sql<{ k: string; id_number: string }>`
    select subject_key as k, id_number from ${found} where id_number is not null`.execute(trx);
  if (!rows.length) return;
  await sql`
    update ${found} s set id_number = v.sealed, id_number_bidx = v.bidx
    from unnest(${rows.map((r) => r.k)}::text[], ${rows.map((r) => seal(r.id_number))}::text[],
                ${rows.map((r) => blindIndex('id_number', r.id_number))}::text[]) as v(k, sealed, bidx)
    where s.subject_key = v.k`.execute(trx);
}

export async function raiseFindings(
  trx: Kysely<DB>,
  run: FindingRun,
): Promise<{ findings: number; newFindings: number }> {
  let findings = 0;
  let newFindings = 0;
  const found = sql.table(FOUND_TABLE);
  for (const clause of run.rule.clauses) {
    await sql`drop table if exists ${found}`.execute(trx);
    await sql`
      create temporary table ${found} on commit drop as
      select distinct on (s.subject_key) s.*, null::text as id_number_bidx
      from (${source(run, clause)}) s
      where not exists (
        select 1 from comparison_finding d join comparison_run dr on dr.id = d.last_run_id
        where d.roster_kind = ${run.rule.kind} and d.finding = ${clause.finding} and d.subject_key = s.subject_key
          and d.county_code = s.county_code and d.status <> 'open' and dr.file_hash = ${run.fileHash})
      order by s.subject_key, s.match, s.row_number`.execute(trx);
    await sealFound(trx);
    const result = await sql<{ inserted: boolean }>`
      insert into comparison_finding as f
        (run_id, last_run_id, roster_kind, finding, match, subject_key, child_id, id_number, id_number_bidx, name,
         birth_date, row_number, roster_row, region_code, county_code, as_of)
      select ${run.runId}::uuid, ${run.runId}::uuid, ${run.rule.kind}, ${clause.finding}, s.match, s.subject_key,
             s.child_id, s.id_number, s.id_number_bidx, s.name, s.birth_date, s.row_number, s.roster_row,
             s.region_code, s.county_code, ${run.asOf}::date
      from ${found} s
      on conflict (roster_kind, finding, subject_key, county_code) where status = 'open'
      do update set last_run_id = excluded.last_run_id, match = excluded.match, id_number = excluded.id_number,
                    id_number_bidx = excluded.id_number_bidx,
                    name = excluded.name, birth_date = excluded.birth_date, row_number = excluded.row_number,
                    roster_row = excluded.roster_row, region_code = excluded.region_code, as_of = excluded.as_of
      returning (xmax = 0) as inserted`.execute(trx);
    findings += result.rows.length;
    newFindings += result.rows.filter((r) => r.inserted).length;
  }
  return { findings, newFindings };
}
