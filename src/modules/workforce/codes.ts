// The codes of the workforce ledger (DOMAIN.md §5) with the Chinese names people type in spreadsheets.

export const WORKER_ROLES = ['director', 'supervisor'] as const;
export type WorkerRole = (typeof WORKER_ROLES)[number];
export const WORKER_ROLE_NAMES: Record<WorkerRole, string> = {
  director: '儿童主任',
  supervisor: '儿童督导员',
};

/** 示范培训 and 全覆盖培训 (003 §五.16, 004 §二.18), 技能大赛 (000 (五)15). */
export const TRAINING_KINDS = ['demonstration', 'full_coverage', 'contest', 'other'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const TRAINING_KIND_NAMES: Record<TrainingKind, string> = {
  demonstration: '示范培训',
  full_coverage: '全覆盖培训',
  contest: '技能大赛',
  other: '其他培训',
};

/** Cities hold the yearly demonstration training, counties the full-coverage one (004 §二.18). */
export const ORGANISER_LEVELS = ['county', 'city', 'province'] as const;
export type OrganiserLevel = (typeof ORGANISER_LEVELS)[number];
export const ORGANISER_LEVEL_NAMES: Record<OrganiserLevel, string> = {
  county: '县级',
  city: '市级',
  province: '省级',
};

/** 工作评价 (000 (五)15, 001 §四.16): the grades of a yearly evaluation. */
export const EVALUATION_RESULTS = ['excellent', 'competent', 'basically_competent', 'incompetent'] as const;
export type EvaluationResult = (typeof EVALUATION_RESULTS)[number];
export const EVALUATION_RESULT_NAMES: Record<EvaluationResult, string> = {
  excellent: '优秀',
  competent: '称职',
  basically_competent: '基本称职',
  incompetent: '不称职',
};

/** 从业限制和入职查询 (002 §二.6): clear, or barred from work with children. */
export const CHECK_RESULTS = ['passed', 'restricted'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];
export const CHECK_RESULT_NAMES: Record<CheckResult, string> = {
  passed: '通过（无从业限制）',
  restricted: '存在从业限制',
};

/** A code, or the code whose Chinese name (or a common variant) the text is. */
export function codeFromText<C extends string>(
  text: string,
  names: Record<C, string>,
  variants: Record<string, C> = {},
): C | undefined {
  const t = text.trim();
  if (Object.hasOwn(names, t)) return t as C;
  for (const [code, name] of Object.entries(names) as [C, string][]) if (name === t) return code;
  return variants[t];
}

export const ROLE_VARIANTS: Record<string, WorkerRole> = {
  主任: 'director',
  村儿童主任: 'director',
  社区儿童主任: 'director',
  督导员: 'supervisor',
  乡镇儿童督导员: 'supervisor',
  街道儿童督导员: 'supervisor',
};

export const CHECK_RESULT_VARIANTS: Record<string, CheckResult> = {
  通过: 'passed',
  合格: 'passed',
  无: 'passed',
  无从业限制: 'passed',
  正常: 'passed',
  有: 'restricted',
  存在: 'restricted',
  限制: 'restricted',
  有从业限制: 'restricted',
  不通过: 'restricted',
};
