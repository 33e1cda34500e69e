// The first day a stored assessment can change while the child's data stays as it is (issue 20.4): the nightly
// re-assessment grades only the children whose day has come. What evaluateChild() reads that moves by itself
// is the date, and the date enters the rules only as the child's age against the profile's age limits:
//   - left-behind: under profile.leftBehind.underAge (16) — eligibility.ts leftBehindFailure();
//   - in difficulty and the rural single-parent watch: under profile.inDifficulty.underAge (18) — eligibility.ts;
//   - 强制报告: under MANDATORY_REPORT_UNDER_AGE (18) — assess.ts mandatoryReportJudgement().
// The rest is not a function of the date: the four-colour factors, the schedule rules (no selector reads the
// age), migrant months (a stored count, not a start date), the due dates (computed from the stored visit,
// contact, registration and red-case dates; "overdue" is never stored), immediate_since (kept once written).
// So the assessment is constant between two of those birthdays; the next one after `asOf` is when to look again.
import { MANDATORY_REPORT_UNDER_AGE } from './assess.ts';
import { birthdayAt, type IsoDate } from './dates.ts';
import type { PolicyProfile } from './policy.ts';

/** Stored for a child past every age limit: nothing will change it by itself (null means "not computed"). */
export const REASSESS_NEVER: IsoDate = '9999-12-31';

/** The ages at which the profile's rules change their answer for the same facts. */
export function ageLimits(profile: Pick<PolicyProfile, 'leftBehind' | 'inDifficulty'>): number[] {
  return [profile.leftBehind.underAge, profile.inDifficulty.underAge, MANDATORY_REPORT_UNDER_AGE];
}

/** The first birthday after `asOf` that crosses one of the profile's age limits, or REASSESS_NEVER. */
export function reassessOn(
  birthDate: IsoDate,
  profile: Pick<PolicyProfile, 'leftBehind' | 'inDifficulty'>,
  asOf: IsoDate,
): IsoDate {
  let next = REASSESS_NEVER;
  for (const age of ageLimits(profile)) {
    const day = birthdayAt(birthDate, age);
    if (day > asOf && day < next) next = day;
  }
  return next;
}
