import { describe, expect, it } from 'vitest';
import { addDuration, approximateDays, parseDuration, shorterDuration } from './duration.ts';

describe('ISO-8601 durations', () => {
  it('parses the date forms the schedules use and refuses others', () => {
    expect(parseDuration('P14D')).toEqual({ years: 0, months: 0, weeks: 0, days: 14 });
    expect(parseDuration('P1Y')).toEqual({ years: 1, months: 0, weeks: 0, days: 0 });
    expect(parseDuration('P2W')).toEqual({ years: 0, months: 0, weeks: 2, days: 0 });
    for (const bad of ['P', '1M', 'PT1H', 'P1.5M', 'p1m', '']) expect(parseDuration(bad)).toBeNull();
  });

  it('adds durations to dates', () => {
    expect(addDuration('2026-11-23', 'P1M')).toBe('2026-12-23');
    expect(addDuration('2026-11-23', 'P3M')).toBe('2027-02-23');
    expect(addDuration('2026-11-23', 'P14D')).toBe('2026-12-07');
    expect(addDuration('2026-08-31', 'P6M')).toBe('2027-02-28');
  });

  it('orders intervals and keeps the shorter, a missing one never winning', () => {
    expect(approximateDays('P14D')).toBeLessThan(approximateDays('P1M'));
    expect(approximateDays('P2W')).toBe(approximateDays('P14D'));
    expect(shorterDuration('P3M', 'P1M')).toBe('P1M');
    expect(shorterDuration('P14D', 'P1M')).toBe('P14D');
    expect(shorterDuration(null, 'P2M')).toBe('P2M');
    expect(shorterDuration('P2M', null)).toBe('P2M');
    expect(shorterDuration(null, null)).toBeNull();
  });
});
