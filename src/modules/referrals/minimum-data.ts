// What a department is given about a child: the minimum its kind needs to act (DOMAIN.md §9; 003 §四(三)
// 应当依法保护儿童个人信息), copied when the referral is sent, never the file itself.
//
// Every kind gets the name, gender, age, village, the finding, the family's contact and the worker to call.
// The resident ID number goes only to the kinds that must find the child in their own registers or open a
// case: 民政 (welfare and assistance rolls), 教育 (the pupil roll, 学籍, is keyed by ID number), 医保
// (enrolment), 残联 (certificates and rehabilitation aid), 公安、检察院、法院 (a case names the person).
// 卫健、团委、妇联、司法、人社 and the rest work with the family directly and do not need it.
import { ageOn, type IsoDate } from '../../domain/dates.ts';
import type { DepartmentKind } from '../../domain/department-kinds.ts';
import type { ChildTable, ChildCaregiverTable, ChildParentTable } from '../../db/schema.ts';
import type { Selectable } from 'kysely';

interface Needs {
  idNumber: boolean;
  school: boolean;
  disability: boolean;
  health: boolean;
  address: boolean;
}

const NONE: Needs = { idNumber: false, school: false, disability: false, health: false, address: false };

export const KIND_NEEDS: Record<DepartmentKind, Needs> = {
  civil_affairs: { ...NONE, idNumber: true, address: true },
  education: { ...NONE, idNumber: true, school: true, address: true },
  medical_insurance: { ...NONE, idNumber: true },
  disabled_persons_federation: { ...NONE, idNumber: true, disability: true },
  health: { ...NONE, health: true },
  police: { ...NONE, idNumber: true, address: true },
  procuratorate: { ...NONE, idNumber: true },
  court: { ...NONE, idNumber: true },
  justice: NONE,
  human_resources: NONE,
  youth_league: NONE,
  womens_federation: NONE,
  cyberspace: NONE,
  emergency: NONE,
  water: NONE,
  other: NONE,
};

export type ReferralChildData = {
  name: string;
  gender: 'male' | 'female' | null;
  age: number;
  villageCode: string;
  villageName: string | null;
  townshipName: string | null;
  idNumber?: string | null;
  address?: string | null;
  schoolName?: string | null;
  schoolStage?: string | null;
  schoolGrade?: string | null;
  disabilityCategory?: string | null;
  disabilityGrade?: number | null;
  disabilityCertificate?: string | null;
  healthStatus?: string | null;
  /** Whom the department calls about the child: the entrusted caregiver, else (or when the caregiver has no
   * phone) a parent with a phone. */
  guardian: { name: string | null; relation: string | null; phone: string | null } | null;
  /** The worker on the sending side to call for details. */
  referrer: { name: string; phone: string | null };
};

type Child = Pick<
  Selectable<ChildTable>,
  | 'name'
  | 'gender'
  | 'birth_date'
  | 'village_code'
  | 'id_number'
  | 'address'
  | 'school_name'
  | 'school_stage'
  | 'school_grade'
  | 'disability_category'
  | 'disability_grade'
  | 'disability_certificate'
  | 'health_status'
>;

const RELATION_NAMES = { father: '父亲', mother: '母亲' } as const;

function guardianOf(
  caregiver: Pick<Selectable<ChildCaregiverTable>, 'name' | 'relation' | 'phone'> | null,
  parents: Pick<Selectable<ChildParentTable>, 'relation' | 'name' | 'phone'>[],
): ReferralChildData['guardian'] {
  // The department must be able to call someone: a caregiver without a phone gives way to a parent with one.
  if (caregiver?.phone) return { name: caregiver.name, relation: caregiver.relation, phone: caregiver.phone };
  const reachable = parents.find((p) => p.phone);
  if (reachable)
    return { name: reachable.name, relation: RELATION_NAMES[reachable.relation], phone: reachable.phone };
  if (caregiver) return { name: caregiver.name, relation: caregiver.relation, phone: null };
  const parent = parents.find((p) => p.name);
  return parent ? { name: parent.name, relation: RELATION_NAMES[parent.relation], phone: null } : null;
}

export function minimumChildData(
  kind: DepartmentKind,
  input: {
    child: Child;
    villageName: string | null;
    townshipName: string | null;
    caregiver: Pick<Selectable<ChildCaregiverTable>, 'name' | 'relation' | 'phone'> | null;
    parents: Pick<Selectable<ChildParentTable>, 'relation' | 'name' | 'phone'>[];
    referrer: { name: string; phone: string | null };
    asOf: IsoDate;
  },
): ReferralChildData {
  const { child } = input;
  const needs = KIND_NEEDS[kind];
  return {
    name: child.name,
    gender: child.gender,
    age: ageOn(child.birth_date, input.asOf),
    villageCode: child.village_code,
    villageName: input.villageName,
    townshipName: input.townshipName,
    ...(needs.idNumber ? { idNumber: child.id_number } : {}),
    ...(needs.address ? { address: child.address } : {}),
    ...(needs.school
      ? { schoolName: child.school_name, schoolStage: child.school_stage, schoolGrade: child.school_grade }
      : {}),
    ...(needs.disability
      ? {
          disabilityCategory: child.disability_category,
          disabilityGrade: child.disability_grade,
          disabilityCertificate: child.disability_certificate,
        }
      : {}),
    ...(needs.health ? { healthStatus: child.health_status } : {}),
    guardian: guardianOf(input.caregiver, input.parents),
    referrer: input.referrer,
  };
}
