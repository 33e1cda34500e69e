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
  /** The rule is another seed's, taken over by this profile (its own seed sets none). */
  adopted?: boolean;
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
  adopted?: boolean;
}

export interface CitedRule {
  text: string;
  source: Source;
  /** The rule is another seed's (or the national documents'), taken over because the profile's seed sets none. */
  adopted?: boolean;
}

/** One way the facts make a child of a difficulty type, worded for the explanation. */
export type DifficultyCriterion = { text: string } & (
  | { kind: 'condition'; any: Condition[] }
  /** Both parents recorded, each with one of these statuses. */
  | { kind: 'bothParents'; any: ParentStatus[] }
  /** Two parents recorded: one with a status of `one`, the other with a status of `other`. */
  | { kind: 'oneAndOther'; one: ParentStatus[]; other: ParentStatus[] }
);

/** A difficulty type (困境儿童类别) of the profile's seed, with every way into it. */
export interface DifficultyRule extends CitedRule {
  type: DifficultyType;
  when: DifficultyCriterion[];
}

/** A profile's own mandatory-report trigger list (铁东 001 §四.8), beside the red-factor rule. */
export interface ReportTrigger extends CitedRule {
  codes: Condition[];
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
    /** Where the months threshold comes from, when not from the definition's own paragraph. */
    months?: CitedRule;
  };
  /** 困境儿童: the types of the profile's seed (or adopted ones), each with its criteria. */
  inDifficulty: CitedRule & { underAge: number; types: DifficultyRule[] };
  singleParentRural: CitedRule;
  /** The four-colour factor table (分级分色). */
  grading: CitedRule & { factors: FactorRule[] };
  /**
   * 强制报告, judged for every minor: a factor at `level` (red) opens one under this paragraph, and so does
   * any of the profile's own `triggers` (which cite their own paragraph).
   */
  mandatoryReport: CitedRule & { level: Level; triggers?: ReportTrigger[] };
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
  /** `moreDirectorsAbove` null: the seed says only 适当增配, with no threshold (no rule). */
  workforce: CitedRule & {
    directorsPerVillage: number;
    moreDirectorsAbove: number | null;
    directorsAbove: number;
  };
}

// ── Care activities (关爱活动, DOMAIN.md §7; issue 19.4) ─────────────────────────────────────────────────────
// Declared apart from the profile above (the interface merges) so that the care rules stay one block.

/** The kinds of care activity the seeds require: 家庭教育指导, 心理健康筛查/跟踪, 安全知识宣传, 普法, 假期关爱, other. */
export type CareActivityKind =
  'family_education' | 'psychological' | 'safety' | 'legal' | 'holiday' | 'other';

/** Who or what a duty must reach: every target child's family, every target child, every village, every township. */
export type CareReach = 'target_family' | 'target_child' | 'village' | 'township';

export interface CareActivityRule extends CitedRule {
  id: string;
  kind: CareActivityKind;
  reach: CareReach;
  /**
   * How often each must be reached, as a calendar period (P1Y: once in each year, P3M: each quarter); null
   * where the seed names the duty without a rate: reported (who was reached this year), never "overdue".
   */
  every: IsoDuration | null;
  /** The duty comes from another seed (the national baseline restates the local plans). */
  adopted?: boolean;
}

export interface PolicyProfile {
  /** The care activities the profile's seed requires, each with its citation. */
  careActivities: CareActivityRule[];
}

// ── Red cases (issue 17.3) ──────────────────────────────────────────────────────────────────────────────

/**
 * How a red case is kept in hand. The seeds say 即时介入处置 and no more; what "handled" means and how often a
 * handled case is followed up is Tonghu's reading, so the rule says so (`reading`) beside the paragraph it reads.
 */
export interface RedFollowUpRule extends CitedRule {
  /** A handled red case is visited at least this often while it stays red. */
  every: IsoDuration;
  /** Why the rule is Tonghu's and not the seed's: shown wherever the rule is cited. */
  reading: string;
}

export interface PolicyProfile {
  redFollowUp: RedFollowUpRule;
}
