// How often files are spot-checked, by profile: yearly (000 (一)1, 001 §四.8, 003 §五.8), half-yearly in
// 株洲 (004 §二.8); and when the next check is due.
import { describe, expect, it } from 'vitest';
import { findProfile } from '../../policies/index.ts';
import { periodOf, spotCheckStatus } from './schedule.ts';

const every = (id: string) => findProfile(id)!.spotCheck.every;

describe('spot-check periods by profile', () => {
  it.each([
    ['jiangning', '2026-11-23', '2026', '2026-01-01', '2026-12-31'],
    ['tiedong', '2026-02-01', '2026', '2026-01-01', '2026-12-31'],
    ['puning', '2026-11-23', '2026', '2026-01-01', '2026-12-31'],
    ['zhuzhou', '2026-03-31', '2026-H1', '2026-01-01', '2026-06-30'],
    ['zhuzhou', '2026-07-01', '2026-H2', '2026-07-01', '2026-12-31'],
  ])('%s on %s: period %s (%s to %s)', (profile, date, label, start, end) => {
    expect(periodOf(every(profile), date)).toEqual({ label, start, end });
  });

  it('labels quarters and leaves intervals that do not divide the year to rolling dates', () => {
    expect(periodOf('P3M', '2026-05-05')).toEqual({
      label: '2026-Q2',
      start: '2026-04-01',
      end: '2026-06-30',
    });
    expect(periodOf('P5M', '2026-05-05')).toBeNull();
  });
});

describe('when the next check is due', () => {
  it('yearly: done this year → due by the end of next year', () => {
    expect(spotCheckStatus('P1Y', ['2025-10-01', '2026-04-10'], '2026-11-23')).toMatchObject({
      lastCheckOn: '2026-04-10',
      doneThisPeriod: true,
      nextDueBy: '2027-12-31',
      overdue: false,
    });
  });

  it('yearly: done last year only → due by the end of this year, not yet overdue', () => {
    expect(spotCheckStatus('P1Y', ['2025-10-01'], '2026-11-23')).toMatchObject({
      doneThisPeriod: false,
      nextDueBy: '2026-12-31',
      overdue: false,
    });
  });

  it('half-yearly (株洲): a half without a check makes the next one overdue', () => {
    expect(spotCheckStatus('P6M', ['2026-03-01'], '2026-11-23')).toMatchObject({
      period: { label: '2026-H2' },
      doneThisPeriod: false,
      nextDueBy: '2026-12-31',
      overdue: false,
    });
    expect(spotCheckStatus('P6M', ['2025-11-01'], '2026-11-23')).toMatchObject({ overdue: true });
    expect(spotCheckStatus('P6M', ['2026-09-01'], '2026-11-23')).toMatchObject({ nextDueBy: '2027-06-30' });
  });

  it('never checked: due by the end of this period and overdue', () => {
    expect(spotCheckStatus('P1Y', [], '2026-11-23')).toMatchObject({
      lastCheckOn: null,
      nextDueBy: '2026-12-31',
      overdue: true,
    });
  });

  it('ignores checks dated after the as-of date', () => {
    expect(spotCheckStatus('P1Y', ['2026-12-01'], '2026-11-23')).toMatchObject({ lastCheckOn: null });
  });

  it('rolls from the last check for an interval that does not divide the year', () => {
    expect(spotCheckStatus('P5M', ['2026-01-10'], '2026-11-23')).toMatchObject({
      nextDueBy: '2026-06-10',
      overdue: true,
    });
  });
});
