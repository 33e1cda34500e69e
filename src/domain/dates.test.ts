import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  ageOn,
  birthdayAt,
  daysBetween,
  daysInMonth,
  formatChineseDate,
  isIsoDate,
  parseIsoDate,
  todayInChina,
} from './dates.ts';

describe('calendar dates', () => {
  it('reads a date as the pattern YYYY-MM-DD and the calendar say, and knows the length of every month', () => {
    const reference = (value: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!m) return null;
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const d = new Date(Date.UTC(2000, month - 1, day));
      d.setUTCFullYear(year);
      const real = month >= 1 && month <= 12 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
      return real ? { year, month, day } : null;
    };
    const samples = [
      '2026-11-23', '2024-02-29', '2026-02-29', '1900-02-29', '2000-02-29', '2026-04-31', '2026-12-31',
      '2026-00-10', '2026-13-01', '2026-01-00', '2026-1-01', '20261123', '2026/11/23', ' 2026-11-23',
      '2026-11-23 ', '２０２６-11-23', '2026-1a-01', '2026-11-2', '', '2026-11-230',
    ]; // prettier-ignore
    for (const value of samples) expect(parseIsoDate(value), value).toEqual(reference(value));
    for (let year = 1999; year <= 2028; year++)
      for (let month = 1; month <= 12; month++)
        expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
    // Out-of-range months roll over as Date.UTC does.
    expect(daysInMonth(2026, 0)).toBe(31);
    expect(daysInMonth(2026, 14)).toBe(28);
  });

  it.each([
    ['2026-11-23', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['20261123', false],
  ])('%s is a date: %s', (value, ok) => expect(isIsoDate(value)).toBe(ok));

  it.each([
    // [birth, as of, age]: the birthday itself counts as reached (不满16周岁 ends on the 16th birthday).
    ['2010-11-23', '2026-11-23', 16],
    ['2010-11-24', '2026-11-23', 15],
    ['2010-11-22', '2026-11-23', 16],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2008-02-29', '2028-02-29', 20],
  ])('born %s, on %s is %i', (birth, asOf, age) => expect(ageOn(birth, asOf)).toBe(age));

  it('finds the date a birthday falls on, 29 February moving to 1 March in common years', () => {
    expect(birthdayAt('2010-05-06', 16)).toBe('2026-05-06');
    expect(birthdayAt('2008-02-29', 18)).toBe('2026-03-01');
    expect(birthdayAt('2008-02-29', 16)).toBe('2024-02-29');
  });

  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-23', 3)).toBe('2027-02-23');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });

  it('adds days and counts days between dates', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(daysBetween('2026-11-01', '2026-11-23')).toBe(22);
    expect(daysBetween('2026-11-23', '2026-11-01')).toBe(-22);
  });

  it('tells today in China whatever the server zone', () => {
    expect(todayInChina(new Date('2026-11-22T16:30:00Z'))).toBe('2026-11-23');
    expect(todayInChina(new Date('2026-11-22T15:30:00Z'))).toBe('2026-11-22');
  });

  it('writes dates for people as 2026年11月23日', () =>
    expect(formatChineseDate('2026-11-03')).toBe('2026年11月3日'));
});
