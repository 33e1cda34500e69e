// Which department a finding goes to (报送/转介), as 普宁 §四(二) lists it: the township reports children who
// need a department's action to that county department. Pure: the referral service proposes departments
// of these kinds in the child's county, and the sender may choose otherwise.
import type { Condition } from './codes.ts';
import type { DepartmentKind } from './department-kinds.ts';

export const REFERRAL_FINDINGS = [
  'suspected_target_child',
  'suspected_dropout',
  'education_aid_eligible',
  'school_psychological_disorder',
  'not_insured',
  'disability_uncertified_or_no_rehab',
  'serious_mental_illness',
  'unlawful_harm',
  'other',
] as const;
export type ReferralFinding = (typeof REFERRAL_FINDINGS)[number];

export interface FindingRoute {
  finding: ReferralFinding;
  name: string;
  /** Every kind the seed names, the first being the one a referral goes to when only one is chosen. */
  kinds: DepartmentKind[];
  /** The seed's words for this route. */
  text: string;
  source: string;
}

const SOURCE = '003 §四(二)';

const ROUTES: Record<ReferralFinding, Omit<FindingRoute, 'finding' | 'source'>> = {
  suspected_target_child: {
    name: '疑似农村留守儿童或困境儿童',
    kinds: ['civil_affairs'],
    text: '将疑似农村留守儿童和困境儿童信息报送县级民政部门，符合条件的，及时按规定纳入儿童福利和社会救助保障范围',
  },
  suspected_dropout: {
    name: '疑似辍学',
    kinds: ['education'],
    text: '将排查发现的疑似辍学儿童……信息报送县级教育部门',
  },
  education_aid_eligible: {
    name: '疑似应享教育资助政策',
    kinds: ['education'],
    text: '将排查发现的……疑似应享教育资助政策儿童……信息报送县级教育部门',
  },
  school_psychological_disorder: {
    name: '学校在读疑似有心理障碍',
    kinds: ['education'],
    text: '将排查发现的……学校在读疑似有心理障碍儿童信息报送县级教育部门',
  },
  not_insured: {
    name: '疑似应纳未纳医保',
    kinds: ['medical_insurance'],
    text: '将疑似应纳未纳医保儿童信息报送县级医保部门',
  },
  disability_uncertified_or_no_rehab: {
    name: '疑似残疾未办证或未接受康复救助',
    kinds: ['disabled_persons_federation'],
    text: '将疑似残疾未办证或未接受康复救助的儿童信息报送县级残联部门',
  },
  serious_mental_illness: {
    name: '疑似患有严重心理疾病需诊疗',
    kinds: ['health'],
    text: '将疑似患有严重心理疾病需诊疗儿童信息报送县级卫生健康部门',
  },
  unlawful_harm: {
    name: '遭受或疑似遭受不法侵害',
    kinds: ['police', 'procuratorate', 'court'],
    text: '将遭受或疑似遭受性侵害、虐待、拐卖、暴力伤害、遗弃等不法侵害的困境儿童及时报送县级公安、检察、法院等相关部门',
  },
  other: {
    name: '其他需职能部门介入处置的情况',
    kinds: [],
    text: '发现需要职能部门介入处置的儿童时，及时将儿童名单报送相关部门',
  },
};

export function isReferralFinding(value: unknown): value is ReferralFinding {
  return typeof value === 'string' && (REFERRAL_FINDINGS as readonly string[]).includes(value);
}

export function routeFinding(finding: ReferralFinding): FindingRoute {
  return { finding, ...ROUTES[finding], kinds: [...ROUTES[finding].kinds], source: SOURCE };
}

export function findingName(finding: string): string {
  return isReferralFinding(finding) ? ROUTES[finding].name : finding;
}

/** What a visit's recorded conditions suggest referring, given what the file says of school and disability. */
export function suggestFindings(child: {
  conditions: readonly (Condition | string)[];
  inSchool: boolean;
  hasDisabilityCertificate: boolean;
}): ReferralFinding[] {
  const has = (c: Condition) => child.conditions.includes(c);
  const out: ReferralFinding[] = [];
  if (has('harm.suspected')) out.push('unlawful_harm');
  if (has('school.dropout_suspected')) out.push('suspected_dropout');
  // 在读 → 教育 (心理测评和辅导); needing treatment → 卫健: one condition, both routes for a pupil.
  if (has('mental.serious_illness')) {
    if (child.inSchool) out.push('school_psychological_disorder');
    out.push('serious_mental_illness');
  }
  if (has('disability.severe') && !child.hasDisabilityCertificate)
    out.push('disability_uncertified_or_no_rehab');
  return out;
}
