import { describe, expect, it } from 'vitest';
import { dueStatus } from './due.ts';

const monthlyContactQuarterlyVisit = { immediate: false, visitEvery: 'P3M', contactEvery: 'P1M' };

describe('next visit and contact due', () => {
  it('counts from registration when nothing was recorded yet', () => {
    const s = dueStatus(
      monthlyContactQuarterlyVisit,
      { registeredOn: '2026-09-01', lastVisit: null, lastContact: null },
      '2026-11-23',
    );
    expect(s.visit).toEqual({ due: '2026-12-01', overdue: false, daysOverdue: 0 });
    expect(s.contact).toEqual({ due: '2026-10-01', overdue: true, daysOverdue: 53 });
    expect(s.next).toBe('2026-10-01');
    expect(s.overdue).toBe(true);
  });

  it('counts from the last visit and contact; a visit also resets the contact clock', () => {
    const s = dueStatus(
      monthlyContactQuarterlyVisit,
      { registeredOn: '2025-01-01', lastVisit: '2026-11-10', lastContact: '2026-10-01' },
      '2026-11-23',
    );
    expect(s.visit.due).toBe('2027-02-10');
    expect(s.contact.due).toBe('2026-12-10');
    expect(s.overdue).toBe(false);
  });

  it('is not overdue on the due date itself', () => {
    const s = dueStatus(
      monthlyContactQuarterlyVisit,
      { registeredOn: '2025-01-01', lastVisit: '2026-08-23', lastContact: '2026-10-23' },
      '2026-11-23',
    );
    expect(s.visit).toEqual({ due: '2026-11-23', overdue: false, daysOverdue: 0 });
    expect(s.contact).toEqual({ due: '2026-11-23', overdue: false, daysOverdue: 0 });
  });

  it('leaves a kind with no interval without a due date', () => {
    const s = dueStatus(
      { immediate: false, visitEvery: 'P1M', contactEvery: null },
      { registeredOn: '2026-11-01', lastVisit: null, lastContact: null },
      '2026-11-23',
    );
    expect(s.contact).toEqual({ due: null, overdue: false, daysOverdue: 0 });
    expect(s.next).toBe('2026-12-01');
  });

  // 普宁 003 §三.1 (红色：即时介入处置), with Tonghu's reading of 立即 (follow up every 7 days once handled).
  describe('a red case (003 §三.1, Tonghu: handled = reported to the police and an intervention on file)', () => {
    const red = { immediate: true, visitEvery: 'P1M', contactEvery: 'P1M' };
    const base = {
      registeredOn: '2025-01-01',
      lastContact: null,
      immediateSince: '2026-11-20',
      followUpEvery: 'P7D',
    };
    it.each([
      ['found, not yet visited', { lastVisit: '2026-11-15', immediateHandledOn: null }, '2026-11-20', true],
      // The visit that found the abuse does not put the next visit a month away.
      [
        'visited the day it was found',
        { lastVisit: '2026-11-20', immediateHandledOn: null },
        '2026-11-20',
        true,
      ],
      [
        'handled before an earlier red episode',
        { lastVisit: '2026-11-21', immediateHandledOn: '2026-10-01' },
        '2026-11-20',
        true,
      ],
      [
        'handled: 7 days after handling',
        { lastVisit: '2026-11-20', immediateHandledOn: '2026-11-21' },
        '2026-11-28',
        false,
      ],
      [
        'handled, then visited: 7 days after the visit',
        { lastVisit: '2026-11-25', immediateHandledOn: '2026-11-21' },
        '2026-12-02',
        false,
      ],
    ] as const)('%s', (_name, history, due, overdue) => {
      const s = dueStatus(red, { ...base, ...history }, '2026-11-23');
      expect(s.visit.due).toBe(due);
      expect(s.visit.overdue).toBe(overdue);
      expect(s.next).toBe(due);
    });

    it('falls back to the schedule once the level drops (no longer immediate)', () => {
      const s = dueStatus(
        { immediate: false, visitEvery: 'P1M', contactEvery: 'P1M' },
        { ...base, immediateSince: null, lastVisit: '2026-11-20', immediateHandledOn: '2026-11-21' },
        '2026-11-23',
      );
      expect(s.visit.due).toBe('2026-12-20');
    });
  });
});
