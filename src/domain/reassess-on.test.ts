// The day to grade a child again (issue 20.4) must never come after a day on which the engine's answer
// changes: between `asOf` and reassessOn() the assessment of the same facts stays what it was.
import { describe, expect, it } from 'vitest';
import { syntheticFacts } from '../../bench/synthetic.ts';
import { PROFILES } from '../policies/index.ts';
import puning from '../policies/puning.ts';
import { assess } from './assess.ts';
import { addDays, addMonths } from './dates.ts';
import { parseFacts } from './facts.ts';
import { REASSESS_NEVER, reassessOn } from './reassess-on.ts';

const answer = (a: ReturnType<typeof assess>) => JSON.stringify({ ...a, asOf: null });

describe('reassessOn', () => {
  it.each([
    // Left-behind ends on the 16th birthday, in difficulty and 强制报告 on the 18th (003 §二, DOMAIN.md §2).
    ['2010-11-25', '2026-11-23', '2026-11-25'],
    ['2010-11-25', '2026-11-24', '2026-11-25'],
    ['2010-11-25', '2026-11-25', '2028-11-25'],
    ['2010-11-25', '2028-11-24', '2028-11-25'],
    ['2010-11-25', '2028-11-25', REASSESS_NEVER],
    ['2020-01-01', '2026-11-23', '2036-01-01'],
    // Born on 29 February: a year older on 1 March in common years (dates.ts ageOn).
    ['2012-02-29', '2029-01-01', '2030-03-01'],
    ['2012-02-29', '2027-06-01', '2028-02-29'],
  ])('born %s, graded %s: %s', (birth, asOf, next) => {
    expect(reassessOn(birth, puning, asOf)).toBe(next);
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))(
    'no answer of the engine changes before that day for %s',
    (_id, profile) => {
      for (let i = 0; i < 300; i++) {
        const facts = parseFacts(syntheticFacts(i), { asOf: '2026-11-23' });
        for (let m = 0; m <= 230; m += 23) {
          const asOf = addMonths(facts.birthDate, m);
          const next = reassessOn(facts.birthDate, profile, asOf);
          expect(next > asOf).toBe(true);
          const now = answer(assess({ ...facts, asOf }, profile));
          const last = next === REASSESS_NEVER ? addDays(asOf, 3650) : addDays(next, -1);
          for (const day of [addDays(asOf, 1), addMonths(asOf, 6), last])
            if (day <= last) expect(answer(assess({ ...facts, asOf: day }, profile))).toBe(now);
        }
      }
    },
  );
});
