// How a child leaves the server: camelCase, Chinese names beside codes, ID numbers masked unless the
// person may see them and asked to.
import type { DifficultyType, Level } from '../../domain/codes.ts';
import { ageOn, type IsoDate } from '../../domain/dates.ts';
import { maskDisabilityCertificate, maskIdNumber } from '../../domain/id-number.ts';
import { RESTRICTED_NAME } from '../access/index.ts';
import type { CaregiverRow, ChildRow, ParentRow } from './repository.ts';

export function showIdNumber(id: string | null, full: boolean): string | null {
  if (!id) return null;
  return full ? id : maskIdNumber(id);
}

export interface ChildListItem {
  id: string;
  name: string;
  gender: 'male' | 'female' | null;
  /** Masked to the address code: lists show the age, never the birth date (docs/privacy.md). */
  idNumber: string | null;
  age: number;
  villageCode: string;
  villageName: string | null;
  townshipName: string | null;
  status: 'active' | 'exited';
  target: boolean;
  /** A rural single-parent child on the worklist at the green schedule, not a target child (DOMAIN.md §1). */
  watch: boolean;
  leftBehind: boolean;
  difficultyTypes: DifficultyType[];
  level: Level | null;
  lastVisitOn: IsoDate | null;
  lastContactOn: IsoDate | null;
  nextVisitDue: IsoDate | null;
  nextContactDue: IsoDate | null;
  nextDue: IsoDate | null;
  overdue: boolean;
  version: number;
  /** A restricted file (敏感个案): marked 受限 for everyone. */
  restricted: boolean;
}

export function listItem(
  row: ChildRow & {
    village_name?: string | null;
    township_name?: string | null;
    restricted?: boolean;
    details_hidden?: boolean;
  },
  options: { fullIdNumber: boolean; asOf: IsoDate },
): ChildListItem {
  // What anyone in scope sees of a file, restricted or not.
  const seen = {
    age: ageOn(row.birth_date, options.asOf),
    villageCode: row.village_code,
    villageName: row.village_name ?? null,
    townshipName: row.township_name ?? null,
    status: row.status,
    target: row.target,
    watch: row.watch,
  };
  // Others in scope see that a restricted file exists and where, nothing that tells whose or why.
  if (row.details_hidden)
    return {
      id: row.id,
      name: RESTRICTED_NAME,
      gender: null,
      idNumber: null,
      ...seen,
      leftBehind: false,
      difficultyTypes: [],
      level: null,
      lastVisitOn: null,
      lastContactOn: null,
      nextVisitDue: null,
      nextContactDue: null,
      nextDue: null,
      overdue: false,
      version: row.version,
      restricted: true,
    };
  return {
    id: row.id,
    name: row.name,
    gender: row.gender,
    idNumber: showIdNumber(row.id_number, options.fullIdNumber),
    ...seen,
    leftBehind: row.left_behind,
    difficultyTypes: row.difficulty_types,
    level: row.level,
    lastVisitOn: row.last_visit_on,
    lastContactOn: row.last_contact_on,
    nextVisitDue: row.next_visit_due,
    nextContactDue: row.next_contact_due,
    nextDue: row.next_due,
    overdue: row.next_due !== null && row.next_due < options.asOf,
    version: row.version,
    restricted: row.restricted ?? false,
  };
}

export function parentView(p: ParentRow, fullIdNumber: boolean) {
  return {
    relation: p.relation,
    name: p.name,
    idNumber: showIdNumber(p.id_number, fullIdNumber),
    phone: p.phone,
    statuses: p.statuses,
    migrantMonths: p.migrant_months === null ? null : Number(p.migrant_months),
    crossCounty: p.cross_county,
    coreUrbanBoth: p.core_urban_both,
    workPlace: p.work_place,
    note: p.note,
  };
}

export function caregiverView(c: CaregiverRow | null, fullIdNumber: boolean) {
  if (!c) return null;
  return {
    name: c.name,
    relation: c.relation,
    idNumber: showIdNumber(c.id_number, fullIdNumber),
    phone: c.phone,
    agreementSignedOn: c.agreement_signed_on,
    assessment: c.assessment,
    assessmentNote: c.assessment_note,
    assessedOn: c.assessed_on,
  };
}

export function childDetail(
  row: ChildRow & { restricted?: boolean },
  options: { fullIdNumber: boolean; asOf: IsoDate },
) {
  return {
    ...listItem(row, options),
    birthDate: row.birth_date,
    externalId: row.external_id,
    ethnicity: row.ethnicity,
    hukouType: row.hukou_type,
    hukouRegionCode: row.hukou_region_code,
    responsibleSide: row.responsible_side,
    address: row.address,
    phone: row.phone,
    schoolName: row.school_name,
    schoolStage: row.school_stage,
    schoolGrade: row.school_grade,
    healthStatus: row.health_status,
    disabilityCategory: row.disability_category,
    disabilityGrade: row.disability_grade,
    // It begins with the child's whole ID number: shown in full only where the ID number is.
    disabilityCertificate: row.disability_certificate
      ? options.fullIdNumber
        ? row.disability_certificate
        : maskDisabilityCertificate(row.disability_certificate)
      : null,
    guardianship: row.guardianship,
    conditions: row.conditions,
    note: row.note,
    registeredOn: row.registered_on,
    exitReason: row.exit_reason,
    exitedOn: row.exited_on,
    exitNote: row.exit_note,
    policy: row.policy,
    assessedOn: row.assessed_on,
    derivedLevel: row.derived_level,
    manualLevel: row.manual_level,
    manualReason: row.manual_reason,
    confirmedBy: row.confirmed_by,
    confirmedAt: row.confirmed_at ? new Date(row.confirmed_at).toISOString() : null,
    immediate: row.immediate,
    immediateSince: row.immediate_since,
    visitEvery: row.visit_every,
    contactEvery: row.contact_every,
  };
}
