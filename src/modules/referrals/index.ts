// The referrals module's front door (issue 21.2): what other modules may use of it. Other modules import
// from here only (eslint.config.js); what is not exported here is the module's own business.
export { referralQuery } from './access.ts';
export { referralSummarySchema } from './schemas.ts';
export { referFindingInTransaction } from './service.ts';
export { referralSummary } from './views.ts';
export { OPEN_STATUSES, REFERRAL_STATUSES, type ReferralStatus } from './workflow.ts';
