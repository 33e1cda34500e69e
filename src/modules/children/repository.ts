// SQL for children and what hangs off them. Nothing here checks access: callers go through the scope
// (modules/access/scope.ts) first, and list queries take the actor and filter by its region themselves.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { ChildCaregiverTable, ChildParentTable, ChildTable, DB } from '../../db/schema.ts';
import type { DifficultyType } from '../../domain/codes.ts';
import type { CaregiverInput, ParentInput } from './schemas.ts';
import type { CheckedChild } from './validate.ts';

type ChildFactColumns = Omit<
  Insertable<ChildTable>,
  | 'id'
  | 'policy'
  | 'assessed_on'
  | 'target'
  | 'left_behind'
  | 'difficulty_types'
  | 'derived_level'
  | 'manual_level'
  | 'manual_reason'
  | 'level'
  | 'confirmed_by'
  | 'confirmed_at'
  | 'immediate'
  | 'immediate_since'
  | 'visit_every'
  | 'contact_every'
  | 'last_visit_on'
  | 'last_contact_on'
  | 'next_visit_due'
  | 'next_contact_due'
  | 'next_due'
  | 'version'
  | 'created_at'
  | 'updated_at'
  | 'status'
  | 'exit_reason'
  | 'exited_on'
  | 'exit_note'
>;

/** The stored columns of a child's own facts (not the assessment kept alongside). */
export function childFactColumns(c: CheckedChild): ChildFactColumns {
  return {
    external_id: c.externalId ?? null,
    name: c.name,
    gender: c.gender ?? null,
    id_number: c.idNumber ?? null,
    birth_date: c.birthDate,
    ethnicity: c.ethnicity ?? null,
    hukou_type: c.hukouType ?? null,
    hukou_region_code: c.hukouRegionCode ?? null,
    village_code: c.villageCode,
    county_code: c.villageCode.slice(0, 6),
    responsible_side:
      c.responsibleSide ??
      (c.hukouRegionCode && c.hukouRegionCode.slice(0, 6) !== c.villageCode.slice(0, 6) ? 'residence' : null),
    address: c.address ?? null,
    phone: c.phone ?? null,
    school_name: c.schoolName ?? null,
    school_stage: c.schoolStage ?? null,
    school_grade: c.schoolGrade ?? null,
    health_status: c.healthStatus ?? null,
    disability_category: c.disabilityCategory ?? null,
    disability_grade: c.disabilityGrade ?? null,
    disability_certificate: c.disabilityCertificate ?? null,
    guardianship: c.guardianship ?? null,
    conditions: [...new Set(c.conditions)],
    note: c.note ?? null,
    registered_on: c.registeredOn,
  };
}

/** Placeholder assessment columns for a new row; reassessChild() fills them in the same transaction. */
export const UNASSESSED = {
  policy: 'national',
  target: false,
  left_behind: false,
  difficulty_types: [] as DifficultyType[],
} as const;

/** A parent's stored facts; the writer adds the child's county (0082). */
export type ParentFacts = Omit<Insertable<ChildParentTable>, 'county_code'>;
/** The caregiver's stored facts; the writer adds the child's county (0082). */
export type CaregiverFacts = Omit<Insertable<ChildCaregiverTable>, 'county_code'>;

export function parentColumns(childId: string, p: ParentInput): ParentFacts {
  return {
    child_id: childId,
    relation: p.relation,
    name: p.name ?? null,
    id_number: p.idNumber ?? null,
    phone: p.phone ?? null,
    statuses: [...new Set(p.statuses)],
    migrant_months: p.migrantMonths ?? null,
    cross_county: p.crossCounty ?? null,
    core_urban_both: p.coreUrbanBoth ?? null,
    work_place: p.workPlace ?? null,
    note: p.note ?? null,
  };
}

export function caregiverColumns(childId: string, c: CaregiverInput): CaregiverFacts {
  return {
    child_id: childId,
    name: c.name,
    relation: c.relation ?? null,
    id_number: c.idNumber ?? null,
    phone: c.phone ?? null,
    agreement_signed_on: c.agreementSignedOn ?? null,
    assessment: c.assessment ?? null,
    assessment_note: c.assessmentNote ?? null,
    assessed_on: c.assessedOn ?? null,
  };
}

/**
 * The child's county as the statement's transaction sees it, as a subquery: the value of `county_code` for a row
 * written beside the child (issue 20.5, 0077–0082), read in the same statement so that it cannot be stale.
 */
export const childCounty = (db: Kysely<DB>, childId: string) =>
  db.selectFrom('child').select('county_code').where('id', '=', childId);

/** Replaces the child's parents with `parents` (0–2 rows). */
export async function replaceParents(
  db: Kysely<DB>,
  childId: string,
  parents: readonly ParentInput[],
): Promise<void> {
  await db.deleteFrom('child_parent').where('child_id', '=', childId).execute();
  if (parents.length)
    await db
      .insertInto('child_parent')
      .values(parents.map((p) => ({ ...parentColumns(childId, p), county_code: childCounty(db, childId) })))
      .execute();
}

export async function replaceCaregiver(
  db: Kysely<DB>,
  childId: string,
  caregiver: CaregiverInput | null | undefined,
): Promise<void> {
  await db.deleteFrom('child_caregiver').where('child_id', '=', childId).execute();
  if (caregiver)
    await db
      .insertInto('child_caregiver')
      .values({ ...caregiverColumns(childId, caregiver), county_code: childCounty(db, childId) })
      .execute();
}

export type ChildRow = Selectable<ChildTable>;
export type ParentRow = Selectable<ChildParentTable>;
export type CaregiverRow = Selectable<ChildCaregiverTable>;

export async function loadChild(db: Kysely<DB>, childId: string) {
  const child = await db.selectFrom('child').selectAll().where('id', '=', childId).executeTakeFirst();
  if (!child) return null;
  const [parents, caregiver] = await Promise.all([
    db.selectFrom('child_parent').selectAll().where('child_id', '=', childId).orderBy('relation').execute(),
    db.selectFrom('child_caregiver').selectAll().where('child_id', '=', childId).executeTakeFirst(),
  ]);
  return { child, parents, caregiver: caregiver ?? null };
}

/** The stored ID numbers of some children (a full-ID export); the one place an export reads them whole. */
export async function idNumbersOf(
  db: Kysely<DB>,
  childIds: readonly string[],
): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (let i = 0; i < childIds.length; i += 1000) {
    const rows = await db
      .selectFrom('child')
      .select(['id', 'id_number'])
      .where('id', 'in', childIds.slice(i, i + 1000))
      .execute();
    for (const r of rows) out.set(r.id, r.id_number);
  }
  return out;
}
