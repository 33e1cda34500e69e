// The roster kinds the comparison knows. A new kind is a new file beside this one and a line here.
import type { RosterRule } from '../rule.ts';
import { deaths } from './deaths.ts';
import { dibaoRoll } from './dibao-roll.ts';
import { disabilityCertificates } from './disability-certificates.ts';
import { schoolEnrolment } from './school-enrolment.ts';

// prettier-ignore
export const ROSTER_RULES: readonly RosterRule[] = [
  schoolEnrolment,
  deaths,
  dibaoRoll,
  disabilityCertificates,
];

export const ROSTER_KINDS = ROSTER_RULES.map((r) => r.kind);

/** Every finding a rule can make (comparison_finding.finding holds one of them). */
export const FINDING_CODES = [...new Set(ROSTER_RULES.flatMap((r) => r.clauses.map((c) => c.finding)))];

export function findRule(kind: string): RosterRule | undefined {
  return ROSTER_RULES.find((r) => r.kind === kind);
}
