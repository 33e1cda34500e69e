// The span must agree with the engine on every date: a report that grades children as of a date from the
// stored span gives what assessing each child on that date would give.
import { describe, expect, it } from 'vitest';
import { syntheticFacts } from '../../bench/synthetic.ts';
import { PROFILES } from '../policies/index.ts';
import { assess } from './assess.ts';
import { addMonths } from './dates.ts';
import { parseFacts } from './facts.ts';
import { isTargetOn, targetSpan } from './span.ts';

describe('target span', () => {
  it.each(PROFILES.map((p) => [p.id, p] as const))(
    'agrees with assess() on every date for %s',
    (_id, profile) => {
      for (let i = 0; i < 400; i++) {
        const facts = parseFacts(syntheticFacts(i), { asOf: '2026-11-23' });
        const span = targetSpan(facts, profile);
        for (let m = -60; m <= 120; m += 7) {
          const date = addMonths('2026-11-23', m);
          if (date < facts.birthDate) continue;
          const a = assess({ ...facts, asOf: date }, profile);
          expect(isTargetOn(span, date)).toBe(a.target);
          expect(span.leftBehindUntil !== null && date < span.leftBehindUntil).toBe(a.leftBehind);
          if (a.target) expect(span.factorLevel).toBe(a.level);
        }
      }
    },
  );

  it('ends on the 16th birthday for a left-behind child and the 18th for a child in difficulty (003 §二)', () => {
    const profile = PROFILES.find((p) => p.id === 'puning')!;
    const away = { relation: 'father', statuses: ['migrant'], migrantMonths: 8, crossCounty: true };
    const lb = parseFacts(
      { birthDate: '2010-11-23', hukouType: 'rural', parents: [away, { ...away, relation: 'mother' }] },
      { asOf: '2026-01-01' },
    );
    expect(targetSpan(lb, profile)).toMatchObject({
      leftBehindUntil: '2026-11-23',
      targetUntil: '2026-11-23',
      factorLevel: 'green',
    });
    const orphan = parseFacts({ birthDate: '2010-11-23', conditions: ['orphan'] }, { asOf: '2026-01-01' });
    expect(targetSpan(orphan, profile)).toMatchObject({
      leftBehindUntil: null,
      targetUntil: '2028-11-23',
      factorLevel: 'blue',
    });
    expect(
      targetSpan(parseFacts({ birthDate: '2010-11-23' }, { asOf: '2026-01-01' }), profile).targetUntil,
    ).toBeNull();
  });
});
