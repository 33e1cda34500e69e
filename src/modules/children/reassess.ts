// Assessment on every change: the child's facts are re-read, graded with the child's own profile, and the
// result is kept on the child (for worklists) and in its history. Red opens a mandatory-report task.
import type { Kysely, Selectable } from 'kysely';
import type { ChildTable, DB } from '../../db/schema.ts';
import { assess, derivedLevel, type Assessment } from '../../domain/assess.ts';
import type { Level } from '../../domain/codes.ts';
import { type IsoDate } from '../../domain/dates.ts';
import { dueStatus } from '../../domain/due.ts';
import { reassessOn } from '../../domain/reassess-on.ts';
import { watchSchedule } from '../../domain/schedule.ts';
import type { IsoDuration } from '../../domain/duration.ts';
import { targetSpan } from '../../domain/span.ts';
import { profileForRegion } from '../../policies/index.ts';
import type { Actor } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { ReassessTrigger } from './codes.ts';
import { factsOf } from './facts.ts';
import { redHandledOn } from './red-handling.ts';
import { childCounty } from './repository.ts';

export interface ReassessResult {
  assessment: Assessment;
  previousLevel: Level | null;
  level: Level | null;
  mandatoryReportOpened: boolean;
}

type ChildRow = Selectable<ChildTable>;

type Reason = { code: string; level: string; text: string };

/**
 * What makes an assessment new, for its history: a child gets a history row when this differs from the one of
 * its last stored assessment (here and in the nightly run alike).
 */
export function assessmentFingerprint(a: {
  target: unknown;
  leftBehind: unknown;
  difficultyTypes: unknown;
  level: unknown;
  reasons: readonly Reason[];
  schedule: unknown;
}): string {
  return JSON.stringify([
    a.target,
    a.leftBehind,
    a.difficultyTypes,
    a.level,
    a.reasons.map((r) => [r.code, r.level, r.text]),
    a.schedule ?? null,
  ]);
}

/** The fingerprint of a stored assessment row. */
export function storedAssessmentFingerprint(row: {
  target: unknown;
  left_behind: unknown;
  difficulty_types: unknown;
  level: unknown;
  reasons: unknown;
  schedule: unknown;
}): string {
  return assessmentFingerprint({
    target: row.target,
    leftBehind: row.left_behind,
    difficultyTypes: row.difficulty_types,
    level: row.level,
    reasons: row.reasons as Reason[],
    schedule: row.schedule,
  });
}

/** The dates the next visit and contact fall due, from the stored history and the new schedule. */
export function dueColumns(
  child: Pick<ChildRow, 'registered_on' | 'last_visit_on' | 'last_contact_on'> & {
    red_handled_on?: IsoDate | null;
  },
  assessment: Assessment,
  immediateSince: IsoDate | null,
  asOf: IsoDate,
  followUpEvery: IsoDuration | null = null,
) {
  if (!assessment.schedule) return { next_visit_due: null, next_contact_due: null, next_due: null };
  const due = dueStatus(
    assessment.schedule,
    {
      registeredOn: child.registered_on,
      lastVisit: child.last_visit_on,
      lastContact: child.last_contact_on,
      immediateSince,
      immediateHandledOn: child.red_handled_on ?? null,
      followUpEvery,
    },
    asOf,
  );
  return { next_visit_due: due.visit.due, next_contact_due: due.contact.due, next_due: due.next };
}

/** The assessment columns kept on the child, from its rows: pure, shared by single edits and bulk imports. */
export function evaluateChild(
  child: Pick<
    ChildRow,
    | 'village_code'
    | 'birth_date'
    | 'hukou_type'
    | 'guardianship'
    | 'conditions'
    | 'manual_level'
    | 'manual_reason'
    | 'status'
    | 'level'
    | 'immediate_since'
    | 'registered_on'
    | 'last_visit_on'
    | 'last_contact_on'
  > & { red_handled_on?: IsoDate | null },
  parents: Parameters<typeof factsOf>[1],
  asOf: IsoDate,
) {
  const profile = profileForRegion(child.village_code);
  const manual = child.manual_level ? { level: child.manual_level, reason: child.manual_reason ?? '' } : null;
  const active = child.status === 'active';
  const facts = factsOf(child, parents, asOf);
  const assessment = assess(facts, profile, manual);
  const span = targetSpan(facts, profile);
  const level = active ? assessment.level : null;
  // A watched child (DOMAIN.md §1) is visited at the green schedule: on the worklist, never a target.
  const watch = active && assessment.watch;
  const schedule = watch ? watchSchedule(profile, facts) : assessment.schedule;
  const immediateSince =
    level === 'red' ? (child.level === 'red' && child.immediate_since ? child.immediate_since : asOf) : null;
  const due = active
    ? dueColumns(child, { ...assessment, schedule }, immediateSince, asOf, profile.redFollowUp.every)
    : { next_visit_due: null, next_contact_due: null, next_due: null };
  return {
    profile,
    assessment,
    columns: {
      policy: profile.id,
      assessed_on: asOf,
      target: assessment.target,
      watch,
      left_behind: assessment.leftBehind,
      difficulty_types: assessment.difficultyTypes,
      derived_level: derivedLevel(assessment),
      level,
      immediate: active && (assessment.schedule?.immediate ?? false),
      immediate_since: immediateSince,
      visit_every: schedule?.visitEvery ?? null,
      contact_every: schedule?.contactEvery ?? null,
      ...due,
      factors: span.factors,
      factor_level: span.factorLevel,
      left_behind_until: span.leftBehindUntil,
      target_until: span.targetUntil,
      difficulty_types_any_age: span.difficultyTypesAnyAge,
      // When the nightly run must grade the child again though nothing on its file changed.
      reassess_on: reassessOn(child.birth_date, profile, asOf),
    },
  };
}

/** A row for the assessment history. */
export function assessmentRow(
  childId: string,
  evaluated: ReturnType<typeof evaluateChild>,
  child: Pick<ChildRow, 'county_code' | 'manual_level' | 'manual_reason'>,
  ctx: { actor: Actor; asOf: IsoDate; trigger: ReassessTrigger },
) {
  const a = evaluated.assessment;
  return {
    child_id: childId,
    county_code: child.county_code,
    as_of: ctx.asOf,
    policy: evaluated.profile.id,
    trigger: ctx.trigger,
    actor_id: ctx.actor.id,
    target: a.target,
    left_behind: a.leftBehind,
    difficulty_types: a.difficultyTypes,
    derived_level: derivedLevel(a),
    manual_level: child.manual_level,
    manual_reason: child.manual_reason,
    level: a.level,
    reasons: JSON.stringify(a.reasons),
    schedule: a.schedule ? JSON.stringify(a.schedule) : null,
    explanation: JSON.stringify(a.explanation),
    mandatory_report: a.mandatoryReport,
  };
}

/** Opens the mandatory report an assessment calls for (source auto, situation red_factor); its id. */
export function openAutoReport(
  trx: Kysely<DB>,
  childId: string,
  factors: string[],
  ctx: { actor: Actor; asOf: IsoDate },
) {
  return trx
    .insertInto('mandatory_report')
    .values({
      child_id: childId,
      county_code: childCounty(trx, childId),
      source: 'auto',
      situation: 'red_factor',
      factors,
      discovered_on: ctx.asOf,
      opened_by: ctx.actor.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/**
 * Re-derives one child's assessment as of `asOf` inside the caller's transaction. Writes the new assessment
 * to the history when it differs from the last one (always for `create` and `manual`).
 */
export async function reassessChild(
  trx: Kysely<DB>,
  childId: string,
  ctx: { actor: Actor; asOf: IsoDate; trigger: ReassessTrigger },
): Promise<ReassessResult> {
  const child = await trx.selectFrom('child').selectAll().where('id', '=', childId).executeTakeFirstOrThrow();
  const parents = await trx.selectFrom('child_parent').selectAll().where('child_id', '=', childId).execute();
  // Whether the red case was handled since it turned red (the same day evaluateChild() keeps as immediate_since).
  const since = child.level === 'red' && child.immediate_since ? child.immediate_since : ctx.asOf;
  const handledOn = await redHandledOn(trx, childId, since);
  const evaluated = evaluateChild({ ...child, red_handled_on: handledOn }, parents, ctx.asOf);
  const { assessment, profile, columns } = evaluated;
  const { level } = columns;
  const active = child.status === 'active';

  await trx
    .updateTable('child')
    .set({
      ...columns,
      red_handled_on: columns.level === 'red' ? handledOn : null,
      // A confirmation is of one assessment: it lapses when the level moves.
      ...(level !== child.level ? { confirmed_by: null, confirmed_at: null } : {}),
    })
    .where('id', '=', childId)
    .execute();

  const last = await trx
    .selectFrom('assessment')
    .select(['level', 'target', 'left_behind', 'difficulty_types', 'reasons', 'schedule'])
    .where('child_id', '=', childId)
    .orderBy('assessed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const changed = !last || assessmentFingerprint(assessment) !== storedAssessmentFingerprint(last);
  if (changed || ctx.trigger === 'create' || ctx.trigger === 'manual')
    await trx
      .insertInto('assessment')
      .values(assessmentRow(childId, evaluated, child, ctx))
      .execute();
  if (level !== child.level)
    await recordAudit(trx, ctx.actor, {
      action: 'child.level_changed',
      entity: 'child',
      entityId: childId,
      childId,
      regionCode: child.village_code,
      changes: [{ field: 'level', old: child.level, new: level }],
      detail: { trigger: ctx.trigger, policy: profile.id, reasons: assessment.reasons.map((r) => r.code) },
    });

  let mandatoryReportOpened = false;
  if (active && assessment.mandatoryReport) {
    const open = await trx
      .selectFrom('mandatory_report')
      .select('id')
      .where('child_id', '=', childId)
      .where('status', '<>', 'closed')
      .executeTakeFirst();
    if (!open) {
      // What opened it: red factors, or the profile's own triggers (铁东 001 §四.8), with the paragraph.
      const factors = assessment.explanation.mandatoryReport.map((e) => e.code);
      const report = await openAutoReport(trx, childId, factors, ctx);
      await recordAudit(trx, ctx.actor, {
        action: 'mandatory_report.opened',
        entity: 'mandatory_report',
        entityId: report.id,
        childId,
        regionCode: child.village_code,
        detail: { source: 'auto', factors, citation: assessment.mandatoryReportSource ?? null },
      });
      mandatoryReportOpened = true;
    }
  }
  return { assessment, previousLevel: child.level, level, mandatoryReportOpened };
}

/**
 * After a red case's police report or an intervention is recorded: re-derive its due dates (issue 17.3), so
 * that it leaves 立即处置 for the profile's follow-up once both are on file. Nothing to do for other children.
 */
export async function refreshRedHandling(
  trx: Kysely<DB>,
  childId: string,
  ctx: { actor: Actor; asOf: IsoDate },
): Promise<void> {
  const child = await trx
    .selectFrom('child')
    .select(['level', 'status'])
    .where('id', '=', childId)
    .executeTakeFirst();
  if (child?.status === 'active' && child.level === 'red')
    await reassessChild(trx, childId, { ...ctx, trigger: 'handling' });
}
