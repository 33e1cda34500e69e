// The daily re-assessment: ages move by themselves (a child turns 16 or 18 and stops being a target child),
// and a profile edited by the bureau changes schedules for everyone. Each child carries the first day its
// stored assessment can change with no change to its file (child.reassess_on, domain/reassess-on.ts); a
// night's run grades only the active children whose day has come (or whose day is not computed yet), unless
// the profiles or the engine changed since the last full run, a run already graded a later day, or every
// child is asked for (sweep.ts): then every active child is graded, in batches, as before. Either way the
// pure evaluateChild() grades them; only the children whose stored assessment columns differ are written,
// with the same columns, history rows, level audit and mandatory reports as reassessChild(), and a child
// whose assessment stands only has its reassess_on moved on.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { ChildParentTable, DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { systemActor, type Actor } from '../access/index.ts';
import {
  assessmentFingerprint,
  assessmentRow,
  evaluateChild,
  openAutoReport,
  storedAssessmentFingerprint,
} from '../children/index.ts';
import { refreshWorklistRollup } from './summary.ts';
import { rulesDigest, sweepReason, type SweepReason } from './sweep.ts';

export interface ReassessAllOptions {
  asOf: IsoDate;
  /** Region prefix (2–9 digits, or 12 for one village); empty or absent means every child. */
  region?: string | null;
  batchSize?: number;
  actor?: Actor;
  /** Grade every active child, whether or not its day has come (`tonghu reassess --all`). */
  all?: boolean;
}

export interface ReassessAllResult {
  asOf: IsoDate;
  region: string | null;
  /** Whether every active child was graded, and why; false when only those whose day had come were. */
  full: boolean;
  fullReason: SweepReason | null;
  /** Active children graded. */
  checked: number;
  /** Children whose stored assessment changed and was written. */
  updated: number;
  /** "green→none", "yellow→red", … with counts ('none' = not a target child). */
  levelChanges: Record<string, number>;
  /** Target children who stopped being one (turned 16 or 18). */
  leftTarget: number;
  becameTarget: number;
  assessmentsRecorded: number;
  mandatoryReportsOpened: number;
  ms: number;
}

const EVALUATED = [
  'id',
  'county_code',
  'village_code',
  'birth_date',
  'hukou_type',
  'guardianship',
  'conditions',
  'manual_level',
  'manual_reason',
  'status',
  'level',
  'immediate_since',
  'red_handled_on',
  'registered_on',
  'last_visit_on',
  'last_contact_on',
  // the stored assessment, to compare with
  'policy',
  'target',
  'watch',
  'left_behind',
  'difficulty_types',
  'derived_level',
  'immediate',
  'visit_every',
  'contact_every',
  'next_visit_due',
  'next_contact_due',
  'next_due',
  'factors',
  'factor_level',
  'left_behind_until',
  'target_until',
  'difficulty_types_any_age',
  'reassess_on',
] as const;

type Row = Pick<Selectable<DB['child']>, (typeof EVALUATED)[number]>;
type ParentRow = Pick<
  Selectable<ChildParentTable>,
  'child_id' | 'relation' | 'statuses' | 'migrant_months' | 'cross_county' | 'core_urban_both'
>;
type Evaluated = ReturnType<typeof evaluateChild>;

/**
 * The assessment columns evaluateChild() sets, apart from the date of the assessment itself and the day to
 * look again (a row whose assessment stands is not re-assessed: no history row, no mandatory report).
 */
function differs(row: Row, evaluated: Evaluated): boolean {
  const { assessed_on: _date, reassess_on: _next, ...columns } = evaluated.columns;
  return Object.entries(columns).some(
    ([key, value]) => JSON.stringify(row[key as keyof Row] ?? null) !== JSON.stringify(value ?? null),
  );
}

const rescheduled = (row: Row, evaluated: Evaluated) => row.reassess_on !== evaluated.columns.reassess_on;

async function loadRows(
  db: Kysely<DB>,
  where: { after?: string; ids?: string[]; prefix: string; limit?: number; lock?: boolean },
) {
  let q = db.selectFrom('child').select(EVALUATED).where('status', '=', 'active');
  if (where.prefix) q = q.where('village_code', 'like', `${where.prefix}%`);
  if (where.ids) q = q.where('id', 'in', where.ids);
  if (where.after) q = q.where('id', '>', where.after);
  q = q.orderBy('id');
  if (where.limit) q = q.limit(where.limit);
  // NO KEY: an audit row naming the child (foreign key, KEY SHARE) is not blocked (casework/child-row.ts).
  return where.lock ? q.forNoKeyUpdate().execute() : q.execute();
}

async function parentsOf(db: Kysely<DB>, ids: string[]): Promise<Map<string, ParentRow[]>> {
  const rows = ids.length
    ? await db
        .selectFrom('child_parent')
        .select(['child_id', 'relation', 'statuses', 'migrant_months', 'cross_county', 'core_urban_both'])
        .where('child_id', 'in', ids)
        .execute()
    : [];
  const byChild = new Map<string, ParentRow[]>();
  for (const p of rows) byChild.set(p.child_id, [...(byChild.get(p.child_id) ?? []), p]);
  return byChild;
}

/** Writes the changed children of one batch in one transaction, re-reading them under lock first. */
async function writeChanged(
  db: Kysely<DB>,
  ids: string[],
  prefix: string,
  ctx: { actor: Actor; asOf: IsoDate },
  result: ReassessAllResult,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // A visit or an edit may have landed since the batch was read: grade the locked rows again.
    const rows = await loadRows(trx, { ids, prefix, lock: true });
    const parents = await parentsOf(trx, ids);
    const graded = rows.map((row) => ({
      row,
      evaluated: evaluateChild(row, parents.get(row.id) ?? [], ctx.asOf),
    }));
    const changed = graded.filter(({ row, evaluated }) => differs(row, evaluated));
    // The assessment stands: only the day to look again moves on.
    const moveOn = graded
      .filter(({ row, evaluated }) => !differs(row, evaluated) && rescheduled(row, evaluated))
      .map(({ row, evaluated }) => ({ id: row.id, reassess_on: evaluated.columns.reassess_on }));
    if (moveOn.length)
      await sql`
        update child set reassess_on = v.reassess_on
        from jsonb_to_recordset(${JSON.stringify(moveOn)}::jsonb) as v(id uuid, reassess_on date)
        where child.id = v.id`.execute(trx);
    if (!changed.length) return;

    const columns = changed.map(({ row, evaluated }) => ({
      id: row.id,
      ...evaluated.columns,
      level_moved: evaluated.columns.level !== row.level,
    }));
    // One statement for the batch: the new columns travel as one jsonb parameter.
    await sql`
      update child set
        policy = v.policy, assessed_on = v.assessed_on, target = v.target, watch = v.watch,
        left_behind = v.left_behind,
        difficulty_types = v.difficulty_types, derived_level = v.derived_level, level = v.level,
        immediate = v.immediate, immediate_since = v.immediate_since, visit_every = v.visit_every,
        contact_every = v.contact_every, next_visit_due = v.next_visit_due,
        next_contact_due = v.next_contact_due, next_due = v.next_due, factors = v.factors,
        factor_level = v.factor_level, left_behind_until = v.left_behind_until, target_until = v.target_until,
        difficulty_types_any_age = v.difficulty_types_any_age, reassess_on = v.reassess_on,
        confirmed_by = case when v.level_moved then null else child.confirmed_by end,
        confirmed_at = case when v.level_moved then null else child.confirmed_at end
      from jsonb_to_recordset(${JSON.stringify(columns)}::jsonb) as v(
        id uuid, policy text, assessed_on date, target boolean, watch boolean, left_behind boolean,
        difficulty_types text[],
        derived_level text, level text, immediate boolean, immediate_since date, visit_every text,
        contact_every text, next_visit_due date, next_contact_due date, next_due date, factors text[],
        factor_level text, left_behind_until date, target_until date, difficulty_types_any_age text[],
        reassess_on date, level_moved boolean)
      where child.id = v.id`.execute(trx);
    result.updated += changed.length;

    // History: a new row where the assessment differs from the child's last one, as reassessChild does.
    const changedIds = changed.map((c) => c.row.id);
    const last = await trx
      .selectFrom('assessment')
      .select(['child_id', 'level', 'target', 'left_behind', 'difficulty_types', 'reasons', 'schedule'])
      .distinctOn('child_id')
      .where('child_id', 'in', changedIds)
      .orderBy('child_id')
      .orderBy('assessed_at', 'desc')
      .execute();
    const lastPrint = new Map(last.map((a) => [a.child_id, storedAssessmentFingerprint(a)]));
    const history = changed
      .filter(({ row, evaluated }) => lastPrint.get(row.id) !== assessmentFingerprint(evaluated.assessment))
      .map(({ row, evaluated }) =>
        assessmentRow(row.id, evaluated, row, { actor: ctx.actor, asOf: ctx.asOf, trigger: 'daily' }),
      );
    if (history.length) await trx.insertInto('assessment').values(history).execute();
    result.assessmentsRecorded += history.length;

    const moved = changed.filter(({ row, evaluated }) => row.level !== evaluated.columns.level);
    for (const { row, evaluated } of moved) {
      const key = `${row.level ?? 'none'}→${evaluated.columns.level ?? 'none'}`;
      result.levelChanges[key] = (result.levelChanges[key] ?? 0) + 1;
    }
    for (const { row, evaluated } of changed) {
      if (row.target && !evaluated.columns.target) result.leftTarget += 1;
      if (!row.target && evaluated.columns.target) result.becameTarget += 1;
    }
    if (moved.length)
      await trx
        .insertInto('audit_event')
        .values(
          moved.map(({ row, evaluated }) => ({
            actor_id: ctx.actor.id,
            actor_name: ctx.actor.name,
            action: 'child.level_changed',
            entity: 'child',
            entity_id: row.id,
            child_id: row.id,
            region_code: row.village_code,
            changes: JSON.stringify([{ field: 'level', old: row.level, new: evaluated.columns.level }]),
            detail: JSON.stringify({
              trigger: 'daily',
              policy: evaluated.profile.id,
              reasons: evaluated.assessment.reasons.map((r) => r.code),
            }),
          })),
        )
        .execute();

    await openMandatoryReports(trx, changed, ctx, result);
  });
}

/** A child graded red with a mandatory-report factor gets an open report unless it has one. */
async function openMandatoryReports(
  trx: Kysely<DB>,
  changed: { row: Row; evaluated: Evaluated }[],
  ctx: { actor: Actor; asOf: IsoDate },
  result: ReassessAllResult,
): Promise<void> {
  const due = changed.filter(({ evaluated }) => evaluated.assessment.mandatoryReport);
  if (!due.length) return;
  const open = new Set(
    (
      await trx
        .selectFrom('mandatory_report')
        .select('child_id')
        .where(
          'child_id',
          'in',
          due.map((d) => d.row.id),
        )
        .where('status', '<>', 'closed')
        .execute()
    ).map((r) => r.child_id),
  );
  for (const { row, evaluated } of due) {
    if (open.has(row.id)) continue;
    const factors = evaluated.assessment.explanation.mandatoryReport.map((e) => e.code);
    const report = await openAutoReport(trx, row.id, factors, ctx);
    await trx
      .insertInto('audit_event')
      .values({
        actor_id: ctx.actor.id,
        actor_name: ctx.actor.name,
        action: 'mandatory_report.opened',
        entity: 'mandatory_report',
        entity_id: report.id,
        child_id: row.id,
        region_code: row.village_code,
        changes: null,
        detail: JSON.stringify({ source: 'auto', factors }),
      })
      .execute();
    result.mandatoryReportsOpened += 1;
  }
}

/** The active children whose day has come (or was never computed), in id order. */
async function dueIds(db: Kysely<DB>, asOf: IsoDate, prefix: string): Promise<string[]> {
  let q = db
    .selectFrom('child')
    .select('id')
    .where('status', '=', 'active')
    .where((eb) => eb.or([eb('reassess_on', '<=', asOf), eb('reassess_on', 'is', null)]));
  if (prefix) q = q.where('village_code', 'like', `${prefix}%`);
  return (await q.orderBy('id').execute()).map((r) => r.id);
}

export async function reassessAll(db: Kysely<DB>, options: ReassessAllOptions): Promise<ReassessAllResult> {
  const started = performance.now();
  const actor = options.actor ?? systemActor('每日重新评估');
  const prefix = options.region ?? '';
  const batchSize = options.batchSize ?? 2000;
  const digest = rulesDigest();
  const reason = await sweepReason(db, { asOf: options.asOf, region: prefix, all: options.all, digest });
  const result: ReassessAllResult = {
    asOf: options.asOf,
    region: prefix || null,
    full: reason !== null,
    fullReason: reason,
    checked: 0,
    updated: 0,
    levelChanges: {},
    leftTarget: 0,
    becameTarget: 0,
    assessmentsRecorded: 0,
    mandatoryReportsOpened: 0,
    ms: 0,
  };
  const grade = async (rows: Row[]) => {
    result.checked += rows.length;
    const parents = await parentsOf(
      db,
      rows.map((r) => r.id),
    );
    const candidates = rows
      .filter((row) => {
        const evaluated = evaluateChild(row, parents.get(row.id) ?? [], options.asOf);
        return differs(row, evaluated) || rescheduled(row, evaluated);
      })
      .map((row) => row.id);
    if (candidates.length) await writeChanged(db, candidates, prefix, { actor, asOf: options.asOf }, result);
  };
  if (result.full) {
    let after: string | undefined;
    for (;;) {
      const rows = await loadRows(db, { after, prefix, limit: batchSize });
      if (!rows.length) break;
      after = rows[rows.length - 1]!.id;
      await grade(rows);
    }
  } else {
    const ids = await dueIds(db, options.asOf, prefix);
    for (let i = 0; i < ids.length; i += batchSize)
      await grade(await loadRows(db, { ids: ids.slice(i, i + batchSize), prefix }));
  }
  // Kept once the run is through: a run that failed half way is not one to build on.
  await db
    .insertInto('reassess_run')
    .values({
      as_of: options.asOf,
      region: prefix || null,
      full_sweep: result.full,
      profiles: digest,
      checked: result.checked,
      updated: result.updated,
    })
    .execute();
  // The day has moved the summary's counts (due dates passed, birthdays): count them again for it.
  await refreshWorklistRollup(db, options.asOf);
  result.ms = Math.round(performance.now() - started);
  return result;
}
