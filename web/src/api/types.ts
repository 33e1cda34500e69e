// The shapes the API answers with (see GET /api/openapi.json). Types only: nothing here reaches the bundle.
import type { Assessment, Explanation, Reason } from '../../../src/domain/assess.ts';
import type { Level } from '../../../src/domain/codes.ts';
import type { RegionLevel } from '../../../src/domain/region-code.ts';
import type { ChildListItem } from '../../../src/modules/children/views.ts';

export type { Level, Reason, Explanation };
export type IsoDate = string;

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: string;
  roleName: string;
  regionCode: string;
  regionName: string | null;
  permissions: string[];
  /** An issued or reset password: the app sends the person to 修改密码 before anything else. */
  mustChangePassword: boolean;
  /** 两步验证 is in force for this account. */
  secondFactorEnabled: boolean;
  /** TONGHU_REQUIRE_2FA=1 and none yet: the app sends the person to 两步验证 before anything else. */
  mustEnrolSecondFactor: boolean;
  /** Signed in with a recovery code: how many are left. */
  recoveryCodesLeft?: number;
}

export interface RegionNode {
  code: string;
  name: string;
  level: RegionLevel;
  leaf: boolean;
}

// The list row is the server's own type (src/modules/children/views.ts), so the two cannot drift apart.
export type { ChildListItem };

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Parent {
  relation: 'father' | 'mother';
  name: string | null;
  idNumber: string | null;
  phone: string | null;
  statuses: string[];
  migrantMonths: number | null;
  crossCounty: boolean | null;
  coreUrbanBoth: boolean | null;
  workPlace: string | null;
  note: string | null;
}

export interface Caregiver {
  name: string;
  relation: string | null;
  idNumber: string | null;
  phone: string | null;
  agreementSignedOn: IsoDate | null;
  assessment: 'good' | 'fair' | 'poor' | null;
  assessmentNote: string | null;
  assessedOn: IsoDate | null;
}

export interface StoredAssessment {
  asOf: IsoDate;
  assessedAt: string;
  policy: string;
  level: Level | null;
  derivedLevel: Level | null;
  reasons: Reason[];
  schedule: Assessment['schedule'];
  explanation: Assessment['explanation'];
  mandatoryReport: boolean;
}

export interface ChildFile extends ChildListItem {
  birthDate: IsoDate;
  externalId: string | null;
  ethnicity: string | null;
  hukouType: 'rural' | 'urban' | null;
  hukouRegionCode: string | null;
  responsibleSide: 'residence' | 'registration' | null;
  address: string | null;
  phone: string | null;
  schoolName: string | null;
  schoolStage: string | null;
  schoolGrade: string | null;
  healthStatus: string | null;
  disabilityCategory: string | null;
  disabilityGrade: number | null;
  disabilityCertificate: string | null;
  guardianship: 'good' | 'fair' | 'poor' | null;
  conditions: string[];
  note: string | null;
  registeredOn: IsoDate;
  exitReason: string | null;
  exitedOn: IsoDate | null;
  exitNote: string | null;
  policy: string;
  assessedOn: IsoDate;
  derivedLevel: Level | null;
  manualLevel: Level | null;
  manualReason: string | null;
  confirmedBy: string | null;
  confirmedAt: string | null;
  immediate: boolean;
  immediateSince: IsoDate | null;
  visitEvery: string | null;
  contactEvery: string | null;
  parents: Parent[];
  caregiver: Caregiver | null;
  assessment: StoredAssessment | null;
  supportTransitions: {
    id: string;
    supportKind: 'orphan' | 'de_facto_unsupported';
    exitedOn: IsoDate;
    endsOn: IsoDate;
    inTransition: boolean;
    note: string | null;
  }[];
  mandatoryReports: {
    id: string;
    source: 'auto' | 'manual';
    situation: string;
    factors: string[];
    status: 'open' | 'reported' | 'closed';
    discoveredOn: IsoDate;
    openedAt: string;
  }[];
}

export interface AssessmentHistoryItem extends StoredAssessment {
  id: string;
  trigger: string;
  actorName: string | null;
  target: boolean;
  leftBehind: boolean;
  difficultyTypes: string[];
  manualLevel: Level | null;
  manualReason: string | null;
}

export interface AuditItem {
  id: number;
  occurredAt: string;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  changes: { field: string; old: unknown; new: unknown }[] | null;
  detail: Record<string, unknown> | null;
}

export interface VersionLevel {
  version: number;
  level: Level | null;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: string;
  roleName: string;
  regionCode: string;
  regionName: string | null;
  phone: string | null;
  disabled: boolean;
  locked: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  departmentId: string | null;
  departmentName: string | null;
  /** A village account's township. */
  townshipName: string | null;
  /** 两步验证 in force: an administrator may reset it when the phone is lost. */
  secondFactorEnabled: boolean;
}

/** Visits and contacts (casework module): the shape agreed for the phone form. */
export type ContactKind = 'visit' | 'phone' | 'video';
export type FindingStatus = 'normal' | 'attention' | 'problem';
export interface Finding {
  status: FindingStatus;
  note?: string;
}
export interface ContactFindings {
  livingConditions: Finding;
  guardianship: Finding;
  schooling: Finding;
  health: Finding;
  safety: Finding;
  needs: Finding;
  care: Finding;
}
export interface ContactInput {
  kind: ContactKind;
  occurredOn: IsoDate;
  findings: ContactFindings;
  conditionsAdded: string[];
  conditionsCleared: string[];
  note?: string;
}
export interface ContactRecorded {
  nextVisitDue: IsoDate | null;
  nextContactDue: IsoDate | null;
  nextDue: IsoDate | null;
  level: Level | null;
}
export interface ContactRecordedFull extends ContactRecorded {
  id: string;
  version: number;
  previousLevel: Level | null;
  immediate: boolean;
  mandatoryReportOpened: boolean;
  lastVisitOn: IsoDate | null;
  lastContactOn: IsoDate | null;
}
export interface Contact {
  id: string;
  childId: string;
  kind: ContactKind;
  occurredOn: IsoDate;
  workerName: string;
  recordedBy: string | null;
  /** null: the area was not looked at on that occasion. */
  findings: Partial<Record<keyof ContactFindings, { status: FindingStatus; note: string | null } | null>>;
  conditionsAdded: string[];
  conditionsCleared: string[];
  note: string | null;
  recordedAt: string;
}

export interface Intervention {
  id: string;
  childId: string;
  date: IsoDate;
  kind: string;
  note: string | null;
  recordedBy: string | null;
  recordedByName: string | null;
  recordedAt: string;
}

/** GET /api/v1/worklist (worklist module): most overdue first, then by due date. */
export interface WorklistItem {
  childId: string;
  name: string;
  gender: 'male' | 'female' | null;
  age: number;
  villageCode: string;
  villageName: string | null;
  townshipName: string | null;
  level: Level | null;
  immediate: boolean;
  /** What falls due first: handling at once (red), a visit, or a contact. */
  dueKind: 'immediate' | 'visit' | 'contact' | null;
  /** A handled red case: followed up every 7 days (Tonghu's reading of 立即) until its level drops. */
  redFollowUp: boolean;
  /** A rural single-parent child on the worklist at the green schedule, not a target child (不计入统计). */
  watch: boolean;
  nextDue: IsoDate | null;
  overdue: boolean;
  daysOverdue: number;
  nextVisitDue: IsoDate | null;
  visitDaysOverdue: number;
  nextContactDue: IsoDate | null;
  contactDaysOverdue: number;
  lastVisitOn: IsoDate | null;
  lastContactOn: IsoDate | null;
  neverVisited: boolean;
}
export interface Worklist {
  asOf: IsoDate;
  region: string;
  total: number;
  overdue: number;
  page: number;
  pageSize: number;
  items: WorklistItem[];
}

export interface WorklistCounts {
  targetChildren: number;
  levels: Record<Level, number>;
  overdue: number;
  overdueVisits: number;
  overdueContacts: number;
  dueWithin7Days: number;
  neverVisited: number;
  /** Red cases still to be handled at once. */
  awaitingHandling: number;
}
/** GET /api/v1/worklist/summary: one row per sub-region one level down, and the total. */
export interface WorklistSummary {
  asOf: IsoDate;
  region: string;
  regionName: string | null;
  rowLevel: string;
  rows: (WorklistCounts & { regionCode: string; regionName: string | null })[];
  total: WorklistCounts;
}
