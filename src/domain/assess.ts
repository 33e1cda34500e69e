// The assessment of one child under one profile: who is served, the four-colour level with every reason,
// the mandatory-report flag and the visit/contact schedule, each explained by the seed paragraph behind it.
import type { DifficultyType, Level } from './codes.ts';
import { DIFFICULTY_TYPE_NAMES, POPULATION_NAMES, levelRank } from './codes.ts';
import { ageOn, type IsoDate } from './dates.ts';
import { difficultyFindings, isLeftBehind, isSingleParentRural, leftBehindFailure } from './eligibility.ts';
import type { ChildFacts } from './facts.ts';
import type { CitedRule, FactorRule, PolicyProfile, Source } from './policy.ts';
import { levelOf, riskFactors } from './risk.ts';
import { applicableRules, combineRules, type Schedule } from './schedule.ts';

export interface Reason {
  code: string;
  level: Level;
  text: string;
  source: Source;
  /** The grading rule is another seed's, adopted by this profile. */
  adopted?: true;
}

export interface Explanation {
  code: string;
  text: string;
  source: Source;
  adopted?: true;
}

export interface Assessment {
  policy: string;
  asOf: IsoDate;
  target: boolean;
  /** A rural single-parent child who is not a target child: kept in the director's ledger (DOMAIN.md §1). */
  watch: boolean;
  leftBehind: boolean;
  difficultyTypes: DifficultyType[];
  level: Level | null;
  reasons: Reason[];
  schedule: Schedule | null;
  mandatoryReport: boolean;
  /** The paragraph behind a mandatory report; present only when `mandatoryReport` is true. */
  mandatoryReportSource?: Source;
  /** Why the child is (or is not) served, which schedule rules apply, why a report is due: for people. */
  explanation: { target: Explanation[]; schedule: Explanation[]; mandatoryReport: Explanation[] };
}

function cited(code: string, text: string, rule: CitedRule | FactorRule): Explanation {
  return { code, text, source: rule.source, ...(rule.adopted ? { adopted: true as const } : {}) };
}

/** 强制报告 is judged for minors: from the 18th birthday on, nothing opens one (DOMAIN.md §2). */
export const MANDATORY_REPORT_UNDER_AGE = 18;

/**
 * 强制报告 (DOMAIN.md §2), judged for every minor, target or not: the profile's own triggers first (铁东
 * 001 §四.8), then a red factor (or a level raised to red) under the profile's report paragraph.
 */
export function mandatoryReportJudgement(
  facts: ChildFacts,
  profile: PolicyProfile,
  factors: readonly FactorRule[],
  raisedTo: Level | null,
): Explanation[] {
  if (ageOn(facts.birthDate, facts.asOf) >= MANDATORY_REPORT_UNDER_AGE) return [];
  const rule = profile.mandatoryReport;
  const out: Explanation[] = [];
  for (const trigger of rule.triggers ?? [])
    for (const code of trigger.codes)
      if (facts.conditions.includes(code)) out.push(cited(code, trigger.text, trigger));
  const seen = new Set(out.map((e) => e.code));
  for (const f of factors)
    if (f.level === rule.level && !seen.has(f.code)) out.push(cited(f.code, `${f.text}：${rule.text}`, rule));
  if (raisedTo === rule.level && out.length === 0) out.push(cited('manual', rule.text, rule));
  return out;
}

/** A level set by a person above the derived one (never below it), with the written reason. */
export interface ManualLevel {
  level: Level;
  reason: string;
}

/** The level the facts alone give (before any manual raise). */
export function derivedLevel(a: Assessment): Level | null {
  if (!a.target) return null;
  const factors = a.reasons.filter((r) => r.code !== 'manual');
  return factors.length ? factors[0]!.level : 'green';
}

/**
 * Assesses a child. A manual level higher than the derived one becomes the level, with a reason of its own,
 * and the schedule and mandatory report follow it; a manual level at or below the derived one changes nothing.
 */
export function assess(facts: ChildFacts, profile: PolicyProfile, manual?: ManualLevel | null): Assessment {
  const factors = riskFactors(facts, profile);
  const leftBehind = isLeftBehind(facts, profile);
  const findings = difficultyFindings(facts, profile);
  const types = findings.map((f) => f.type);
  const singleParent = isSingleParentRural(facts, profile);
  const target = leftBehind || types.length > 0;
  const watch = !target && singleParent;

  const why: Explanation[] = [];
  if (leftBehind)
    why.push(
      cited('left_behind', `${POPULATION_NAMES.left_behind}：${profile.leftBehind.text}`, profile.leftBehind),
    );
  for (const f of findings)
    why.push(
      cited(
        `in_difficulty.${f.type}`,
        `${POPULATION_NAMES.in_difficulty}（${DIFFICULTY_TYPE_NAMES[f.type]}）：${f.criteria.map((c) => c.text).join('；')}。${f.rule.text}`,
        f.rule,
      ),
    );
  if (singleParent)
    why.push(
      cited(
        'single_parent_rural',
        target
          ? `${POPULATION_NAMES.single_parent_rural}：${profile.singleParentRural.text}`
          : `${POPULATION_NAMES.single_parent_rural}（非留守、非困境，纳入工作台账关注，不计入目标儿童统计）：${profile.singleParentRural.text}`,
        profile.singleParentRural,
      ),
    );

  if (!target) {
    const report = mandatoryReportJudgement(facts, profile, factors, null);
    return {
      policy: profile.id,
      asOf: facts.asOf,
      target: false,
      leftBehind: false,
      difficultyTypes: [],
      level: null,
      reasons: [],
      schedule: null,
      mandatoryReport: report.length > 0,
      ...(report.length > 0 ? { mandatoryReportSource: report[0]!.source } : {}),
      watch,
      explanation: {
        target: [...notTargetWhy(facts, profile), ...why],
        schedule: [],
        mandatoryReport: report,
      },
    };
  }

  const derived = levelOf(factors);
  const raised = manual && levelRank(manual.level) > levelRank(derived) ? manual : null;
  const level = raised ? raised.level : derived;
  const rules = applicableRules(profile, {
    facts,
    level,
    difficultyTypes: types,
    factors: factors.map((f) => f.code),
  });
  const reasons: Reason[] = factors.map((f) => ({
    code: f.code,
    level: f.level,
    text: f.text,
    source: f.source,
    ...(f.adopted ? { adopted: true as const } : {}),
  }));
  if (raised)
    reasons.unshift({
      code: 'manual',
      level: raised.level,
      text: `人工调高等级：${raised.reason}`,
      source: '人工评估',
    });
  const report = mandatoryReportJudgement(facts, profile, factors, raised ? raised.level : null);
  return {
    policy: profile.id,
    asOf: facts.asOf,
    target: true,
    leftBehind,
    difficultyTypes: types,
    level,
    reasons,
    schedule: combineRules(rules),
    mandatoryReport: report.length > 0,
    ...(report.length > 0 ? { mandatoryReportSource: report[0]!.source } : {}),
    watch: false,
    explanation: {
      target: why,
      schedule: rules.map((r) => cited(r.id, r.text, r)),
      mandatoryReport: report,
    },
  };
}

/** Why a child is not a target child: each population's rule that failed, with its paragraph. */
function notTargetWhy(facts: ChildFacts, profile: PolicyProfile): Explanation[] {
  const rule = profile.inDifficulty;
  if (ageOn(facts.birthDate, facts.asOf) >= rule.underAge) {
    const atSeventeen = { ...facts, asOf: facts.birthDate };
    const had = difficultyFindings(atSeventeen, profile).map((f) => DIFFICULTY_TYPE_NAMES[f.type]);
    return [
      cited(
        'not_target.age',
        had.length
          ? `已满${rule.underAge}周岁，不再属于儿童（${had.join('、')}的认定只适用于不满${rule.underAge}周岁的儿童）`
          : `已满${rule.underAge}周岁，不再属于儿童`,
        rule,
      ),
    ];
  }
  const out: Explanation[] = [];
  const lb = leftBehindFailure(facts, profile);
  if (lb) out.push(cited('not_target.left_behind', lb.text, lb));
  out.push(cited('not_target.in_difficulty', `非困境儿童：不属于任何困境儿童类别（${rule.text}）`, rule));
  return out;
}
