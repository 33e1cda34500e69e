// Which steps of a referral a person may take, from the server's own rules (referrals/workflow.ts): the
// department moves it on or returns it, the sender's side closes it or sends it again. The server refuses
// the rest anyway; the buttons only spare people a refusal.
import {
  REFERRAL_STATUS_NAMES,
  STEP_RULES,
  type ReferralStep,
} from '../../../../src/modules/referrals/workflow.ts';
import type { ReferralStatus } from '../../api/departments';

export { REFERRAL_STATUS_NAMES, STEP_RULES };
export type { ReferralStep };

export type Side = 'department' | 'sender';

const ORDER: ReferralStep[] = ['receive', 'progress', 'answer', 'return', 'close', 'resend'];

export function stepsFor(side: Side, status: ReferralStatus): ReferralStep[] {
  return ORDER.filter((step) => STEP_RULES[step].side === side && STEP_RULES[step].from.includes(status));
}

export const REFERRAL_STATUS_COLORS: Record<ReferralStatus, string> = {
  sent: 'blue',
  received: 'cyan',
  in_progress: 'processing',
  answered: 'green',
  closed: 'default',
  returned: 'orange',
};

export const EVENT_NAMES: Record<string, string> = {
  sent: '报送',
  receive: '接收',
  progress: '办理进展',
  answer: '答复',
  return: '退回',
  close: '办结',
  resend: '重新报送',
};
