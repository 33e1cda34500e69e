// The referral workflow as a table: which step is allowed from which status, who takes it, where it leads;
// the default due dates and the overdue rule.
import { describe, expect, it } from 'vitest';
import {
  canStep,
  daysOverdue,
  defaultDueOn,
  isOverdue,
  REFERRAL_STATUSES,
  REFERRAL_STEPS,
  STEP_RULES,
  stepRefusal,
  type ReferralStatus,
  type ReferralStep,
} from './workflow.ts';

const ALLOWED: Record<ReferralStep, ReferralStatus[]> = {
  receive: ['sent'],
  progress: ['received', 'in_progress'],
  answer: ['received', 'in_progress'],
  return: ['sent', 'received', 'in_progress'],
  close: ['answered', 'returned'],
  resend: ['returned', 'answered'],
};

describe('referral steps', () => {
  for (const step of REFERRAL_STEPS)
    for (const status of REFERRAL_STATUSES)
      it(`${step} from ${status}: ${ALLOWED[step].includes(status) ? 'allowed' : 'refused'}`, () => {
        expect(canStep(step, status)).toBe(ALLOWED[step].includes(status));
      });

  it('the department moves it on or returns it; the sender closes or resends', () => {
    expect(REFERRAL_STEPS.filter((s) => STEP_RULES[s].side === 'department')).toEqual([
      'receive',
      'progress',
      'answer',
      'return',
    ]);
    expect(REFERRAL_STEPS.filter((s) => STEP_RULES[s].side === 'sender')).toEqual(['close', 'resend']);
  });

  it('a closed referral is final', () => {
    for (const step of REFERRAL_STEPS) expect(canStep(step, 'closed')).toBe(false);
  });

  it('says in Chinese why a step is refused', () => {
    expect(stepRefusal('answer', 'sent')).toBe('报送当前为“已报送”，不能答复（仅在已接收、办理中时可以）');
  });
});

describe('due dates and overdue', () => {
  it('gives 15 days by default and 7 to the police', () => {
    expect(defaultDueOn('education', '2026-11-23')).toBe('2026-12-08');
    expect(defaultDueOn('police', '2026-11-23')).toBe('2026-11-30');
  });

  it.each<[ReferralStatus, string, boolean, number]>([
    ['sent', '2026-12-08', false, 0],
    ['sent', '2026-12-09', true, 1],
    ['received', '2026-12-18', true, 10],
    ['in_progress', '2026-12-09', true, 1],
    ['answered', '2026-12-30', false, 0],
    ['returned', '2026-12-30', false, 0],
    ['closed', '2026-12-30', false, 0],
  ])('%s, due 2026-12-08, as of %s: overdue %s by %i days', (status, asOf, overdue, days) => {
    expect(isOverdue(status, '2026-12-08', asOf)).toBe(overdue);
    expect(daysOverdue(status, '2026-12-08', asOf)).toBe(days);
  });
});
