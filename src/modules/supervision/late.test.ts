// What is late in an action plan, by injected dates: report deadlines by profile (铁东 12-01, 001 §六(二);
// 普宁 11-03, 003 §七(三); others the default) and tasks past their due date.
import { describe, expect, it } from 'vitest';
import { findProfile } from '../../policies/index.ts';
import {
  DEFAULT_REPORT_DUE,
  effectiveDue,
  lastDueYear,
  reportDeadline,
  reportState,
  taskLateness,
} from './late.ts';

const profile = (id: string) => findProfile(id)!;

describe('progress report deadlines', () => {
  it.each([
    ['tiedong', '2026-12-01', '001 §六(二)'],
    ['puning', '2026-11-03', '003 §七(三)'],
    ['jiangning', `2026-${DEFAULT_REPORT_DUE}`, null],
    ['zhuzhou', '2026-12-01', null],
  ])('%s: due %s', (id, deadline, source) => {
    expect(reportDeadline(profile(id), 2026)).toEqual({ deadline, source });
  });

  it.each([
    ['puning', '2026-11-03', 2025],
    ['puning', '2026-11-04', 2026],
    ['tiedong', '2026-11-23', 2025],
    ['tiedong', '2026-12-02', 2026],
  ])('%s on %s: the last year due is %i', (id, asOf, year) => {
    expect(lastDueYear(profile(id), asOf)).toBe(year);
  });

  it.each([
    [null, '2026-11-03', '2026-11-03', 'pending'],
    [null, '2026-11-03', '2026-11-04', 'late'],
    ['2026-11-03', '2026-11-03', '2026-11-23', 'submitted'],
    ['2026-11-10', '2026-11-03', '2026-11-23', 'submitted_late'],
  ] as const)('submitted %s, deadline %s, on %s → %s', (submitted, deadline, asOf, state) => {
    expect(reportState(submitted, deadline, asOf)).toBe(state);
  });
});

describe('tasks past due', () => {
  it('takes the plan end for a task without its own date', () => {
    expect(effectiveDue({ dueOn: null }, '2026-10-31')).toBe('2026-10-31');
    expect(effectiveDue({ dueOn: '2024-12-31' }, '2026-10-31')).toBe('2024-12-31');
  });

  it.each([
    [{ id: 'a', status: 'open', dueOn: '2026-06-30' }, '2026-06-30', 0],
    [{ id: 'a', status: 'open', dueOn: '2026-06-30' }, '2026-07-10', 10],
    [{ id: 'a', status: 'done', dueOn: '2026-06-30' }, '2026-07-10', 0],
    [{ id: 'a', status: 'open', dueOn: null }, '2026-11-23', 23],
  ] as const)('%j on %s is %i days late', (task, asOf, days) => {
    expect(taskLateness(task, '2026-10-31', asOf).daysLate).toBe(days);
  });
});
