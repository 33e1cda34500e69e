// The shapes the department routes answer with (referrals, mandatory reports, conferences, the inbox): the
// server's own, from the generated schema. Types only: nothing here reaches the bundle.
import type { ApiAnswer } from './client';

export type Department = ApiAnswer<'/departments'>['items'][number];

export type ReferralDetail = ApiAnswer<'/referrals/{id}'>;
export type ReferralSummary = ApiAnswer<'/referrals'>['items'][number];
export type ReferralStatus = ReferralSummary['status'];
export type ReferralEvent = ReferralDetail['events'][number];
export type DepartmentRef = ReferralSummary['department'];

export type FindingRoute = ApiAnswer<'/referrals/findings'>['items'][number];

export type Inbox = ApiAnswer<'/departments/inbox'>;
export type ConferenceAction = Inbox['actions'][number];

export type MandatoryReport = ApiAnswer<'/mandatory-reports/{id}'>;
export type MandatoryReportList = ApiAnswer<'/mandatory-reports'>;
export type MandatoryReportCodes = ApiAnswer<'/mandatory-reports/codes'>;

export type Conference = ApiAnswer<'/conferences/{id}'>;

/** A department kind referrals need that a county has not registered (GET /departments/gaps). */
export type DepartmentGap = ApiAnswer<'/departments/gaps'>['items'][number];
