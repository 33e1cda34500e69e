// A referral's statuses (转介): the codes stored in referral.status, their names, and which of them wait on the
// department. Their moves between each other are the referrals module's (referrals/workflow.ts).
export const REFERRAL_STATUSES = [
  'sent',
  'received',
  'in_progress',
  'answered',
  'closed',
  'returned',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_STATUS_NAMES: Record<ReferralStatus, string> = {
  sent: '已报送',
  received: '已接收',
  in_progress: '办理中',
  answered: '已答复',
  closed: '已办结',
  returned: '已退回',
};

/** Waiting on the department: these are the ones that fall overdue. */
export const OPEN_STATUSES: readonly ReferralStatus[] = ['sent', 'received', 'in_progress'];
