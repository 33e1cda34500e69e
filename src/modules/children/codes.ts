// Codes the register adds to those of the engine: why a child leaves, school stages, intervention kinds.

export const EXIT_REASONS = [
  'turned_16',
  'turned_18',
  'parents_returned',
  'moved_away',
  'deceased',
  'no_longer_eligible',
  'duplicate',
  'other',
] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];
export const EXIT_REASON_NAMES: Record<ExitReason, string> = {
  turned_16: '年满16周岁',
  turned_18: '年满18周岁',
  parents_returned: '父母返乡',
  moved_away: '迁出本地',
  deceased: '死亡',
  no_longer_eligible: '不再符合条件',
  duplicate: '重复登记',
  other: '其他',
};

export const SCHOOL_STAGES = [
  'none',
  'preschool',
  'primary',
  'junior',
  'senior',
  'vocational',
  'out_of_school',
] as const;
export type SchoolStage = (typeof SCHOOL_STAGES)[number];
export const SCHOOL_STAGE_NAMES: Record<SchoolStage, string> = {
  none: '未入学（未到学龄）',
  preschool: '学前',
  primary: '小学',
  junior: '初中',
  senior: '高中',
  vocational: '中职',
  out_of_school: '失学辍学',
};

/** What made a child's assessment run again (assessment.trigger). */
export const REASSESS_TRIGGERS = [
  'create',
  'edit',
  'import',
  'contact',
  'manual',
  'confirm',
  'exit',
  'daily',
  'rules_revision',
  // the red case's police report or an intervention was recorded (issue 17.3)
  'handling',
] as const;
export type ReassessTrigger = (typeof REASSESS_TRIGGERS)[number];
export const REASSESS_TRIGGER_NAMES: Record<ReassessTrigger, string> = {
  create: '登记建档',
  edit: '修改档案',
  import: '批量导入',
  contact: '走访联系',
  manual: '人工调整等级',
  confirm: '乡镇确认',
  exit: '退出登记',
  daily: '每日重新评估',
  rules_revision: '规则修订',
  handling: '红色个案处置（报警或干预）',
};

/** The support a child left, starting a transition period (support_transition.support_kind; checked by 0002). */
export const SUPPORT_KINDS = ['orphan', 'de_facto_unsupported'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const INTERVENTION_KINDS = [
  'assistance',
  'placement',
  'counselling',
  'referral',
  'medical',
  'education',
  'guardianship_support',
  'rehabilitation',
  'other',
] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];
export const INTERVENTION_KIND_NAMES: Record<InterventionKind, string> = {
  assistance: '救助保障',
  placement: '安置（委托亲属抚养、家庭寄养、机构收留）',
  counselling: '心理疏导',
  referral: '转介',
  medical: '医疗救助',
  education: '教育帮扶',
  guardianship_support: '监护指导',
  rehabilitation: '康复救助',
  other: '其他干预',
};

export const RESPONSIBLE_SIDES = ['residence', 'registration'] as const;
export type ResponsibleSide = (typeof RESPONSIBLE_SIDES)[number];
export const RESPONSIBLE_SIDE_NAMES: Record<ResponsibleSide, string> = {
  residence: '居住地负责',
  registration: '户籍地负责',
};
