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

  it('makes a case to handle at once due the day it was found, until a visit on or after that day', () => {
    const red = { immediate: true, visitEvery: 'P1M', contactEvery: 'P1M' };
    const open = dueStatus(
      red,
      {
        registeredOn: '2025-01-01',
        lastVisit: '2026-11-15',
        lastContact: null,
        immediateSince: '2026-11-20',
      },
      '2026-11-23',
    );
    expect(open.visit).toEqual({ due: '2026-11-20', overdue: true, daysOverdue: 3 });
    const handled = dueStatus(
      red,
      {
        registeredOn: '2025-01-01',
        lastVisit: '2026-11-20',
        lastContact: null,
        immediateSince: '2026-11-20',
      },
      '2026-11-23',
    );
    expect(handled.visit.due).toBe('2026-12-20');
  });
});
