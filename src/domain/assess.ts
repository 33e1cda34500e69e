// The assessment of one child under one profile: who is served, the four-colour level with every reason,
// the mandatory-report flag and the visit/contact schedule, each explained by the seed paragraph behind it.
import type { DifficultyType, Level } from './codes.ts';
import { DIFFICULTY_TYPE_NAMES, POPULATION_NAMES, levelRank } from './codes.ts';
import { difficultyTypes, isLeftBehind, isSingleParentRural } from './eligibility.ts';
import type { ChildFacts } from './facts.ts';
import type { PolicyProfile, Source } from './policy.ts';
import { levelOf, riskFactors } from './risk.ts';
import { applicableRules, combineRules, type Schedule } from './schedule.ts';
import type { IsoDate } from './dates.ts';

export interface Reason {
  code: string;
  level: Level;
  text: string;
  source: Source;
}

export interface Explanation {
  code: string;
  text: string;
  source: Source;
}

export interface Assessment {
  policy: string;
  asOf: IsoDate;
  target: boolean;
  leftBehind: boolean;
  difficultyTypes: DifficultyType[];
  level: Level | null;
  reasons: Reason[];
  schedule: Schedule | null;
  mandatoryReport: boolean;
  /** Why the child is (or is not) served, and which schedule rules apply: beyond the contract, for people. */
  explanation: { target: Explanation[]; schedule: Explanation[] };
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
  const factorCodes = factors.map((f) => f.code);
  const leftBehind = isLeftBehind(facts, profile);
  const types = difficultyTypes(facts, profile, factorCodes);
  const singleParent = isSingleParentRural(facts, profile);
  const target = leftBehind || types.length > 0 || singleParent;

  const why: Explanation[] = [];
  if (leftBehind)
    why.push({
      code: 'left_behind',
      text: `${POPULATION_NAMES.left_behind}：${profile.leftBehind.text}`,
      source: profile.leftBehind.source,
    });
  for (const t of types)
    why.push({
      code: `in_difficulty.${t}`,
      text: `${POPULATION_NAMES.in_difficulty}：${DIFFICULTY_TYPE_NAMES[t]}`,
      source: profile.inDifficulty.source,
    });
  if (singleParent)
    why.push({
      code: 'single_parent_rural',
      text: profile.singleParentRural.text,
      source: profile.singleParentRural.source,
    });

  if (!target) {
    return {
      policy: profile.id,
      asOf: facts.asOf,
      target: false,
      leftBehind: false,
      difficultyTypes: [],
      level: null,
      reasons: [],
      schedule: null,
      mandatoryReport: false,
      explanation: {
        target: [
          {
            code: 'not_target',
            text: '不属于农村留守儿童、困境儿童或农村单亲家庭儿童',
            source: profile.leftBehind.source,
          },
        ],
        schedule: [],
      },
    };
  }

  const derived = levelOf(factors);
  const raised = manual && levelRank(manual.level) > levelRank(derived) ? manual : null;
  const level = raised ? raised.level : derived;
  const rules = applicableRules(profile, { facts, level, difficultyTypes: types, factors: factorCodes });
  const reasons: Reason[] = factors.map((f) => ({
    code: f.code,
    level: f.level,
    text: f.text,
    source: f.source,
  }));
  if (raised)
    reasons.unshift({
      code: 'manual',
      level: raised.level,
      text: `人工调高等级：${raised.reason}`,
      source: '人工评估',
    });
  return {
    policy: profile.id,
    asOf: facts.asOf,
    target: true,
    leftBehind,
    difficultyTypes: types,
    level,
    reasons,
    schedule: combineRules(rules),
    mandatoryReport: level === profile.mandatoryReport.level,
    explanation: {
      target: why,
      schedule: rules.map((r) => ({ code: r.id, text: r.text, source: r.source })),
    },
  };
}
