// The shapes of the care-activity, screening-round and comparison-due answers: the server's own, from the
// generated schema.
import type { ApiAnswer } from './client';

export type ActivitySummary = ApiAnswer<'/care-activities'>['items'][number];
export type CareKind = ActivitySummary['kind'];
export type ActivityDetail = ApiAnswer<'/care-activities/{id}'>;
export type ChildActivity = ApiAnswer<'/children/{id}/care-activities'>['items'][number];

export type CoverageReport = ApiAnswer<'/care-activities/coverage'>;
export type CareRule = CoverageReport['rules'][number];
export type CareReach = CareRule['reach'];
export type AreaCoverage = CoverageReport['total'];
export type VillageCoverage = CoverageReport['villages'][number];
export type RuleCount = AreaCoverage['rules'][string];
export type RuleChildren = ApiAnswer<'/care-activities/coverage/children'>;

export const CARE_KIND_NAMES: Record<CareKind, string> = {
  family_education: '家庭教育指导',
  psychological: '心理健康筛查与跟踪',
  safety: '安全知识宣传',
  legal: '普法教育',
  holiday: '假期关爱',
  other: '其他关爱活动',
};

export type ScreeningOverview = ApiAnswer<'/screening/overview'>;
export type RoundSummary = ScreeningOverview['rounds'][number];
export type RoundProgress = ApiAnswer<'/screening/rounds/{id}'>;
export type RoundChildren = ApiAnswer<'/screening/rounds/{id}/children'>;

export type ComparisonDue = ApiAnswer<'/comparison/due'>;
