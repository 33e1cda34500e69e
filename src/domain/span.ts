// A child's assessment over time. Age is the only fact that moves by itself: whether the facts make a
// left-behind child, the difficulty types and the four-colour factors do not depend on the date, and the
// age limits turn them off on the 16th and 18th birthdays. Reports grade children as of any date from this.
import { birthdayAt, maxDate, type IsoDate } from './dates.ts';
import type { DifficultyType, FactorCode, Level } from './codes.ts';
import { difficultyTypes, isLeftBehind } from './eligibility.ts';
import type { ChildFacts } from './facts.ts';
import type { PolicyProfile } from './policy.ts';
import { levelOf, riskFactors } from './risk.ts';

export interface TargetSpan {
  factors: FactorCode[];
  /** The level of a target child by its factors (green when none). */
  factorLevel: Level;
  /** The 16th birthday if the facts make a left-behind child, else null. */
  leftBehindUntil: IsoDate | null;
  /** The first day the child is no longer a target child, null if it never is one. */
  targetUntil: IsoDate | null;
  difficultyTypesAnyAge: DifficultyType[];
}

export function targetSpan(facts: ChildFacts, profile: PolicyProfile): TargetSpan {
  // As of the birth date every age test passes, so what remains are the tests that never change.
  const atBirth = { ...facts, asOf: facts.birthDate };
  const factors = riskFactors(facts, profile);
  const codes = factors.map((f) => f.code);
  const leftBehindUntil = isLeftBehind(atBirth, profile)
    ? birthdayAt(facts.birthDate, profile.leftBehind.underAge)
    : null;
  const types = difficultyTypes(atBirth, profile);
  // A rural single-parent child who is neither left-behind nor in difficulty is watched, not a target child.
  const inDifficultyUntil =
    types.length > 0 ? birthdayAt(facts.birthDate, profile.inDifficulty.underAge) : null;
  return {
    factors: codes,
    factorLevel: levelOf(factors),
    leftBehindUntil,
    targetUntil: maxDate(leftBehindUntil, inDifficultyUntil),
    difficultyTypesAnyAge: types,
  };
}

/** Whether the span makes a target child on `date`. */
export function isTargetOn(span: Pick<TargetSpan, 'targetUntil'>, date: IsoDate): boolean {
  return span.targetUntil !== null && date < span.targetUntil;
}
