// The shape of an action plan's task list as the seeds write it: actions (行动任务), key tasks (重点工作),
// measures (工作举措及目标) with their responsible units (责任单位); and the plan's phases (阶段安排).

export interface PlanTemplate {
  id: string;
  title: string;
  /** The seed the list comes from. */
  source: string;
  actions: {
    no: number;
    title: string;
    tasks: { no: number; title: string; measures: { text: string; units: string[] }[] }[];
  }[];
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
