// 督导 (src/modules/supervision) and 档案抽查 (src/modules/spot-checks): the shapes of their API answers.

export interface Phase {
  key: string;
  name: string;
  startsOn: string | null;
  endsOn: string;
  source: string;
  text?: string;
  state?: 'past' | 'current' | 'future';
}

export interface LateTask {
  id: string;
  taskNo: number | null;
  title: string;
  actionTitle: string;
  dueOn: string;
  dueFromPlan: boolean;
  daysLate: number;
  units: string[];
}

export interface ReportYear {
  year: number;
  deadline: string;
  deadlineSource: string | null;
  units: number;
  submitted: number;
  submittedLate: { unitId: string; name: string; submittedOn: string | null }[];
  late: { unitId: string; name: string; submittedOn: string | null }[];
  pending: { unitId: string; name: string; submittedOn: string | null }[];
}

export interface PlanOverview {
  id: string;
  regionCode: string;
  regionName: string | null;
  policy: string;
  title: string;
  phases: Phase[];
  currentPhase: { key: string; name: string; endsOn: string } | null;
  ended: boolean;
  tasks: { total: number; done: number; open: number; late: LateTask[] };
  reports: {
    rule: { due: string; text: string; source: string } | null;
    lastDue: ReportYear | null;
    current: ReportYear | null;
  };
  inspections: {
    every: string;
    source: string | null;
    last: { inspectedOn: string; inspector: string; findings: string } | null;
    doneThisPeriod: boolean;
    nextDueBy: string;
    overdue: boolean;
  };
  spotChecks: {
    every: string;
    source: string;
    lastCheckOn: string | null;
    doneThisPeriod: boolean;
    nextDueBy: string;
    overdue: boolean;
  };
}

export interface Overview {
  asOf: string;
  plans: PlanOverview[];
  late: { tasks: number; reports: number; inspections: number; spotChecks: number };
}

export interface PlanTask {
  id: string;
  no: number | null;
  title: string;
  /** The seed paragraph of a task from a seed's list; null for one added by hand. */
  source: string | null;
  dueOn: string | null;
  status: 'open' | 'done';
  doneOn: string | null;
  note: string | null;
  measures: { seq: number; text: string; units: string[] }[];
}

export interface Plan {
  id: string;
  regionCode: string;
  policy: string;
  title: string;
  template: string | null;
  phases: Phase[];
  actions: { no: number; title: string; tasks: PlanTask[] }[];
  units: { id: string; name: string }[];
  reports: {
    id: string;
    unitId: string;
    unitName: string | null;
    year: number;
    submittedOn: string;
    content: string;
    submittedBy: string | null;
  }[];
  inspections: {
    id: string;
    inspectedOn: string;
    inspector: string;
    regionCode: string | null;
    method: string | null;
    findings: string;
    followUp: string | null;
  }[];
}

export interface SpotCheckSummary {
  id: string;
  regionCode: string;
  drawnOn: string;
  period: string;
  policy: string;
  seed: string;
  population: number;
  populationDigest: string;
  sampleSize: number;
  drawnBy: string | null;
  note: string | null;
  checked: number;
  findings: number;
  fixed: number;
}

export interface SpotCheckFinding {
  id: string;
  code: string;
  text: string;
  source: string;
  foundOn: string;
  fixedOn: string | null;
  fixedBy: string | null;
  fixNote: string | null;
}

export interface SpotCheckItem {
  id: string;
  position: number;
  childId: string;
  childName: string;
  villageCode: string;
  villageName: string | null;
  level: 'red' | 'yellow' | 'blue' | 'green' | null;
  suggestions: { code: string; text: string }[];
  checkedOn: string | null;
  checkerName: string | null;
  note: string | null;
  findings: SpotCheckFinding[];
}

export interface SpotCheck extends Omit<SpotCheckSummary, 'checked' | 'findings' | 'fixed'> {
  items: SpotCheckItem[];
}

export interface SpotCheckSchedule {
  region: string;
  asOf: string;
  policy: string;
  rule: { every: string; text: string; source: string };
  every: string;
  period: { label: string; start: string; end: string };
  lastCheckOn: string | null;
  doneThisPeriod: boolean;
  nextDueBy: string;
  overdue: boolean;
}

export interface SpotCheckYearReport {
  region: string;
  year: number;
  checksDone: number;
  filesDrawn: number;
  filesChecked: number;
  filesWithProblems: number;
  problemsFound: number;
  problemsFixed: number;
  byKind: { code: string; name: string; found?: number; fixed?: number }[];
}

export interface TaskListTemplate {
  id: string;
  title: string;
  source: string;
  tasks: number;
  /** The list of the region's own policy document. */
  own: boolean;
}
