// The shapes of the care-activity, screening-round and comparison-due answers. Types only.
import type { IsoDate } from './types';

export type CareKind = 'family_education' | 'psychological' | 'safety' | 'legal' | 'holiday' | 'other';
export type CareReach = 'target_family' | 'target_child' | 'village' | 'township';

export const CARE_KIND_NAMES: Record<CareKind, string> = {
  family_education: '家庭教育指导',
  psychological: '心理健康筛查与跟踪',
  safety: '安全知识宣传',
  legal: '普法教育',
  holiday: '假期关爱',
  other: '其他关爱活动',
};

export interface ActivitySummary {
  id: string;
  kind: CareKind;
  kindName: string;
  title: string;
  heldOn: IsoDate;
  endsOn: IsoDate | null;
  place: string;
  regionCode: string;
  regionName: string | null;
  organiserKind: 'department' | 'county' | 'township' | 'village';
  organiserName: string;
  anonymousCount: number;
  childrenReached: number;
  familiesReached: number;
  recordedBy: string;
  voided: boolean;
  voidReason: string | null;
}

export interface ActivityDetail extends ActivitySummary {
  note: string | null;
  keeper: boolean;
  reached: {
    childId: string;
    name: string;
    age: number;
    villageCode: string;
    villageName: string | null;
    as: 'child' | 'family';
    asName: string;
  }[];
  reachedElsewhere: number;
}

export interface ChildActivity {
  id: string;
  kind: CareKind;
  kindName: string;
  title: string;
  heldOn: IsoDate;
  place: string;
  organiserName: string;
  as: 'child' | 'family';
  asName: string;
}

export interface CareRule {
  id: string;
  kind: CareKind;
  kindName: string;
  reach: CareReach;
  reachName: string;
  every: string | null;
  rateName: string | null;
  text: string;
  source: string;
  adopted: boolean;
  period: { label: string; start: IsoDate; end: IsoDate; until: IsoDate };
}

export interface RuleCount {
  of: number;
  reached: number;
  missing: number;
}

type KindCounts = Record<CareKind, number>;

export interface AreaCoverage {
  code: string;
  name: string;
  villages: number;
  targetChildren: number;
  activities: KindCounts;
  rules: Record<string, RuleCount>;
}

export interface VillageCoverage {
  code: string;
  name: string;
  townshipCode: string;
  townshipName: string | null;
  targetChildren: number;
  activities: KindCounts;
  childrenReached: KindCounts;
  familiesReached: KindCounts;
  rules: Record<string, RuleCount>;
}

export interface CoverageReport {
  region: string;
  regionName: string;
  asOf: IsoDate;
  year: number;
  policy: { id: string; name: string };
  rules: CareRule[];
  total: AreaCoverage;
  townships: AreaCoverage[];
  villages: VillageCoverage[];
}

export interface RuleChildren {
  rule: CareRule;
  reached: boolean;
  total: number;
  items: {
    childId: string;
    name: string;
    age: number;
    level: string;
    villageName: string | null;
    townshipName: string | null;
  }[];
}

export interface RoundSummary {
  id: string;
  name: string;
  regionCode: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  state: 'upcoming' | 'open' | 'complete' | 'overdue';
  children: number;
  seen: number;
  unseen: number;
  villagesIncomplete: number;
}

export interface ScreeningOverview {
  region: string;
  regionName: string;
  asOf: IsoDate;
  applies: boolean;
  rule: { every: string; text: string; source: string } | null;
  schedule: {
    period: { label: string; start: IsoDate; end: IsoDate } | null;
    lastRoundStartedOn: IsoDate | null;
    startedThisPeriod: boolean;
    nextDueBy: IsoDate;
    overdue: boolean;
  } | null;
  rounds: (RoundSummary & { villages: number })[];
  overdueRounds: (RoundSummary & { villages: number })[];
}

export interface RoundProgress extends RoundSummary {
  asOf: IsoDate;
  villages: {
    villageCode: string;
    villageName: string | null;
    townshipName: string | null;
    children: number;
    seen: number;
    unseen: number;
  }[];
}

export interface RoundChildren {
  round: { id: string; name: string; startsOn: IsoDate; endsOn: IsoDate };
  seen: boolean;
  items: {
    childId: string;
    name: string;
    age: number;
    villageCode: string;
    villageName: string | null;
    lastVisitOn: IsoDate | null;
  }[];
}

export interface ComparisonDue {
  region: string;
  regionName: string;
  asOf: IsoDate;
  interval: { every: string; basis: 'seed' | 'adopted' | 'default'; label: string; source: string | null };
  kinds: {
    kind: string;
    title: string;
    lastRunOn: IsoDate | null;
    due: boolean;
    overdue: boolean;
    nextDueBy: IsoDate;
  }[];
  due: number;
  overdue: number;
}
