// Between the child's file and the edit form: the form's values from the file, the facts the assessment
// preview reads, and the PATCH body. Parents and caregiver are sent whole (the API replaces them), built
// on the file as read with full ID numbers, so that an edit never overwrites a number with its mask.
import type { ApiBody } from '../../api/client';
import type { ChildFile, Parent } from '../../api/types';
import type { ParentStatus } from '../../shared/codes';

export interface ParentFields {
  name?: string | null;
  phone?: string | null;
  statuses: ParentStatus[];
  migrantMonths?: number | null;
  crossCounty?: boolean;
  coreUrbanBoth?: boolean;
  workPlace?: string | null;
}

/** What PATCH /children/{id} takes (the server's schema). */
type PatchBody = ApiBody<'/children/{id}', 'patch'>;

export interface FactsFormValues {
  name: string;
  phone?: string | null;
  address?: string | null;
  schoolName?: string | null;
  schoolStage?: PatchBody['schoolStage'];
  healthStatus?: string | null;
  hukouType?: PatchBody['hukouType'];
  guardianship?: PatchBody['guardianship'];
  conditions: string[];
  father: ParentFields;
  mother: ParentFields;
  caregiver: {
    name?: string | null;
    relation?: string | null;
    phone?: string | null;
    agreementSignedOn?: string | null;
    assessment?: 'good' | 'fair' | 'poor' | null;
  };
}

function parentFields(p: Parent | undefined): ParentFields {
  return {
    name: p?.name ?? null,
    phone: p?.phone ?? null,
    statuses: p?.statuses ?? [],
    migrantMonths: p?.migrantMonths ?? null,
    crossCounty: p?.crossCounty ?? false,
    coreUrbanBoth: p?.coreUrbanBoth ?? false,
    workPlace: p?.workPlace ?? null,
  };
}

export function formValues(file: ChildFile): FactsFormValues {
  const parent = (relation: 'father' | 'mother') => file.parents.find((p) => p.relation === relation);
  return {
    name: file.name,
    phone: file.phone,
    address: file.address,
    schoolName: file.schoolName,
    schoolStage: file.schoolStage,
    healthStatus: file.healthStatus,
    hukouType: file.hukouType,
    guardianship: file.guardianship,
    conditions: file.conditions,
    father: parentFields(parent('father')),
    mother: parentFields(parent('mother')),
    caregiver: {
      name: file.caregiver?.name ?? null,
      relation: file.caregiver?.relation ?? null,
      phone: file.caregiver?.phone ?? null,
      agreementSignedOn: file.caregiver?.agreementSignedOn ?? null,
      assessment: file.caregiver?.assessment ?? null,
    },
  };
}

const blank = (v: string | null | undefined) =>
  v === undefined || v === null || v.trim() === '' ? null : v.trim();

function parentOut(
  relation: 'father' | 'mother',
  f: ParentFields,
  stored: Parent | undefined,
): Parent | null {
  const migrant = f.statuses.includes('migrant');
  const anything = stored || blank(f.name) || blank(f.phone) || f.statuses.length || blank(f.workPlace);
  if (!anything) return null;
  return {
    relation,
    name: blank(f.name),
    idNumber: stored?.idNumber ?? null,
    phone: blank(f.phone),
    statuses: f.statuses,
    migrantMonths: migrant ? (f.migrantMonths ?? null) : null,
    crossCounty: migrant ? (f.crossCounty ?? false) : null,
    coreUrbanBoth: migrant ? (f.coreUrbanBoth ?? false) : null,
    workPlace: blank(f.workPlace),
    note: stored?.note ?? null,
  };
}

export function parentsOut(v: FactsFormValues, full: ChildFile): Parent[] {
  const stored = (relation: 'father' | 'mother') => full.parents.find((p) => p.relation === relation);
  return [
    parentOut('father', v.father, stored('father')),
    parentOut('mother', v.mother, stored('mother')),
  ].filter((p): p is Parent => p !== null);
}

// Built from the form (enums) and the file as read; shaped as the PATCH body takes it.
export function caregiverOut(
  v: FactsFormValues,
  full: ChildFile,
): NonNullable<PatchBody['caregiver']> | null {
  const name = blank(v.caregiver.name);
  if (!name) return null;
  return {
    name,
    relation: blank(v.caregiver.relation),
    idNumber: full.caregiver?.idNumber ?? null,
    phone: blank(v.caregiver.phone),
    agreementSignedOn: v.caregiver.agreementSignedOn || null,
    assessment: v.caregiver.assessment ?? null,
    assessmentNote: full.caregiver?.assessmentNote ?? null,
    assessedOn: full.caregiver?.assessedOn ?? null,
  };
}

/** What POST /children/assess-preview reads: the facts of DOMAIN.md, nothing else. */
export function previewFacts(v: FactsFormValues, full: ChildFile) {
  return {
    birthDate: full.birthDate,
    hukouType: v.hukouType ?? null,
    guardianship: v.guardianship ?? null,
    conditions: v.conditions,
    parents: parentsOut(v, full).map((p) => ({
      relation: p.relation,
      statuses: p.statuses,
      migrantMonths: p.migrantMonths,
      crossCounty: p.crossCounty,
      coreUrbanBoth: p.coreUrbanBoth,
    })),
  };
}

export function patchBody(v: FactsFormValues, full: ChildFile, version: number) {
  return {
    version,
    name: v.name.trim(),
    phone: blank(v.phone),
    address: blank(v.address),
    schoolName: blank(v.schoolName),
    schoolStage: v.schoolStage ?? null,
    healthStatus: blank(v.healthStatus),
    hukouType: v.hukouType ?? null,
    guardianship: v.guardianship ?? null,
    conditions: v.conditions,
    parents: parentsOut(v, full),
    caregiver: caregiverOut(v, full),
  };
}

/**
 * An edit made without signal, for POST /children/:id/merge: only the fields she changed (the form's body
 * compared with the body the untouched form gives), each with its value as her copy of the file showed it.
 */
export function mergeBody(v: FactsFormValues, full: ChildFile) {
  const edited = patchBody(v, full, full.version) as Record<string, unknown>;
  const untouched = patchBody(formValues(full), full, full.version) as Record<string, unknown>;
  const file = full as unknown as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  const base: Record<string, unknown> = {};
  for (const field of Object.keys(edited)) {
    if (field === 'version' || JSON.stringify(edited[field]) === JSON.stringify(untouched[field])) continue;
    changes[field] = edited[field];
    base[field] = file[field] ?? null;
  }
  return { baseVersion: full.version, changes, base };
}
