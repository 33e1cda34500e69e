// The shape of an action plan's task list as the seeds write it: actions (行动任务), key tasks (重点工作),
// measures (工作举措及目标) with their responsible units (责任单位); and the plan's phases (阶段安排).
import type { IsoDate } from '../../../domain/dates.ts';

export interface TemplateTask {
  no: number;
  title: string;
  /** The seed paragraph the task is, e.g. "003 §五.16" or "000 (五)15". */
  source: string;
  /** A date the seed sets for the task itself (普宁's Annex 1/2 submissions); else due when the plan ends. */
  dueOn?: IsoDate;
  measures: { text: string; units: string[] }[];
}

export interface PlanTemplate {
  /** The profile whose seed the list comes from (jiangning, tiedong, …). */
  id: string;
  title: string;
  /** The seed the list comes from. */
  source: string;
  actions: { no: number; title: string; tasks: TemplateTask[] }[];
}

export type PhaseKey = 'deployment' | 'screening' | 'advancement' | 'consolidation';

export interface PhaseTemplate {
  key: PhaseKey;
  name: string;
  /** null where the seed gives only the end. */
  startsOn: string | null;
  endsOn: string;
  text: string;
  source: string;
}
