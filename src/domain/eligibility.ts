// Who is served (DOMAIN.md §1): left-behind children and children in difficulty are target children; a rural
// single-parent child who is neither is watched (in the director's ledger) but not a target child.
import { ageOn } from './dates.ts';
import { INCAPACITY_STATUSES, DIFFICULTY_TYPES, type DifficultyType, type ParentStatus } from './codes.ts';
import type { ChildFacts, ParentFacts } from './facts.ts';
import type { CitedRule, DifficultyCriterion, DifficultyRule, PolicyProfile } from './policy.ts';

/** A parent away for work long enough, across a county line, and not within one city's core districts. */
export function isMigrantWorker(parent: ParentFacts, profile: PolicyProfile): boolean {
  return (
    parent.statuses.includes('migrant') &&
    parent.migrantMonths !== null &&
    parent.migrantMonths >= profile.leftBehind.migrantMonthsMin &&
    parent.crossCounty === true &&
    parent.coreUrbanBoth !== true
  );
}

export function lacksGuardianshipCapacity(parent: ParentFacts): boolean {
  return parent.statuses.some((s) => INCAPACITY_STATUSES.includes(s));
}

export function isLeftBehind(facts: ChildFacts, profile: PolicyProfile): boolean {
  return leftBehindFailure(facts, profile) === null;
}

/** Why the facts do not make a left-behind child under the profile (the first rule that fails), or null. */
export function leftBehindFailure(facts: ChildFacts, profile: PolicyProfile): CitedRule | null {
  const rule = profile.leftBehind;
  const cite = (text: string, from: CitedRule = rule): CitedRule => ({
    text: `非农村留守儿童：${text}`,
    source: from.source,
    ...(from.adopted ? { adopted: true } : {}),
  });
  if (ageOn(facts.birthDate, facts.asOf) >= rule.underAge) return cite(`已满${rule.underAge}周岁`);
  if (rule.requireRuralHukou && facts.hukouType !== 'rural')
    return cite(facts.hukouType === 'urban' ? '非农村户籍' : '户籍类型未记录为农村户籍');
  const migrants = facts.parents.filter((p) => isMigrantWorker(p, profile));
  if (facts.parents.length === 2) {
    const [a, b] = facts.parents as [ParentFacts, ParentFacts];
    const aAway = migrants.includes(a);
    const bAway = migrants.includes(b);
    if (
      (aAway && bAway) ||
      (aAway && lacksGuardianshipCapacity(b)) ||
      (bAway && lacksGuardianshipCapacity(a))
    )
      return null;
  }
  const declared = facts.parents.filter((p) => p.statuses.includes('migrant') && !migrants.includes(p));
  if (declared.length > 0) {
    const p = declared[0]!;
    if (p.migrantMonths === null || p.migrantMonths < rule.migrantMonthsMin)
      return cite(`外出务工未满连续${rule.migrantMonthsMin}个月`, rule.months ?? rule);
    if (p.crossCounty !== true) return cite('外出务工未跨县域');
    return cite('务工地和户籍地均在核心城区，不在统计范围');
  }
  if (migrants.length === 0) return cite('父母均未外出务工');
  return cite('父母只有一方外出务工，另一方未认定为无监护能力');
}

function hasStatus(parent: ParentFacts, statuses: readonly ParentStatus[]): boolean {
  return parent.statuses.some((s) => statuses.includes(s));
}

export function criterionMatches(c: DifficultyCriterion, facts: ChildFacts): boolean {
  switch (c.kind) {
    case 'condition':
      return c.any.some((code) => facts.conditions.includes(code));
    case 'bothParents':
      return facts.parents.length === 2 && facts.parents.every((p) => hasStatus(p, c.any));
    case 'oneAndOther': {
      if (facts.parents.length !== 2) return false;
      const [a, b] = facts.parents as [ParentFacts, ParentFacts];
      return (hasStatus(a, c.one) && hasStatus(b, c.other)) || (hasStatus(b, c.one) && hasStatus(a, c.other));
    }
  }
}

export interface DifficultyFinding {
  type: DifficultyType;
  rule: DifficultyRule;
  /** Every criterion of the type that the facts meet. */
  criteria: DifficultyCriterion[];
}

/** The profile's difficulty types the facts meet, in code order, each with what met it (under 18 only). */
export function difficultyFindings(facts: ChildFacts, profile: PolicyProfile): DifficultyFinding[] {
  if (ageOn(facts.birthDate, facts.asOf) >= profile.inDifficulty.underAge) return [];
  const out: DifficultyFinding[] = [];
  for (const rule of profile.inDifficulty.types) {
    const criteria = rule.when.filter((c) => criterionMatches(c, facts));
    if (criteria.length > 0) out.push({ type: rule.type, rule, criteria });
  }
  return out.sort((x, y) => DIFFICULTY_TYPES.indexOf(x.type) - DIFFICULTY_TYPES.indexOf(y.type));
}

export function difficultyTypes(facts: ChildFacts, profile: PolicyProfile): DifficultyType[] {
  return difficultyFindings(facts, profile).map((f) => f.type);
}

/** A rural single-parent child (under 18): in the director's ledger; a target child only if also another kind. */
export function isSingleParentRural(facts: ChildFacts, profile: PolicyProfile): boolean {
  return (
    facts.conditions.includes('single_parent_rural') &&
    ageOn(facts.birthDate, facts.asOf) < profile.inDifficulty.underAge
  );
}
