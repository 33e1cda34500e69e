// 督导 (src/modules/supervision) and 档案抽查 (src/modules/spot-checks): the shapes of their API answers, the
// server's own, from the generated schema.
import type { ApiAnswer } from './client';

export type Overview = ApiAnswer<'/supervision/overview'>;
export type PlanOverview = Overview['plans'][number];
export type Phase = PlanOverview['phases'][number];
export type LateTask = PlanOverview['tasks']['late'][number];
export type ReportYear = NonNullable<PlanOverview['reports']['current']>;

export type Plan = ApiAnswer<'/supervision/plans/{id}'>;
export type PlanTask = Plan['actions'][number]['tasks'][number];

export type SpotCheckSummary = ApiAnswer<'/spot-checks'>['items'][number];
export type SpotCheck = ApiAnswer<'/spot-checks/{id}'>;
export type SpotCheckItem = SpotCheck['items'][number];
export type SpotCheckFinding = SpotCheckItem['findings'][number];
export type SpotCheckSchedule = ApiAnswer<'/spot-checks/schedule'>;
export type SpotCheckYearReport = ApiAnswer<'/spot-checks/report'>;

export type TaskListTemplate = ApiAnswer<'/supervision/templates'>['items'][number];
