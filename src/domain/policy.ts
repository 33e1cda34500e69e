// The shape of a jurisdiction's policy profile. Profiles are data (src/policies/*.ts), one file each;
// the engine reads them and never names a jurisdiction. Every rule carries the seed paragraph it comes
// from ("003 §三.2" = seeds/003_…txt, part 三, item 2), and assessments quote those citations back.
import type {
  Condition,
  DifficultyType,
  FactorCode,
  GuardianshipQuality,
  Level,
  ParentStatus,
} from './codes.ts';
import type { IsoDuration } from './duration.ts';

/** Where a rule comes from: seed file number and paragraph, e.g. "003 §三.2". */
export type Source = string;

export interface FactorRule {
  code: FactorCode;
  level: Exclude<Level, 'green'>;
  text: string;
  source: Source;
}

/** Which target children a schedule rule applies to. */
export type Selector =
  | { kind: 'all' }
  | { kind: 'levelAtLeast'; level: Level }
  | { kind: 'guardianship'; values: (GuardianshipQuality | 'unknown')[] }
  | { kind: 'condition'; any: Condition[] }
  | { kind: 'parentStatus'; any: ParentStatus[] }
  | { kind: 'difficultyType'; any: DifficultyType[] }
  | { kind: 'factor'; any: FactorCode[] }
  | { kind: 'anyOf'; of: Selector[] };

export interface ScheduleRule {
  id: string;
  when: Selector;
  /** Handle at once on discovery (即时介入处置). */
  immediate?: boolean;
  visitEvery?: IsoDuration;
  contactEvery?: IsoDuration;
  text: string;
  source: Source;
}

export interface CitedRule {
  text: string;
  source: Source;
}

export interface PolicyProfile {
  id: string;
  /** 普宁市, 江宁区, … */
  name: string;
  /** The seed file the profile reads (000–004), null for the national baseline. */
  seed: string | null;
  /** Statistical code prefixes this profile serves (the most specific prefix wins). */
  regions: string[];
  leftBehind: CitedRule & {
    /** 不满N周岁: a child whose Nth birthday is on or before the as-of date is no longer counted. */
    underAge: number;
    requireRuralHukou: boolean;
    /** A parent counts as a migrant worker when away at least this many continuous months. */
    migrantMonthsMin: number;
  };
  inDifficulty: CitedRule & { underAge: number };
  singleParentRural: CitedRule;
  /** The four-colour factor table (分级分色). */
  grading: CitedRule & { factors: FactorRule[] };
  mandatoryReport: CitedRule & { level: Level };
  schedule: ScheduleRule[];
  /** Archive spot checks (档案抽查). */
  spotCheck: CitedRule & { every: IsoDuration };
  /** Full screening (全面摸底排查). */
  screening?: CitedRule & { every: IsoDuration };
  /** Data updates in the national system and data comparison (数据比对). */
  dataComparison?: CitedRule & { every: IsoDuration };
  /** Red/yellow/blue lists shared with other organisations. */
  listSharing?: CitedRule & { every: IsoDuration; recipients: string[]; levels: Level[] };
  /** Yearly progress report deadline, as MM-DD. */
  progressReport?: CitedRule & { due: string };
  /** Inspection of the action plan's implementation. */
  inspection?: CitedRule & { every: IsoDuration };
  workforce: CitedRule & { directorsPerVillage: number; moreDirectorsAbove: number; directorsAbove: number };
}
