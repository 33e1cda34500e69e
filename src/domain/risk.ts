// Four-colour grading (分级分色, DOMAIN.md §2): the level is the highest any factor reaches.
import { levelRank, type DerivedFactor, type FactorCode, type Level } from './codes.ts';
import type { ChildFacts } from './facts.ts';
import type { FactorRule, PolicyProfile } from './policy.ts';

export function derivedFactors(facts: ChildFacts): DerivedFactor[] {
  const out: DerivedFactor[] = [];
  const count = (status: string) =>
    facts.parents.filter((p) => (p.statuses as string[]).includes(status)).length;
  const two = facts.parents.length === 2;
  if (two && count('severe_disability') === 2) out.push('parents.both_severely_disabled');
  if (two && count('imprisoned') === 2) out.push('parents.both_imprisoned');
  const abuse = count('substance_abuse');
  if (two && abuse === 2) out.push('parents.both_substance_abuse');
  if (abuse === 1) out.push('parents.one_substance_abuse');
  return out;
}

/** The child's factors that the profile grades, highest level first (stable within a level). */
export function riskFactors(facts: ChildFacts, profile: PolicyProfile): FactorRule[] {
  const present = new Set<FactorCode>([...facts.conditions, ...derivedFactors(facts)]);
  return profile.grading.factors
    .filter((f) => present.has(f.code))
    .sort((a, b) => levelRank(b.level) - levelRank(a.level));
}

export function levelOf(factors: readonly FactorRule[]): Level {
  let level: Level = 'green';
  for (const f of factors) if (levelRank(f.level) > levelRank(level)) level = f.level;
  return level;
}
