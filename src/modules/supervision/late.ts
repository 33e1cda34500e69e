// What is late in an action plan on a date (DOMAIN.md §8): tasks not done by their due date, and units
// without the year's progress report after the profile's deadline (铁东 12-01, 001 §六(二); 普宁 11-03,
// 003 §七(三)). Pure: the service reads the rows, these rules judge them.
import { daysBetween, type IsoDate } from '../../domain/dates.ts';
import type { PolicyProfile } from '../../domain/policy.ts';

/**
 * Where a profile sets no deadline (江宁, 松江, 株洲, national): 1 December, the later of the two dates the
 * seeds set, which leaves December for the county to compile its own yearly report.
 */
export const DEFAULT_REPORT_DUE = '12-01';

export function reportDeadline(
  profile: PolicyProfile,
  year: number,
): { deadline: IsoDate; source: string | null } {
  const rule = profile.progressReport;
  return { deadline: `${year}-${rule?.due ?? DEFAULT_REPORT_DUE}`, source: rule?.source ?? null };
}

/** Yearly reports run from the first year of the 2024–2026 action (民发〔2023〕62号) to the year the plan ends. */
export const FIRST_REPORT_YEAR = 2024;

/** The latest year whose report deadline has passed on `asOf` (a report on the deadline day is on time). */
export function lastDueYear(profile: PolicyProfile, asOf: IsoDate): number {
  const year = Number(asOf.slice(0, 4));
  return asOf > reportDeadline(profile, year).deadline ? year : year - 1;
}

export interface TaskState {
  id: string;
  status: 'open' | 'done';
  dueOn: IsoDate | null;
}

/** A task without its own due date is due when the plan ends (the end of its last phase). */
export function effectiveDue(task: Pick<TaskState, 'dueOn'>, planEnd: IsoDate): IsoDate {
  return task.dueOn ?? planEnd;
}

export function taskLateness(
  task: TaskState,
  planEnd: IsoDate,
  asOf: IsoDate,
): { due: IsoDate; daysLate: number } {
  const due = effectiveDue(task, planEnd);
  return { due, daysLate: task.status === 'done' ? 0 : Math.max(0, daysBetween(due, asOf)) };
}

export type ReportState = 'submitted' | 'submitted_late' | 'late' | 'pending';

/** One unit's report for a year: on time, late but in, missing after the deadline, or not yet due. */
export function reportState(submittedOn: IsoDate | null, deadline: IsoDate, asOf: IsoDate): ReportState {
  if (submittedOn) return submittedOn > deadline ? 'submitted_late' : 'submitted';
  return asOf > deadline ? 'late' : 'pending';
}
