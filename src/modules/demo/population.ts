// Who lives in the demo county: one synthetic child at a time, drawn from the populations the seeds
// describe (留守, the six types of 困境, rural single-parent children, and a few who are not target
// children at all, so the rules have something to say no to). Facts only: the engine grades them.
import type { Insertable } from 'kysely';
import type { ChildCaregiverTable, ChildParentTable, ChildTable } from '../../db/schema.ts';
import type { Condition, ParentStatus } from '../../domain/codes.ts';
import { addDays, type IsoDate } from '../../domain/dates.ts';
import { idCheckCharacter } from '../../domain/id-number.ts';
import { givenName, personName, surname } from './names.ts';
import { address, schooling, workPlace } from './places.ts';
import type { Random } from './random.ts';

/** The story a child's facts tell; it decides parents, conditions and the caregiver. */
export const KINDS = {
  left_behind: 46,
  left_behind_one: 4,
  poor_family: 17,
  single_parent: 10,
  disability: 4,
  illness: 2,
  orphan: 1.5,
  de_facto_unsupported: 1.5,
  state_guardianship: 0.3,
  parents_disabled: 0.6,
  parents_imprisoned: 0.3,
  parent_substance_abuse: 0.8,
  not_target: 5.5,
} as const;
export type Kind = keyof typeof KINDS;

/** Labour-export villages, where nearly every child is left behind. */
export const LABOUR_EXPORT_KINDS: Partial<Record<Kind, number>> = {
  left_behind: 80,
  left_behind_one: 6,
  poor_family: 8,
  single_parent: 6,
};

export interface Village {
  code: string;
  name: string;
  townshipCode: string;
  townshipName: string;
  /** A 居委会 (urban community) rather than a 村委会. */
  urban: boolean;
}

export interface Place {
  countyCode: string;
  countyName: string;
  village: Village;
  /** Another village of the county, for the few whose registration lies elsewhere. */
  elsewhere: () => Village;
}

export type ChildColumns = Omit<
  Insertable<ChildTable>,
  | 'policy'
  | 'assessed_on'
  | 'target'
  | 'left_behind'
  | 'difficulty_types'
  | 'derived_level'
  | 'level'
  | 'immediate'
  | 'immediate_since'
  | 'visit_every'
  | 'contact_every'
  | 'last_visit_on'
  | 'last_contact_on'
  | 'next_visit_due'
  | 'next_contact_due'
  | 'next_due'
  | 'factors'
  | 'factor_level'
  | 'left_behind_until'
  | 'target_until'
  | 'difficulty_types_any_age'
> & { id: string; birth_date: IsoDate; registered_on: IsoDate; conditions: Condition[] };

export type ParentColumns = Insertable<ChildParentTable> & { statuses: ParentStatus[] };

export interface PlannedChild {
  kind: Kind;
  row: ChildColumns;
  parents: ParentColumns[];
  caregiver: Insertable<ChildCaregiverTable> | null;
  /** The father's family name, which grandparents on that side share. */
  family: string;
}

/** Resident ID numbers already handed out, so that no two demo children share one. */
export class IdNumbers {
  private readonly used: Set<string>;

  constructor(
    private readonly prefix: string,
    taken: Iterable<string> = [],
  ) {
    this.used = new Set(taken);
  }

  next(rng: Random, birthDate: IsoDate, gender: 'male' | 'female'): string {
    for (;;) {
      // The sequence's last digit is odd for men and even for women (GB 11643).
      const sequence = rng.int(0, 49) * 20 + rng.int(0, 4) * 2 + (gender === 'male' ? 1 : 0);
      if (sequence === 0) continue;
      const first17 = `${this.prefix}${birthDate.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
      const id = first17 + idCheckCharacter(first17);
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}

type NotTargetReason = 'home' | 'brief' | 'in_county' | 'urban' | 'aged';

function ageRange(kind: Kind, rng: Random, why: NotTargetReason | null): number {
  if (why === 'aged') return rng.int(16, 17);
  switch (kind) {
    case 'left_behind':
    case 'left_behind_one':
      // Few parents leave babies behind; most left-behind children are of school age.
      return rng.chance(0.12) ? rng.int(1, 5) : rng.int(6, 15);
    case 'not_target':
      return rng.int(0, 17);
    default:
      return rng.chance(0.1) ? rng.int(0, 5) : rng.int(6, 17);
  }
}

function migrant(rng: Random, relation: 'father' | 'mother', family: string, months?: number): ParentColumns {
  return {
    child_id: '',
    county_code: '',
    relation,
    name: relation === 'father' ? family + givenName(rng, 'man') : personName(rng, 'woman'),
    statuses: ['migrant'],
    migrant_months: months ?? rng.int(4, 72),
    cross_county: true,
    core_urban_both: false,
    work_place: workPlace(rng),
  };
}

function parent(
  rng: Random,
  relation: 'father' | 'mother',
  family: string,
  statuses: ParentStatus[],
): ParentColumns {
  return {
    child_id: '',
    county_code: '',
    relation,
    name: relation === 'father' ? family + givenName(rng, 'man') : personName(rng, 'woman'),
    statuses,
    migrant_months: null,
    cross_county: null,
    core_urban_both: null,
    work_place: null,
  };
}

const INCAPACITY: ParentStatus[] = [
  'severe_illness',
  'severe_disability',
  'imprisoned',
  'lost_contact',
  'drug_rehab',
];
const POOR: Record<Condition & `assist.${string}`, number> = {
  'assist.dibao': 60,
  'assist.dibao_marginal': 15,
  'assist.expenditure_hardship': 10,
  'assist.tekun': 15,
};
const DISABILITY_CATEGORIES = [
  ['肢体残疾', 4],
  ['智力残疾', 5],
  ['精神残疾', 6],
  ['视力残疾', 1],
  ['听力残疾', 2],
  ['言语残疾', 3],
  ['多重残疾', 7],
] as const;
const ILLNESSES = [
  '先天性心脏病（术后康复中）',
  '白血病（化疗中）',
  '肾病综合征',
  '1型糖尿病',
  '癫痫',
  '地中海贫血',
];

/** The family that looks after a child whose parents are away or gone: grandparents first. */
function caregiverFor(
  rng: Random,
  childId: string,
  family: string,
  registeredOn: IsoDate,
  today: IsoDate,
  signed: boolean,
): Insertable<ChildCaregiverTable> {
  const relation = rng.weighted({
    祖母: 40,
    祖父: 20,
    外祖母: 15,
    外祖父: 6,
    伯父: 5,
    叔叔: 5,
    姑姑: 5,
    舅舅: 4,
  });
  const name =
    relation === '祖父' || relation === '伯父' || relation === '叔叔'
      ? family + givenName(rng, relation === '祖父' ? 'elderMan' : 'man')
      : relation === '姑姑'
        ? family + givenName(rng, 'woman')
        : personName(
            rng,
            relation.endsWith('母') ? 'elderWoman' : relation === '外祖父' ? 'elderMan' : 'man',
          );
  const signedOn = signed ? minDate(addDays(registeredOn, rng.int(-120, 20)), today) : null;
  const assessedOn = signedOn ?? minDate(addDays(registeredOn, rng.int(0, 30)), today);
  return {
    child_id: childId,
    county_code: '',
    name,
    relation,
    id_number: null,
    phone: null,
    agreement_signed_on: signedOn,
    assessment: rng.weighted({ good: 70, fair: 26, poor: 4 }),
    assessment_note: null,
    assessed_on: assessedOn,
  };
}

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/** One child of `kind` living in `place`, registered some time before `today`. */
export function planChild(
  rng: Random,
  kind: Kind,
  place: Place,
  ids: IdNumbers,
  today: IsoDate,
  seq: number,
  childId: string,
): PlannedChild {
  const gender = rng.chance(0.53) ? 'male' : 'female';
  // Screened and found outside the target groups: parents at home, away too briefly, working within the
  // county, an urban household, or already 16.
  const why: NotTargetReason | null =
    kind === 'not_target' ? rng.weighted({ home: 50, brief: 15, in_county: 15, urban: 10, aged: 10 }) : null;
  const age = ageRange(kind, rng, why);
  const birthDate = addDays(today, -(age * 365 + rng.int(0, 360)));
  const idNumber = ids.next(rng, birthDate, gender);
  const family = surname(rng);
  const name = family + givenName(rng, gender === 'male' ? 'boy' : 'girl');
  const conditions = new Set<Condition>();
  let parents: ParentColumns[];
  let caregiver: Insertable<ChildCaregiverTable> | null = null;
  let hukou: 'rural' | 'urban' = place.village.urban && rng.chance(0.6) ? 'urban' : 'rural';
  let healthStatus = rng.chance(0.9) ? '健康' : '良好';
  let disability: Pick<ChildColumns, 'disability_category' | 'disability_grade' | 'disability_certificate'> =
    {
      disability_category: null,
      disability_grade: null,
      disability_certificate: null,
    };
  // Most children enter the register through the screening (摸排) of the last three years; a few are new.
  const registeredOn = maxDate(
    birthDate,
    addDays(today, rng.chance(0.05) ? -rng.int(0, 40) : -rng.int(45, 1000)),
  );
  const withCaregiver = (signedShare: number) =>
    caregiverFor(rng, childId, family, registeredOn, today, rng.chance(signedShare));

  switch (kind) {
    case 'left_behind':
      hukou = 'rural';
      parents = [migrant(rng, 'father', family), migrant(rng, 'mother', family)];
      // 普宁 counts parents away three months or more: some have been away only a few months.
      if (rng.chance(0.1)) parents[1]!.migrant_months = rng.int(3, 5);
      if (rng.chance(0.1)) conditions.add('assist.dibao');
      caregiver = withCaregiver(0.86);
      break;
    case 'left_behind_one':
      hukou = 'rural';
      parents = rng.chance(0.8)
        ? [migrant(rng, 'father', family), parent(rng, 'mother', family, [rng.pick(INCAPACITY)])]
        : [parent(rng, 'father', family, [rng.pick(INCAPACITY)]), migrant(rng, 'mother', family)];
      if (rng.chance(0.3)) conditions.add('assist.dibao');
      caregiver = withCaregiver(0.8);
      break;
    case 'poor_family':
      conditions.add(rng.weighted(POOR));
      parents = [
        rng.chance(0.3) ? migrant(rng, 'father', family, rng.int(1, 2)) : parent(rng, 'father', family, []),
        parent(rng, 'mother', family, rng.chance(0.15) ? ['severe_illness'] : []),
      ];
      break;
    case 'single_parent':
      hukou = 'rural';
      conditions.add('single_parent_rural');
      parents = rng.chance(0.6)
        ? [parent(rng, 'father', family, ['deceased']), parent(rng, 'mother', family, [])]
        : [rng.chance(0.5) ? migrant(rng, 'father', family) : parent(rng, 'father', family, [])];
      if (rng.chance(0.25)) conditions.add('assist.dibao');
      if (parents.some((p) => p.statuses.includes('migrant'))) caregiver = withCaregiver(0.7);
      break;
    case 'disability': {
      conditions.add('disability.severe');
      const [category, code] = rng.pick(DISABILITY_CATEGORIES);
      const grade = category === '智力残疾' || category === '精神残疾' ? rng.int(1, 4) : rng.int(1, 2);
      disability = {
        disability_category: category,
        disability_grade: grade,
        disability_certificate: `${idNumber}${code}${grade}`,
      };
      healthStatus = `${category}${['一', '二', '三', '四'][grade - 1]}级，定期康复训练`;
      parents = [parent(rng, 'father', family, []), parent(rng, 'mother', family, [])];
      if (rng.chance(0.4)) conditions.add('assist.dibao');
      break;
    }
    case 'illness':
      conditions.add('illness.severe');
      healthStatus = rng.pick(ILLNESSES);
      parents = [parent(rng, 'father', family, []), parent(rng, 'mother', family, [])];
      if (rng.chance(0.5)) conditions.add('assist.expenditure_hardship');
      break;
    case 'orphan':
      conditions.add('orphan');
      if (rng.chance(0.08)) conditions.add('hiv');
      parents = [parent(rng, 'father', family, ['deceased']), parent(rng, 'mother', family, ['deceased'])];
      caregiver = withCaregiver(1);
      break;
    case 'de_facto_unsupported':
      conditions.add('de_facto_unsupported');
      parents = rng.chance(0.5)
        ? [parent(rng, 'father', family, ['deceased']), parent(rng, 'mother', family, ['missing'])]
        : [parent(rng, 'father', family, ['imprisoned']), parent(rng, 'mother', family, ['lost_contact'])];
      caregiver = withCaregiver(1);
      break;
    case 'state_guardianship':
      conditions.add('state_guardianship');
      parents = [
        parent(rng, 'father', family, ['guardianship_revoked']),
        parent(rng, 'mother', family, ['lost_contact']),
      ];
      break;
    case 'parents_disabled':
      parents = [
        parent(rng, 'father', family, ['severe_disability']),
        parent(rng, 'mother', family, ['severe_disability']),
      ];
      conditions.add('assist.dibao');
      break;
    case 'parents_imprisoned':
      parents = [
        parent(rng, 'father', family, ['imprisoned']),
        parent(rng, 'mother', family, ['imprisoned']),
      ];
      caregiver = withCaregiver(0.9);
      break;
    case 'parent_substance_abuse':
      parents = rng.chance(0.75)
        ? [parent(rng, 'father', family, ['substance_abuse']), parent(rng, 'mother', family, [])]
        : [
            parent(rng, 'father', family, ['substance_abuse']),
            parent(rng, 'mother', family, ['substance_abuse']),
          ];
      break;
    case 'not_target':
      if (why === 'home') parents = [parent(rng, 'father', family, []), parent(rng, 'mother', family, [])];
      else if (why === 'brief')
        parents = [migrant(rng, 'father', family, rng.int(1, 2)), migrant(rng, 'mother', family, 2)];
      else parents = [migrant(rng, 'father', family), migrant(rng, 'mother', family)];
      if (why === 'in_county')
        for (const p of parents) {
          p.cross_county = false;
          p.work_place = `${place.countyName}城区`;
        }
      if (why === 'urban') hukou = 'urban';
      if (why === 'aged') hukou = 'rural';
      break;
  }
  // The parents and caregiver were drawn before the child's id and county were settled: set on them now.
  for (const p of parents) Object.assign(p, { child_id: childId, county_code: place.countyCode });
  if (caregiver) caregiver.county_code = place.countyCode;
  const elsewhere = rng.chance(0.02) ? place.elsewhere() : null;
  const school = schooling(
    rng,
    age,
    {
      countyName: place.countyName,
      townshipName: place.village.townshipName,
      villageName: place.village.name,
    },
    { dropout: false },
  );
  return {
    kind,
    family,
    parents,
    caregiver,
    row: {
      id: childId,
      external_id: `DEMO-${String(seq).padStart(5, '0')}`,
      name,
      gender,
      id_number: idNumber,
      birth_date: birthDate,
      ethnicity: rng.chance(0.99) ? '汉族' : '畲族',
      hukou_type: hukou,
      hukou_region_code: elsewhere ? elsewhere.code : place.village.code,
      village_code: place.village.code,
      county_code: place.countyCode,
      responsible_side: elsewhere ? 'residence' : null,
      address: address(rng, place.village.townshipName, place.village.name),
      phone: null,
      school_name: school.name,
      school_stage: school.stage,
      school_grade: school.grade,
      health_status: healthStatus,
      ...disability,
      guardianship: rng.weighted({ good: 65, fair: 30, poor: 5 }),
      conditions: [...conditions],
      note: null,
      registered_on: registeredOn,
      manual_level: null,
      manual_reason: null,
      confirmed_by: null,
      confirmed_at: null,
      status: 'active',
      exit_reason: null,
      exited_on: null,
      exit_note: null,
      created_at: `${registeredOn}T01:00:00Z`,
      updated_at: `${registeredOn}T01:00:00Z`,
    },
  };
}

function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}
