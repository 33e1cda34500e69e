// Who is served (DOMAIN.md §1): left-behind children, children in difficulty, rural single-parent children.
import { ageOn } from './dates.ts';
import { INCAPACITY_STATUSES, type DifficultyType, type FactorCode, DIFFICULTY_TYPES } from './codes.ts';
import type { ChildFacts, ParentFacts } from './facts.ts';
import type { PolicyProfile } from './policy.ts';

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
  const rule = profile.leftBehind;
  if (ageOn(facts.birthDate, facts.asOf) >= rule.underAge) return false;
  if (rule.requireRuralHukou && facts.hukouType !== 'rural') return false;
  if (facts.parents.length !== 2) return false;
  const [a, b] = facts.parents as [ParentFacts, ParentFacts];
  const aAway = isMigrantWorker(a, profile);
  const bAway = isMigrantWorker(b, profile);
  return (
    (aAway && bAway) || (aAway && lacksGuardianshipCapacity(b)) || (bAway && lacksGuardianshipCapacity(a))
  );
}

const POOR_FAMILY = ['assist.dibao', 'assist.dibao_marginal', 'assist.expenditure_hardship', 'assist.tekun'];
/** Factors that already name a type of their own, so they do not make a child "other". */
const TYPED_FACTORS: readonly FactorCode[] = ['orphan', 'hiv', 'de_facto_unsupported', 'disability.severe'];

function bothParents(facts: ChildFacts, statuses: readonly string[]): boolean {
  return (
    facts.parents.length === 2 && facts.parents.every((p) => p.statuses.some((s) => statuses.includes(s)))
  );
}

/**
 * The six types of 普宁 §二(二). `factors` are the child's four-colour factors (conditions and derived);
 * any of them at red, yellow or blue not naming a type of its own makes the child "other".
 */
export function difficultyTypes(
  facts: ChildFacts,
  profile: PolicyProfile,
  factors: readonly FactorCode[],
): DifficultyType[] {
  if (ageOn(facts.birthDate, facts.asOf) >= profile.inDifficulty.underAge) return [];
  const has = (c: string) => (facts.conditions as string[]).includes(c);
  const types = new Set<DifficultyType>();
  if (has('orphan') || has('hiv')) types.add('orphan');
  if (has('de_facto_unsupported')) types.add('de_facto_unsupported');
  if (POOR_FAMILY.some(has)) types.add('poor_family');
  if (has('disability.severe')) types.add('severe_disability');
  if (has('state_guardianship')) types.add('state_guardianship');
  if (
    factors.some((f) => !TYPED_FACTORS.includes(f)) ||
    has('illness.severe') ||
    bothParents(facts, ['severe_disability', 'severe_illness']) ||
    bothParents(facts, ['imprisoned', 'drug_rehab'])
  )
    types.add('other');
  return DIFFICULTY_TYPES.filter((t) => types.has(t));
}

export function isSingleParentRural(facts: ChildFacts, profile: PolicyProfile): boolean {
  return (
    facts.conditions.includes('single_parent_rural') &&
    ageOn(facts.birthDate, facts.asOf) < profile.inDifficulty.underAge
  );
}
