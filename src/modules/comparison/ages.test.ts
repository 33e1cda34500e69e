// The birth-date bounds the SQL uses agree with ageOn() on every date, 29 February included.
import { describe, expect, it } from 'vitest';
import { addDays, ageOn } from '../../domain/dates.ts';
import { latestBirthForAge } from './ages.ts';
import { SCHOOL_AGE } from './rules/school-enrolment.ts';

describe('ages as birth-date bounds', () => {
  it('agrees with ageOn for every birth date around each birthday, leap days included', () => {
    const asOfs = ['2026-11-23', '2024-02-29', '2025-02-28', '2025-03-01', '2028-02-29', '2026-01-01'];
    for (const asOf of asOfs)
      for (const years of [6, 15, 16, 18]) {
        const bound = latestBirthForAge(asOf, years);
        for (let d = -3; d <= 3; d++) {
          const birth = addDays(bound, d);
          expect(birth <= bound, `${birth} on ${asOf}, ${years}`).toBe(ageOn(birth, asOf) >= years);
        }
      }
  });

  it('places school age at 6 ≤ age ≤ 15 (江宁 (一)3, nine years of compulsory education)', () => {
    expect(SCHOOL_AGE).toEqual({ min: 6, max: 15 });
    const asOf = '2026-11-23';
    const inSchoolAge = (birth: string) =>
      birth <= latestBirthForAge(asOf, SCHOOL_AGE.min) && birth > latestBirthForAge(asOf, SCHOOL_AGE.max + 1);
    expect(inSchoolAge('2020-11-23')).toBe(true); // sixth birthday today
    expect(inSchoolAge('2020-11-24')).toBe(false); // five until tomorrow
    expect(inSchoolAge('2010-11-24')).toBe(true); // fifteen, sixteen tomorrow
    expect(inSchoolAge('2010-11-23')).toBe(false); // sixteen today
  });
});
