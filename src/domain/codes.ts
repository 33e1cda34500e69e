// The public codes of DOMAIN.md §1–2. They appear in CLI input, API payloads and import files, so they
// are part of the contract: add to them, never rename them.

export const LEVELS = ['red', 'yellow', 'blue', 'green'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_NAMES: Record<Level, string> = {
  red: '高风险（红色）',
  yellow: '中高风险（黄色）',
  blue: '中低风险（蓝色）',
  green: '低风险（绿色）',
};

export const LEVEL_SHORT_NAMES: Record<Level, string> = {
  red: '红色',
  yellow: '黄色',
  blue: '蓝色',
  green: '绿色',
};

/** Higher number, higher risk. */
export function levelRank(level: Level): number {
  return 3 - LEVELS.indexOf(level);
}

export function higherLevel(a: Level, b: Level): Level {
  return levelRank(a) >= levelRank(b) ? a : b;
}

export const PARENT_STATUSES = [
  'migrant',
  'deceased',
  'missing',
  'severe_disability',
  'severe_illness',
  'lost_contact',
  'deported',
  'imprisoned',
  'drug_rehab',
  'restricted_liberty',
  'substance_abuse',
  'guardianship_revoked',
] as const;
export type ParentStatus = (typeof PARENT_STATUSES)[number];

export const PARENT_STATUS_NAMES: Record<ParentStatus, string> = {
  migrant: '外出务工',
  deceased: '死亡',
  missing: '宣告失踪',
  severe_disability: '重残',
  severe_illness: '重病',
  lost_contact: '失联',
  deported: '被遣送（驱逐）出境',
  imprisoned: '服刑在押',
  drug_rehab: '强制隔离戒毒',
  restricted_liberty: '被执行其他限制人身自由的措施',
  substance_abuse: '长期吸毒、酗酒、赌博',
  guardianship_revoked: '被撤销监护资格',
};

/** 无监护能力: a parent in one of these cannot be the one who stays with a left-behind child. */
export const INCAPACITY_STATUSES: readonly ParentStatus[] = [
  'severe_disability',
  'severe_illness',
  'lost_contact',
  'deported',
  'imprisoned',
  'drug_rehab',
  'restricted_liberty',
];

export const PARENT_RELATIONS = ['father', 'mother'] as const;
export type ParentRelation = (typeof PARENT_RELATIONS)[number];

export const GUARDIANSHIP_QUALITIES = ['good', 'fair', 'poor'] as const;
export type GuardianshipQuality = (typeof GUARDIANSHIP_QUALITIES)[number];
export const GUARDIANSHIP_NAMES: Record<GuardianshipQuality, string> = {
  good: '较好',
  fair: '一般',
  poor: '较差',
};

export const HUKOU_TYPES = ['rural', 'urban'] as const;
export type HukouType = (typeof HUKOU_TYPES)[number];
export const HUKOU_NAMES: Record<HukouType, string> = {
  rural: '农业户籍（农村）',
  urban: '非农业户籍（城镇）',
};

/** Conditions recorded on a child. Factor conditions carry a four-colour level (see policies/four-colour.ts). */
export const CONDITIONS = [
  'harm.suspected',
  'unsupervised.living_alone',
  'unsupervised.wandering_or_missing',
  'guardianship.absent',
  'self_harm',
  'guardianship.severely_insufficient',
  'school.dropout_suspected',
  'mental.serious_illness',
  'orphan',
  'hiv',
  'de_facto_unsupported',
  'guardianship.insufficient',
  'disability.severe',
  'mental.abnormal_behaviour',
  'illness.severe',
  'state_guardianship',
  'single_parent_rural',
  'no_hukou',
  'assist.dibao',
  'assist.dibao_marginal',
  'assist.expenditure_hardship',
  'assist.tekun',
  'disability.certified',
  'injury.accidental_suspected',
  'difficulty.other',
] as const;
export type Condition = (typeof CONDITIONS)[number];

export const CONDITION_NAMES: Record<Condition, string> = {
  'harm.suspected': '（疑似）遭受性侵害、虐待、拐卖、暴力伤害、遗弃等不法侵害',
  'unsupervised.living_alone': '脱离监护单独居住生活',
  'unsupervised.wandering_or_missing': '流浪或失踪',
  'guardianship.absent': '（疑似）监护完全缺失',
  self_harm: '（疑似）有自杀或自残行为',
  'guardianship.severely_insufficient':
    '（疑似）监护严重不足（抚养人为失能半失能老人、无或限制民事行为能力人）',
  'school.dropout_suspected': '（疑似）辍学',
  'mental.serious_illness': '（疑似）患有严重心理疾病或心理障碍',
  orphan: '孤儿',
  hiv: '艾滋病病毒感染儿童',
  de_facto_unsupported: '事实无人抚养儿童',
  'guardianship.insufficient': '（疑似）监护存在不足',
  'disability.severe': '一级、二级残疾和三级、四级精神、智力残疾',
  'mental.abnormal_behaviour': '（疑似）有心理或行为异常',
  'illness.severe': '患重病',
  state_guardianship: '民政部门长期或临时监护（兜底监护）',
  single_parent_rural: '农村单亲家庭儿童',
  no_hukou: '无户籍',
  'assist.dibao': '最低生活保障家庭',
  'assist.dibao_marginal': '最低生活保障边缘家庭',
  'assist.expenditure_hardship': '支出型困难家庭',
  'assist.tekun': '特困人员',
  'disability.certified': '持证残疾（任一等级，持残联核发的二代残疾人证）',
  'injury.accidental_suspected': '疑似遭受意外伤害',
  'difficulty.other': '上级政策文件或政府规定的其他困境情形（档案载明依据）',
};

/** Factors derived from the parents' statuses rather than recorded on the child. */
export const DERIVED_FACTORS = [
  'parents.both_severely_disabled',
  'parents.both_imprisoned',
  'parents.both_substance_abuse',
  'parents.one_substance_abuse',
] as const;
export type DerivedFactor = (typeof DERIVED_FACTORS)[number];

export const DERIVED_FACTOR_NAMES: Record<DerivedFactor, string> = {
  'parents.both_severely_disabled': '父母双方均重残或精神、智力残疾',
  'parents.both_imprisoned': '父母双方均服刑在押',
  'parents.both_substance_abuse': '父母双方均长期吸毒、酗酒、赌博等',
  'parents.one_substance_abuse': '父母一方长期吸毒、酗酒、赌博等',
};

export type FactorCode = Condition | DerivedFactor;

export const DIFFICULTY_TYPES = [
  'orphan',
  'de_facto_unsupported',
  'poor_family',
  'severe_disability',
  'state_guardianship',
  'other',
  // 铁东 (001 §二(二)) classes children in difficulty in three classes of its own.
  'family_difficulty',
  'own_difficulty',
  'guardianship_difficulty',
] as const;
export type DifficultyType = (typeof DIFFICULTY_TYPES)[number];

export const DIFFICULTY_TYPE_NAMES: Record<DifficultyType, string> = {
  orphan: '孤儿（含艾滋病病毒感染儿童）',
  de_facto_unsupported: '事实无人抚养儿童',
  poor_family: '困难家庭儿童',
  severe_disability: '重残儿童',
  state_guardianship: '兜底监护儿童',
  other: '其他困境儿童',
  family_difficulty: '家庭困境儿童',
  own_difficulty: '自身困境儿童',
  guardianship_difficulty: '监护困境儿童',
};

export const POPULATIONS = ['left_behind', 'in_difficulty', 'single_parent_rural'] as const;
export type Population = (typeof POPULATIONS)[number];
export const POPULATION_NAMES: Record<Population, string> = {
  left_behind: '农村留守儿童',
  in_difficulty: '困境儿童',
  single_parent_rural: '农村单亲家庭儿童',
};

const conditionSet: ReadonlySet<string> = new Set(CONDITIONS);
const statusSet: ReadonlySet<string> = new Set(PARENT_STATUSES);

export function isCondition(code: unknown): code is Condition {
  return typeof code === 'string' && conditionSet.has(code);
}

export function isParentStatus(code: unknown): code is ParentStatus {
  return typeof code === 'string' && statusSet.has(code);
}

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

export function factorName(code: FactorCode): string {
  return (
    (CONDITION_NAMES as Record<string, string>)[code] ??
    (DERIVED_FACTOR_NAMES as Record<string, string>)[code] ??
    code
  );
}
