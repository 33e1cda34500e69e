// Annex 1 (摸排情况数据表) counted in one SQL pass: each child on the register and a target child on the
// date is graded at its own level, counted in every row of that level it matches (rows overlap), and once
// in its level's subtotal. Each row's "其中…" count (`intervened` in the JSON) counts what the row's line
// asks (annex1-rows.ts LINE_NEEDS, docs/reports.md): an intervention, assistance in force, a return to
// school, regular tracking with nothing overdue — each as of the date. A subtotal's counts the children of
// the level that meet the line of at least one row they are counted in.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { LEVELS, type Level } from '../../domain/codes.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { ANNEX1_ROWS, type Annex1Row, type Need } from './annex1-rows.ts';
import { levelAsOf, targetOnRegister } from './as-of.ts';
import type { ScheduleOverride } from './timeliness-sql.ts';

export interface Annex1RowCount {
  item: number;
  count: number;
  intervened: number;
}

export interface Annex1Level {
  rows: Annex1RowCount[];
  subtotal: number;
  subtotalIntervened: number;
}

export type Annex1Levels = Record<Level, Annex1Level>;

const codes = (list: readonly string[]) => sql`array[${sql.join(list.map((c) => sql.lit(c)))}]::text[]`;

// Rows that test conditions (green's 低保/特困 rows) get a flag each in the grouping; rows that test
// factors test the grouped factors array.
const CONDITION_ROWS = LEVELS.flatMap((level) =>
  ANNEX1_ROWS[level].filter((r) => !r.other && r.conditions.length),
);
const flag = (row: Annex1Row) => `c_${row.level}_${row.item}`;

/** Whether a grouped row `g` matches a listed row (or, for "other", none of its level's listed rows). */
function matches(row: Annex1Row): RawBuilder<boolean> {
  const listed = row.other ? ANNEX1_ROWS[row.level].filter((r) => !r.other) : [row];
  const tests: RawBuilder<boolean>[] = [];
  const factors = listed.flatMap((r) => r.factors);
  if (factors.length) tests.push(sql<boolean>`g.factors && ${codes(factors)}`);
  for (const r of listed) if (r.conditions.length) tests.push(sql<boolean>`${sql.ref(`g.${flag(r)}`)}`);
  const any = tests.length ? sql<boolean>`(${sql.join(tests, sql` or `)})` : sql<boolean>`false`;
  return row.other ? sql<boolean>`not ${any}` : any;
}

/** Whether grouped row `g` meets a row's "其中…" line. */
function meets(row: Annex1Row): RawBuilder<boolean> {
  const all = (needs: readonly Need[]) =>
    sql<boolean>`(${sql.join(
      needs.map((n) => sql`${sql.ref(`g.${n}`)}`),
      sql` and `,
    )})`;
  return sql<boolean>`(${sql.join(row.line.map(all), sql` or `)})`;
}

function column(level: Level, item: number | 'all', intervened: boolean): string {
  return `${intervened ? 'i' : 'n'}_${level}_${item}`;
}

function aggregates(): RawBuilder<unknown> {
  const list: RawBuilder<unknown>[] = [];
  const sum = (where: RawBuilder<unknown>, name: string) =>
    list.push(sql`coalesce(sum(g.n) filter (where ${where}), 0)::int as ${sql.ref(name)}`);
  for (const level of LEVELS) {
    const at = sql`g.lvl = ${sql.lit(level)}`;
    sum(at, column(level, 'all', false));
    const anyLine = ANNEX1_ROWS[level].map((row) => sql`(${matches(row)} and ${meets(row)})`);
    sum(sql`${at} and (${sql.join(anyLine, sql` or `)})`, column(level, 'all', true));
    for (const row of ANNEX1_ROWS[level]) {
      const hit = sql`${at} and ${matches(row)}`;
      sum(hit, column(level, row.item, false));
      sum(sql`${hit} and ${meets(row)}`, column(level, row.item, true));
    }
  }
  return sql.join(list);
}

export function emptyLevels(): Annex1Levels {
  return Object.fromEntries(
    LEVELS.map((level) => [
      level,
      {
        rows: ANNEX1_ROWS[level].map((r) => ({ item: r.item, count: 0, intervened: 0 })),
        subtotal: 0,
        subtotalIntervened: 0,
      },
    ]),
  ) as Annex1Levels;
}

function levelsOf(row: Record<string, number>): Annex1Levels {
  const out = emptyLevels();
  for (const level of LEVELS) {
    const l = out[level];
    l.subtotal = row[column(level, 'all', false)] ?? 0;
    l.subtotalIntervened = row[column(level, 'all', true)] ?? 0;
    for (const r of l.rows) {
      r.count = row[column(level, r.item, false)] ?? 0;
      r.intervened = row[column(level, r.item, true)] ?? 0;
    }
  }
  return out;
}

export function totalOf(levels: Annex1Levels): number {
  return LEVELS.reduce((sum, level) => sum + levels[level].subtotal, 0);
}

export function addLevels(into: Annex1Levels, more: Annex1Levels): void {
  for (const level of LEVELS) {
    into[level].subtotal += more[level].subtotal;
    into[level].subtotalIntervened += more[level].subtotalIntervened;
    into[level].rows.forEach((r, i) => {
      r.count += more[level].rows[i]!.count;
      r.intervened += more[level].rows[i]!.intervened;
    });
  }
}

/**
 * The counts under `prefix` on `asOf`, grouped by the first `partLength` digits of the village code (0 for
 * one group). Children are counted in one village each, so the parts add up to the whole.
 */
export async function countAnnex1(
  db: Kysely<DB>,
  prefix: string,
  asOf: IsoDate,
  partLength = 0,
  overrides: readonly ScheduleOverride[] = [],
): Promise<Map<string, Annex1Levels>> {
  // Children are first grouped by what grading depends on (a few hundred groups for a province), so the
  // per-child work is one hash lookup and the planner can aggregate in parallel; the level, the rows and
  // their FILTERs are then worked out per group. See bench/README.md for the plans behind this shape.
  const part = partLength ? sql`substr(ch.village_code, 1, ${sql.lit(partLength)})` : sql`''`;
  const flags = CONDITION_ROWS.map(
    (r) => sql`ch.conditions && ${codes(r.conditions)} as ${sql.ref(flag(r))}`,
  );
  const keys = [
    'factor_level',
    'manual_level',
    'factors',
    ...CONDITION_ROWS.map(flag),
    'intervened',
    'secured',
    'schooled',
    'tracked',
  ];
  // Tracked (已定期介入跟踪): visited at least once on or before the date, and neither the visit nor the
  // contact of the child's schedule overdue on it (a visit is a contact too, as in domain/due.ts). The
  // schedule is the stored one, or for a child who has since left the target groups (stored schedule
  // empty) the one graded as of the date (`overrides`, timeliness.ts scheduleOverrides).
  const d = sql`${asOf}::date`;
  type Every = { visit: RawBuilder<unknown>; contact: RawBuilder<unknown> };
  const trackedBy = (
    visit: RawBuilder<unknown>,
    contact: RawBuilder<unknown>,
    every: Every,
  ) => sql`(${visit} is not null
    and (${every.visit} is null or ${visit} + (${every.visit})::interval >= ${d})
    and (${every.contact} is null or ${contact} + (${every.contact})::interval >= ${d}))`;
  const stored: Every = { visit: sql`ch.visit_every`, contact: sql`ch.contact_every` };
  const fixed = overrides.length > 0;
  // For a child with an empty stored schedule, ch's columns are null: the override's, when there is one.
  const graded: Every = fixed ? { visit: sql`f.visit_every`, contact: sql`f.contact_every` } : stored;
  // Three branches, so that most children are counted in parallel workers from their rows alone. The last
  // visit and contact are on the child row (kept by triggers, migration 0071) unless the child has a record
  // after the date: only those children have their records read, through the child_id index (as of today
  // nobody, as of a past month end the children visited since). The few with an empty stored schedule take
  // theirs from the overrides in a branch of their own (a join of every child to them cost ~300 ms in a
  // province). Assistance and returns to school are on the row too (0072), as the first intervention is (0007).
  const onRow = sql`(ch.last_contact_on is null or ch.last_contact_on <= ${d})`;
  const scheduled = sql`(ch.visit_every is not null or ch.contact_every is not null)`;
  const records = sql`cross join lateral (
      select max(occurred_on) filter (where kind = 'visit') as last_visit, max(occurred_on) as last_contact
      from contact where child_id = ch.id and occurred_on <= ${d}) later`;
  const fromRecords = sql`later.last_visit`;
  const groupBy = sql`group by ${sql.raw(partLength ? 'part, ' : '')}${sql.join(keys.map((k) => sql.ref(k)))}`;
  const branch = (tracked: RawBuilder<unknown>, from: RawBuilder<unknown>, which: RawBuilder<unknown>) => sql`
    select ${part} as part, ch.factor_level, ch.manual_level, ch.factors, ${sql.join(flags)},
      coalesce(ch.first_intervention_on <= ${d}, false) as intervened,
      ch.assistance_days @> ${d} as secured,
      coalesce(ch.first_return_on <= ${d}, false) as schooled,
      ${tracked} as tracked,
      count(*) as n
    from child ch
    ${from}
    where ${targetOnRegister('ch', prefix, asOf)} and ${which}
    ${groupBy}`;
  const branches = [
    branch(
      trackedBy(sql`ch.last_visit_on`, sql`ch.last_contact_on`, stored),
      sql``,
      sql`${scheduled} and ${onRow}`,
    ),
    branch(
      trackedBy(fromRecords, sql`later.last_contact`, stored),
      records,
      sql`${scheduled} and not ${onRow}`,
    ),
    branch(
      trackedBy(fromRecords, sql`later.last_contact`, graded),
      sql`${fixed ? sql`left join fix f on f.id = ch.id` : sql``} ${records}`,
      sql`not ${scheduled}`,
    ),
  ];
  const result = await sql<Record<string, number> & { part: string }>`
    ${
      fixed
        ? sql`with fix as (
      select (x ->> 'id')::uuid as id, x ->> 'visitEvery' as visit_every, x ->> 'contactEvery' as contact_every
      from jsonb_array_elements(${JSON.stringify(overrides)}::jsonb) as x
    )`
        : sql``
    }
    select g.part, ${aggregates()}
    from (
      select c.*, ${levelAsOf('c')} as lvl
      from (
        select ${sql.raw(partLength ? 'part, ' : "'' as part, ")}${sql.join(keys.map((k) => sql.ref(k)))}, sum(n) as n
        from (${sql.join(branches, sql` union all `)}) u
        ${groupBy}
      ) c
    ) g
    group by g.part`.execute(db);
  return new Map(result.rows.map((row) => [row.part, levelsOf(row)]));
}
