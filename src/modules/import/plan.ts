// What storing one valid record means, worked out in memory: the child row with its assessment columns
// (evaluateChild, as reassessChild computes them), parents and caregiver when they changed, new
// interventions, the assessment history row, a mandatory-report task for a red child without an open one,
// and the audit records — so that a chunk of records can be written with a few multi-row statements.
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type {
  AuditEventTable,
  ChildCaregiverTable,
  ChildParentTable,
  ChildTable,
  InterventionTable,
  MandatoryReportTable,
} from '../../db/schema.ts';
import type { Assessment } from '../../domain/assess.ts';
import type { Level } from '../../domain/codes.ts';
import type { IsoDate } from '../../domain/dates.ts';
import type { Actor } from '../access/index.ts';
import { diff, type FieldChange } from '../audit/index.ts';
import {
  assessmentRow,
  evaluateChild,
  caregiverColumns,
  childFactColumns,
  parentColumns,
  type ChildRow,
  type InterventionInput,
  inputOf,
  type CheckedChild,
} from '../children/index.ts';
import type { RecordUnit } from './record.ts';
import { interventionKey, type LastAssessment, type StoredChild } from './stored.ts';

export interface PlanContext {
  actor: Actor;
  today: IsoDate;
  runId: string;
  fileName: string;
}

/** A child row to upsert; a null `updated_at` means now (the row changed). */
export type ChildWrite = Omit<Insertable<ChildTable>, 'updated_at' | 'created_at'> & {
  id: string;
  updated_at: Date | null;
};

export interface ChildPlan {
  id: string;
  action: 'create' | 'update';
  /** Something in the child's file changed (facts, parents, caregiver or new interventions). */
  changed: boolean;
  child: ChildWrite;
  /** Parents to store in place of the stored ones; null keeps them. */
  parents: Insertable<ChildParentTable>[] | null;
  /** The caregiver to store in place of the stored one (null removes it); undefined keeps it. */
  caregiver: Insertable<ChildCaregiverTable> | null | undefined;
  interventions: Insertable<InterventionTable>[];
  assessment: ReturnType<typeof assessmentRow> | null;
  report: Insertable<MandatoryReportTable> | null;
  audits: AuditWrite[];
  level: Level | null;
  target: boolean;
  leftBehind: boolean;
}

/**
 * An audit record to insert, its JSON as values rather than text: the writer seals what they hold and
 * writes them as JSON once (sealRow, BulkWriter), instead of a JSON text parsed back to be sealed.
 */
export type AuditWrite = Omit<Insertable<AuditEventTable>, 'changes' | 'detail'> & {
  changes: FieldChange[] | null;
  detail: Record<string, unknown> | null;
};

/** The child's own facts, as childFactColumns() gives them (every one set, null when unknown). */
type FactKey =
  | 'external_id' | 'name' | 'gender' | 'id_number' | 'birth_date' | 'ethnicity' | 'hukou_type'
  | 'hukou_region_code' | 'village_code' | 'county_code' | 'responsible_side' | 'address' | 'phone'
  | 'school_name' | 'school_stage' | 'school_grade' | 'health_status' | 'disability_category'
  | 'disability_grade' | 'disability_certificate' | 'guardianship' | 'conditions' | 'note' | 'registered_on'; // prettier-ignore
type Facts = Pick<ChildRow, FactKey>;

/** The columns of a child not yet registered, before its facts and assessment are laid over them. */
const NEW_CHILD: Omit<
  ChildRow,
  | FactKey
  | 'id'
  | 'created_at'
  | 'updated_at'
  | 'id_number_bidx'
  | 'deidentified_at'
  | 'handle_first'
  // Kept by the triggers on child_assistance and school_return (0072).
  | 'assistance_days'
  | 'first_return_on'
> = {
  // Kept by the triggers on intervention (0007); planChild sets it as they would.
  first_intervention_on: null,
  status: 'active',
  exit_reason: null,
  exited_on: null,
  exit_note: null,
  policy: 'national',
  assessed_on: '1970-01-01',
  target: false,
  watch: false,
  left_behind: false,
  difficulty_types: [],
  derived_level: null,
  manual_level: null,
  manual_reason: null,
  level: null,
  confirmed_by: null,
  confirmed_at: null,
  immediate: false,
  immediate_since: null,
  red_handled_on: null,
  visit_every: null,
  contact_every: null,
  last_visit_on: null,
  last_contact_on: null,
  next_visit_due: null,
  next_contact_due: null,
  next_due: null,
  version: 1,
  factors: [],
  factor_level: null,
  left_behind_until: null,
  target_until: null,
  difficulty_types_any_age: [],
  reassess_on: null,
};

/**
 * The columns an import writes besides the facts: those it knows. A column another module adds later is
 * left to its default on insert and to its value on update.
 */
const CHILD_KEPT_COLUMNS = Object.keys(NEW_CHILD) as (keyof typeof NEW_CHILD)[];

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = from[k];
  return out;
}

/** Whether the assessment differs from the last one in the history (reassess.ts writes on the same test). */
function sameAssessment(last: LastAssessment | null, a: Assessment): boolean {
  if (!last) return false;
  const reasons = (r: Assessment['reasons']) => r.map((x) => [x.code, x.level, x.text]);
  return (
    JSON.stringify([a.target, a.leftBehind, a.difficultyTypes, a.level, reasons(a.reasons), a.schedule]) ===
    JSON.stringify([
      last.target,
      last.left_behind,
      last.difficulty_types,
      last.level,
      reasons(last.reasons as Assessment['reasons']),
      last.schedule,
    ])
  );
}

function auditRow(
  ctx: PlanContext,
  entry: {
    action: string;
    entity: string;
    entityId: string;
    childId: string;
    regionCode: string;
    changes?: FieldChange[];
    detail?: Record<string, unknown>;
  },
): AuditWrite {
  return {
    actor_id: ctx.actor.id,
    actor_name: ctx.actor.name,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    child_id: entry.childId,
    region_code: entry.regionCode,
    changes: entry.changes ?? null,
    detail: entry.detail ?? null,
  };
}

export function planChild(
  stored: StoredChild | null,
  checked: CheckedChild,
  interventions: InterventionInput[],
  at: { number: number; unit: RecordUnit },
  ctx: PlanContext,
): ChildPlan {
  const id = stored?.row.id ?? randomUUID();
  const facts = childFactColumns(checked) as Facts;
  const parents = checked.parents.map((p) => parentColumns(id, p));
  const caregiver = checked.caregiver ? caregiverColumns(id, checked.caregiver) : null;
  const source = { importRunId: ctx.runId, file: ctx.fileName, [at.unit]: at.number };

  const seen = new Set(stored?.interventions ?? []);
  const added = interventions.filter((i) => {
    const key = interventionKey(i);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  let factChanges: FieldChange[] = [];
  let parentChanges: FieldChange[] = [];
  let caregiverChanges: FieldChange[] = [];
  if (stored) {
    const before = inputOf(stored.row, stored.parents, stored.caregiver);
    factChanges = diff(childFactColumns(before as CheckedChild), facts);
    parentChanges = diff({ parents: before.parents.map((p) => parentColumns(id, p)) }, { parents });
    caregiverChanges = diff(
      { caregiver: before.caregiver ? caregiverColumns(id, before.caregiver) : null },
      { caregiver },
    );
  }
  const changes = [
    ...factChanges,
    ...parentChanges,
    ...caregiverChanges,
    ...(added.length ? [{ field: 'interventions', old: null, new: added }] : []),
  ];

  // parentColumns() sets every column, so the rows are what the table would give back. Object.assign rather
  // than spreads, here and below, for the reason given at `row`.
  const base = stored?.row ?? NEW_CHILD;
  const evaluated = evaluateChild(
    Object.assign({}, base, facts, { id }),
    parents as Parameters<typeof evaluateChild>[1],
    ctx.today,
  );
  const { columns, assessment, profile } = evaluated;
  const previousLevel = stored?.row.level ?? null;
  // Object.assign, not one literal of spreads: a literal spreading three objects into ~70 keys costs V8
  // ~20 µs a child (1.3 s of a 50,000-child import's 20 s, the largest single line in its CPU profile).
  const row = Object.assign(pick(stored?.row ?? NEW_CHILD, CHILD_KEPT_COLUMNS), facts, columns, {
    id,
    // Every import of a record is a write of the child's file, so it moves the version even when the
    // file says what the register already holds (the audit record then lists no changes).
    version: stored ? stored.row.version + 1 : 1,
    updated_at: null,
    // A confirmation is of one assessment: it lapses when the level moves.
    ...(columns.level !== previousLevel ? { confirmed_by: null, confirmed_at: null } : {}),
  }) as ChildWrite;
  // The intervention triggers (0007) keep this column as the earliest intervention; set here as they would,
  // the child row is written once: otherwise their update of every child with a new intervention, after
  // the COPY, cost 1.6 s of a 50,000-child import (5,000 interventions; pg_stat_user_functions).
  for (const i of added)
    if (row.first_intervention_on == null || i.date < row.first_intervention_on)
      row.first_intervention_on = i.date;
  const audits: AuditWrite[] = [];
  const region = checked.villageCode;
  if (!stored)
    audits.push(
      auditRow(ctx, {
        action: 'child.created',
        entity: 'child',
        entityId: id,
        childId: id,
        regionCode: region,
        changes: diff(
          null,
          Object.assign({}, facts, {
            parents: checked.parents,
            caregiver: checked.caregiver ?? null,
            ...(added.length ? { interventions: added } : {}),
          }),
        ),
        detail: { trigger: 'import', ...source },
      }),
    );
  else
    audits.push(
      auditRow(ctx, {
        action: 'child.updated',
        entity: 'child',
        entityId: id,
        childId: id,
        regionCode: region,
        changes,
        detail: { trigger: 'import', version: row.version, ...source },
      }),
    );
  if (columns.level !== previousLevel)
    audits.push(
      auditRow(ctx, {
        action: 'child.level_changed',
        entity: 'child',
        entityId: id,
        childId: id,
        regionCode: region,
        changes: [{ field: 'level', old: previousLevel, new: columns.level }],
        detail: { trigger: 'import', policy: profile.id, reasons: assessment.reasons.map((r) => r.code) },
      }),
    );

  let report: Insertable<MandatoryReportTable> | null = null;
  if (row.status === 'active' && assessment.mandatoryReport && !stored?.hasOpenReport) {
    const factors = assessment.reasons.filter((r) => r.level === 'red').map((r) => r.code);
    report = {
      id: randomUUID(),
      child_id: id,
      county_code: row.county_code,
      source: 'auto',
      situation: 'red_factor',
      factors,
      discovered_on: ctx.today,
      opened_by: ctx.actor.id,
    };
    audits.push(
      auditRow(ctx, {
        action: 'mandatory_report.opened',
        entity: 'mandatory_report',
        entityId: report.id as string,
        childId: id,
        regionCode: region,
        detail: { source: 'auto', factors },
      }),
    );
  }

  return {
    id,
    action: stored ? 'update' : 'create',
    changed: changes.length > 0,
    child: row,
    // Written beside the child, in its county (0082).
    parents:
      !stored || parentChanges.length ? parents.map((p) => ({ ...p, county_code: row.county_code })) : null,
    caregiver:
      !stored || caregiverChanges.length
        ? caregiver && { ...caregiver, county_code: row.county_code }
        : undefined,
    interventions: added.map((i) => ({
      child_id: id,
      county_code: row.county_code,
      occurred_on: i.date,
      kind: i.kind,
      note: i.note ?? null,
      recorded_by: ctx.actor.id,
    })),
    assessment: sameAssessment(stored?.lastAssessment ?? null, assessment)
      ? null
      : assessmentRow(
          id,
          evaluated,
          {
            county_code: row.county_code,
            manual_level: base.manual_level,
            manual_reason: base.manual_reason,
          },
          { actor: ctx.actor, asOf: ctx.today, trigger: 'import' },
        ),
    report,
    audits,
    level: columns.level,
    target: assessment.target,
    leftBehind: assessment.leftBehind,
  };
}
