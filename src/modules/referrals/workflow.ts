// A referral's life: sent → received → in_progress → answered → closed, or returned (sent back with a
// reason). The department moves it forward or returns it; the sender's side closes it or sends it again.
// Pure, so the rules read at a glance and are table-tested.
import { addDays, daysBetween, type IsoDate } from '../../domain/dates.ts';
import type { DepartmentKind } from '../../domain/department-kinds.ts';
import { OPEN_STATUSES, REFERRAL_STATUS_NAMES, type ReferralStatus } from '../../domain/referral-statuses.ts';

// The statuses are codes other modules read too (notices: overdue referrals), kept in the domain.
export {
  OPEN_STATUSES,
  REFERRAL_STATUS_NAMES,
  REFERRAL_STATUSES,
  type ReferralStatus,
} from '../../domain/referral-statuses.ts';

export type Side = 'department' | 'sender';

export const REFERRAL_STEPS = ['receive', 'progress', 'answer', 'return', 'close', 'resend'] as const;
export type ReferralStep = (typeof REFERRAL_STEPS)[number];

interface StepRule {
  from: readonly ReferralStatus[];
  to: ReferralStatus;
  side: Side;
  name: string;
}

export const STEP_RULES: Record<ReferralStep, StepRule> = {
  receive: { from: ['sent'], to: 'received', side: 'department', name: '接收' },
  // A department may report progress more than once before it answers.
  progress: { from: ['received', 'in_progress'], to: 'in_progress', side: 'department', name: '办理进展' },
  answer: { from: ['received', 'in_progress'], to: 'answered', side: 'department', name: '答复' },
  return: { from: ['sent', 'received', 'in_progress'], to: 'returned', side: 'department', name: '退回' },
  close: { from: ['answered', 'returned'], to: 'closed', side: 'sender', name: '办结' },
  // Sent back, or answered in a way that does not settle it: the sender may send it again (or elsewhere).
  resend: { from: ['returned', 'answered'], to: 'sent', side: 'sender', name: '重新报送' },
};

export function canStep(step: ReferralStep, status: ReferralStatus): boolean {
  return STEP_RULES[step].from.includes(status);
}

/** Why a step is refused in a status, in the words a user reads. */
export function stepRefusal(step: ReferralStep, status: ReferralStatus): string {
  const allowed = STEP_RULES[step].from.map((s) => REFERRAL_STATUS_NAMES[s]).join('、');
  return `报送当前为“${REFERRAL_STATUS_NAMES[status]}”，不能${STEP_RULES[step].name}（仅在${allowed}时可以）`;
}

/**
 * Days a department has to answer, by kind. The seeds set no deadline; 15 days is the common time limit
 * for a government reply, and harm cases get 7 because the police must act at once (003 §五.6).
 */
export const DEFAULT_DUE_DAYS: Record<DepartmentKind, number> = {
  education: 15,
  health: 15,
  medical_insurance: 15,
  disabled_persons_federation: 15,
  police: 7,
  court: 15,
  procuratorate: 15,
  justice: 15,
  human_resources: 15,
  youth_league: 15,
  womens_federation: 15,
  cyberspace: 15,
  emergency: 15,
  water: 15,
  civil_affairs: 15,
  other: 15,
};

export function defaultDueOn(kind: DepartmentKind, sentOn: IsoDate): IsoDate {
  return addDays(sentOn, DEFAULT_DUE_DAYS[kind]);
}

export function isOverdue(status: ReferralStatus, dueOn: IsoDate, asOf: IsoDate): boolean {
  return OPEN_STATUSES.includes(status) && dueOn < asOf;
}

export function daysOverdue(status: ReferralStatus, dueOn: IsoDate, asOf: IsoDate): number {
  return isOverdue(status, dueOn, asOf) ? daysBetween(dueOn, asOf) : 0;
}
