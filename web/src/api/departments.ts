// The shapes the department routes answer with (referrals, mandatory reports, conferences, the inbox); see
// GET /api/openapi.json. Types only: nothing here reaches the bundle.

export interface DepartmentRef {
  id: string;
  name: string;
  kind: string;
  kindName: string;
}

export interface Department extends DepartmentRef {
  countyCode: string;
  countyName: string | null;
  contactPerson: string | null;
  phone: string | null;
  disabled: boolean;
}

export type ReferralStatus = 'sent' | 'received' | 'in_progress' | 'answered' | 'closed' | 'returned';

export interface ReferralSummary {
  id: string;
  childId: string;
  status: ReferralStatus;
  statusName: string;
  finding: string;
  findingName: string;
  department: DepartmentRef;
  sentOn: string;
  dueOn: string;
  overdue: boolean;
  daysOverdue: number;
  sends: number;
  child: { name: string; gender: string | null; age: number; villageName: string | null };
}

export interface ReferralEvent {
  id: number;
  occurredAt: string;
  actorName: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
}

export interface ReferralDetail extends ReferralSummary {
  detail: string;
  source: string;
  contactId: string | null;
  sentAt: string;
  sentByName: string;
  receivedOn: string | null;
  answeredOn: string | null;
  answer: string | null;
  actionsTaken: string | null;
  returnReason: string | null;
  closedOn: string | null;
  closeNote: string | null;
  childData: Record<string, unknown>;
  events: ReferralEvent[];
}

export interface FindingRoute {
  finding: string;
  name: string;
  kinds: { kind: string; kindName: string }[];
  text: string;
  source: string;
}

export interface ConferenceAction {
  id: string;
  conferenceId: string;
  childId: string;
  description: string;
  owner: { type: 'department' | 'user'; id: string; name: string; kindName: string | null };
  dueOn: string;
  status: 'open' | 'in_progress' | 'done' | 'cancelled';
  statusName: string;
  overdue: boolean;
  daysOverdue: number;
  result: string | null;
  doneOn: string | null;
  conference: { topic: string; heldOn: string };
  child: { name: string; gender: string | null; age: number; villageName: string | null };
}

export interface Inbox {
  asOf: string;
  departments: Department[];
  referrals: ReferralSummary[];
  actions: ConferenceAction[];
  listShares: {
    id: string;
    countyCode: string;
    sharedOn: string;
    validUntil: string;
    childCount: number;
    levels: string[];
  }[];
  counts: { referralsOpen: number; referralsOverdue: number; actionsOpen: number; actionsOverdue: number };
}

export interface MandatoryReport {
  id: string;
  childId: string;
  child: { name: string; villageName: string | null; townshipName: string | null };
  source: string;
  situation: string;
  situationName: string;
  factors: { code: string; name: string }[];
  status: 'open' | 'reported' | 'closed';
  statusName: string;
  discoveredOn: string;
  discoveredAt: string;
  openedAt: string;
  reportedAt: string | null;
  hoursToReport: number | null;
  hoursOpen: number | null;
  alert: boolean;
  reporterName: string | null;
  reportMethod: string | null;
  reportMethodName: string | null;
  policeUnit: string | null;
  receiptNumber: string | null;
  policeFeedback: { occurredOn: string; note: string } | null;
  outcome: string | null;
  outcomeName: string | null;
  outcomeNote: string | null;
  closedAt: string | null;
  note: string | null;
  followups: { id: string; kind: string; occurredOn: string; note: string; authorName: string }[];
}

export interface MandatoryReportList {
  asOf: string;
  thresholdHours: number;
  total: number;
  items: MandatoryReport[];
}

export interface MandatoryReportCodes {
  situations: { code: string; name: string }[];
  methods: { code: string; name: string }[];
  outcomes: { code: string; name: string }[];
  source: string;
  defaultAlertHours: number;
}

export interface Conference {
  id: string;
  childId: string;
  child: { name: string; villageName: string | null };
  topic: string;
  heldOn: string;
  location: string | null;
  status: 'planned' | 'held' | 'closed';
  statusName: string;
  decisions: string | null;
  convenedByName: string;
  closedOn: string | null;
  participants: {
    departmentId: string | null;
    departmentName: string | null;
    kindName: string | null;
    name: string | null;
    unit: string | null;
  }[];
  actions: ConferenceAction[];
}

/** A department kind referrals need that a county has not registered (GET /departments/gaps). */
export interface DepartmentGap {
  countyCode: string;
  countyName: string | null;
  kind: string;
  kindName: string;
  findings: string[];
}
