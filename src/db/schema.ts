// Table types for Kysely. Each migration that adds or changes a table changes its interface here.
import type { ColumnType, Generated } from 'kysely';
import type { Condition, DifficultyType, ParentStatus } from '../domain/codes.ts';
import type { DepartmentKind } from '../domain/department-kinds.ts';
import type { ReferralFinding } from '../domain/referral-routing.ts';
import type { RegionLevel } from '../domain/region-code.ts';
import type {
  ExitReason,
  InterventionKind,
  ReassessTrigger,
  SupportKind,
} from '../modules/children/codes.ts';

/** A timestamptz with a default: optional on insert. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface RegionTable {
  code: string;
  name: string;
  level: RegionLevel;
  parent_code: string | null;
}

export interface RegionLoadTable {
  scope: string;
  regions: number;
  source: string;
  loaded_at: Timestamp;
}

export type Role =
  'director' | 'supervisor' | 'civil_affairs' | 'admin' | 'department' | 'security_admin' | 'audit_admin';
export type LevelCode = 'red' | 'yellow' | 'blue' | 'green';
/** Numeric columns come back as numbers (see connect.ts) and go in as numbers. */
export type Num = ColumnType<number, number | null, number | null>;

export interface AppUserTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  role: Role;
  region_code: string;
  phone: string | null;
  password_hash: string;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  disabled: Generated<boolean>;
  created_at: Timestamp;
  last_login_at: Date | null;
  /** The department a 'department' account belongs to (0008). */
  department_id: Generated<string | null>;
  /** An issued or reset password, to be changed at the next sign-in (0037). */
  must_change_password: Generated<boolean>;
}

/** One failed sign-in in one sliding window (0037): scope 'account', 'address', 'pair' or 'device'. */
export interface LoginFailureTable {
  id: Generated<string>;
  scope: string;
  key: string;
  at: Date;
}

/** A browser that has signed in to the account (0037); only a hash of its token is kept. */
export interface TrustedDeviceTable {
  token_hash: string;
  user_id: string;
  created_at: Date;
  last_used_at: Date;
}

/** A person's TOTP second factor (0061): the secret sealed; enabled once confirmed with a code. */
export interface UserSecondFactorTable {
  user_id: string;
  totp_secret: string;
  created_at: Date;
  enabled_at: Date | null;
  /** The time step of the last code accepted: an older or equal step is a replay. */
  last_step: number | null;
}

/** One of a person's one-time recovery codes (0061), kept only as a hash. */
export interface UserRecoveryCodeTable {
  id: Generated<string>;
  user_id: string;
  code_hash: string;
  used_at: Date | null;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Date;
}

export interface ChildTable {
  id: Generated<string>;
  external_id: string | null;
  name: string;
  gender: 'male' | 'female' | null;
  id_number: string | null;
  /** HMAC-SM3 blind index of id_number, written by the sealing plugin (db/sealed-columns.ts) only. */
  id_number_bidx: ColumnType<string | null, never, never>;
  birth_date: string;
  ethnicity: string | null;
  hukou_type: 'rural' | 'urban' | null;
  hukou_region_code: string | null;
  village_code: string;
  county_code: string;
  responsible_side: 'residence' | 'registration' | null;
  address: string | null;
  phone: string | null;
  school_name: string | null;
  school_stage:
    'none' | 'preschool' | 'primary' | 'junior' | 'senior' | 'vocational' | 'out_of_school' | null;
  school_grade: string | null;
  health_status: string | null;
  disability_category: string | null;
  disability_grade: number | null;
  disability_certificate: string | null;
  guardianship: 'good' | 'fair' | 'poor' | null;
  conditions: Condition[];
  note: string | null;
  registered_on: string;
  status: Generated<'active' | 'exited'>;
  exit_reason: ExitReason | null;
  exited_on: string | null;
  exit_note: string | null;
  policy: string;
  assessed_on: string;
  target: boolean;
  /** A rural single-parent child neither left-behind nor in difficulty: on the worklist, not a target. */
  watch: Generated<boolean>;
  left_behind: boolean;
  difficulty_types: DifficultyType[];
  derived_level: LevelCode | null;
  manual_level: LevelCode | null;
  manual_reason: string | null;
  level: LevelCode | null;
  confirmed_by: string | null;
  confirmed_at: Date | null;
  immediate: Generated<boolean>;
  immediate_since: string | null;
  /** 0 for a red case still to handle at once, 1 otherwise (a stored generated column, migration 0063). */
  handle_first: Generated<number>;
  /** 0054: the day the red case was handled (police report recorded and an intervention on file). */
  red_handled_on: Generated<string | null>;
  visit_every: string | null;
  contact_every: string | null;
  last_visit_on: string | null;
  last_contact_on: string | null;
  next_visit_due: string | null;
  next_contact_due: string | null;
  next_due: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** The four-colour factors the profile grades (conditions and derived), whatever the age. */
  factors: Generated<string[]>;
  /** The level the factors give ('green' with none), whatever the age; the level of a target child. */
  factor_level: LevelCode | null;
  /** The 16th birthday when the facts make a left-behind child, else null. */
  left_behind_until: string | null;
  /** The first day the child is no longer a target child (16th or 18th birthday), null if never one. */
  target_until: string | null;
  /** The difficulty types the facts give, whatever the age. */
  difficulty_types_any_age: Generated<DifficultyType[]>;
  /**
   * 0065: the first day the stored assessment can change with no change to the file (an age limit crossed);
   * the nightly run grades the children whose day has come. Null: not computed yet, graded at the next run.
   */
  reassess_on: Generated<string | null>;
  /** The earliest intervention's date, kept by triggers on intervention (0007): "intervened by D" for reports. */
  first_intervention_on: string | null;
  /** When the file was de-identified after its retention period (migration 0047); null while it is whole. */
  deidentified_at: ColumnType<Date | null, never, Date | string | null>;
  /** 0072: the days the child's assistance is in force (a datemultirange), kept by triggers on child_assistance. */
  assistance_days: ColumnType<string, never, never>;
  /** 0072: the day of the child's first return to school, kept by triggers on school_return. */
  first_return_on: ColumnType<string | null, never, never>;
}

export interface ChildParentTable {
  id: Generated<string>;
  child_id: string;
  /** The child's county (0082): in the key, for distribution by county. */
  county_code: string;
  relation: 'father' | 'mother';
  name: string | null;
  id_number: string | null;
  /** HMAC-SM3 blind index of id_number, written by the sealing plugin (db/sealed-columns.ts) only. */
  id_number_bidx: ColumnType<string | null, never, never>;
  phone: string | null;
  statuses: ParentStatus[];
  migrant_months: Num | null;
  cross_county: boolean | null;
  core_urban_both: boolean | null;
  work_place: string | null;
  note: string | null;
}

export interface ChildCaregiverTable {
  child_id: string;
  /** The child's county (0082): in the key, for distribution by county. */
  county_code: string;
  name: string;
  relation: string | null;
  id_number: string | null;
  /** HMAC-SM3 blind index of id_number, written by the sealing plugin (db/sealed-columns.ts) only. */
  id_number_bidx: ColumnType<string | null, never, never>;
  phone: string | null;
  agreement_signed_on: string | null;
  assessment: 'good' | 'fair' | 'poor' | null;
  assessment_note: string | null;
  assessed_on: string | null;
}

export interface SupportTransitionTable {
  id: Generated<string>;
  child_id: string;
  /** The child's county (0077): in the key, for distribution by county. */
  county_code: string;
  support_kind: SupportKind;
  exited_on: string;
  ends_on: string;
  note: string | null;
  created_at: Timestamp;
}

export interface AssessmentTable {
  id: Generated<string>;
  child_id: string;
  /** The child's county (0083): in the key, for distribution by county. */
  county_code: string;
  assessed_at: Timestamp;
  as_of: string;
  policy: string;
  trigger: ReassessTrigger;
  actor_id: string | null;
  target: boolean;
  left_behind: boolean;
  difficulty_types: DifficultyType[];
  derived_level: LevelCode | null;
  manual_level: LevelCode | null;
  manual_reason: string | null;
  level: LevelCode | null;
  reasons: ColumnType<unknown, string, string>;
  schedule: ColumnType<unknown, string | null, string | null>;
  explanation: ColumnType<unknown, string, string>;
  mandatory_report: boolean;
}

export interface ContactTable {
  id: Generated<string>;
  child_id: string;
  /** The child's county (0085): in the key, for distribution by county. */
  county_code: string;
  kind: 'visit' | 'phone' | 'video';
  occurred_on: string;
  recorded_by: string | null;
  worker_name: string;
  findings: ColumnType<unknown, string, string>;
  conditions_added: Condition[];
  conditions_cleared: Condition[];
  note: string | null;
  created_at: Timestamp;
  /** The id a phone gave a record made offline (0058); null when entered online. */
  client_id: ColumnType<string | null, string | null | undefined, never>;
}

export interface WorkLogTable {
  id: Generated<string>;
  child_id: string;
  /** The child's county (0077): in the key, for distribution by county. */
  county_code: string;
  occurred_on: string;
  author_id: string | null;
  author_name: string;
  content: string;
  created_at: Timestamp;
  /** The id a phone gave a record made offline (0058); null when entered online. */
  client_id: ColumnType<string | null, string | null | undefined, never>;
}

export interface InterventionTable {
  id: Generated<string>;
  child_id: string;
  /** The child's county (0083): in the key, for distribution by county. */
  county_code: string;
  occurred_on: string;
  kind: InterventionKind;
  note: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
}

export interface MandatoryReportTable {
  id: Generated<string>;
  child_id: string;
  /** The child's county (0078): in the key, for distribution by county. */
  county_code: string;
  source: 'auto' | 'manual';
  situation: string;
  factors: string[];
  status: Generated<'open' | 'reported' | 'closed'>;
  discovered_on: string;
  opened_at: Timestamp;
  opened_by: string | null;
  closed_at: Date | null;
  note: string | null;
  // 0008: the police report, its feedback and the outcome.
  discovered_at: Date | null;
  reported_at: Date | null;
  reported_by: string | null;
  reporter_name: string | null;
  report_method: 'phone_110' | 'in_person' | 'written' | null;
  police_unit: string | null;
  receipt_number: string | null;
  outcome: string | null;
  outcome_note: string | null;
  closed_by: string | null;
}

export interface AuditEventTable {
  id: Generated<number>;
  occurred_at: Timestamp;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity: string;
  entity_id: string | null;
  child_id: string | null;
  region_code: string | null;
  changes: ColumnType<unknown, string | null, string | null>;
  detail: ColumnType<unknown, string | null, string | null>;
  client_address: string | null;
  user_agent: string | null;
  session_hash: string | null;
  request_id: string | null;
  /** Set by the chaining trigger (0040_audit_trail). */
  seq: Generated<number>;
  prev_hash: Generated<string>;
  hash: Generated<string>;
}

export interface AuditChainHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface ServerKeyTable {
  name: string;
  key: Buffer;
}

export interface ImportRunTable {
  id: Generated<string>;
  kind: string;
  file_name: string;
  actor_id: string | null;
  actor_name: string;
  started_at: Timestamp;
  finished_at: Date | null;
  imported: Generated<number>;
  updated: Generated<number>;
  rejected: Generated<number>;
  errors: ColumnType<unknown, string | null, string | null>;
}

export interface DepartmentTable {
  id: Generated<string>;
  county_code: string;
  kind: DepartmentKind;
  name: string;
  contact_person: string | null;
  phone: string | null;
  disabled: Generated<boolean>;
  created_at: Timestamp;
}

export type ReferralStatus = 'sent' | 'received' | 'in_progress' | 'answered' | 'closed' | 'returned';

export interface ReferralTable {
  id: Generated<string>;
  child_id: string;
  county_code: string;
  department_id: string;
  finding: ReferralFinding;
  detail: string;
  source: 'file' | 'visit' | 'comparison' | 'conference';
  contact_id: string | null;
  status: Generated<ReferralStatus>;
  due_on: string;
  sent_on: string;
  sent_at: Date | string;
  sent_by: string | null;
  sent_by_name: string;
  sends: Generated<number>;
  received_on: string | null;
  answered_on: string | null;
  answer: string | null;
  actions_taken: string | null;
  return_reason: string | null;
  closed_on: string | null;
  close_note: string | null;
  child_data: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
}

export interface ReferralEventTable {
  id: Generated<number>;
  referral_id: string;
  /** Its referral's or conference's county, which is the child's (0084): in the key, for distribution. */
  county_code: string;
  occurred_at: Date | string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  from_status: string | null;
  to_status: string;
  note: string | null;
  detail: ColumnType<unknown, string | null, string | null>;
}

export interface MandatoryReportFollowupTable {
  id: Generated<string>;
  report_id: string;
  /** The child's county (0078): in the key, for distribution by county. */
  county_code: string;
  kind: 'police_feedback' | 'follow_up';
  occurred_on: string;
  note: string;
  author_id: string | null;
  author_name: string;
  created_at: Timestamp;
}

export interface ConferenceTable {
  id: Generated<string>;
  child_id: string;
  county_code: string;
  topic: string;
  held_on: string;
  location: string | null;
  status: Generated<'planned' | 'held' | 'closed'>;
  decisions: string | null;
  convened_by: string | null;
  convened_by_name: string;
  closed_on: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConferenceParticipantTable {
  id: Generated<string>;
  conference_id: string;
  /** Its referral's or conference's county, which is the child's (0084): in the key, for distribution. */
  county_code: string;
  department_id: string | null;
  person_name: string | null;
  unit: string | null;
}

export type ActionStatus = 'open' | 'in_progress' | 'done' | 'cancelled';

export interface ConferenceActionTable {
  id: Generated<string>;
  conference_id: string;
  /** Its referral's or conference's county, which is the child's (0084): in the key, for distribution. */
  county_code: string;
  child_id: string;
  description: string;
  owner_department_id: string | null;
  owner_user_id: string | null;
  due_on: string;
  status: Generated<ActionStatus>;
  result: string | null;
  done_on: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ListShareTable {
  id: Generated<string>;
  county_code: string;
  policy: string;
  shared_on: string;
  shared_at: Date | string;
  shared_by: string | null;
  shared_by_name: string;
  levels: LevelCode[];
  fields: string[];
  valid_until: string;
  child_count: number;
  note: string | null;
  revoked_at: Date | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

export interface ListShareRecipientTable {
  share_id: string;
  department_id: string;
}

export interface ListShareItemTable {
  share_id: string;
  child_id: string;
  /** The child's county (0080): in the key, for distribution by county. */
  county_code: string;
  name: string;
  /** Copied from the child's row when the list is shared (checked there). */
  gender: 'male' | 'female' | null;
  age: number;
  village_code: string;
  village_name: string | null;
  level: LevelCode;
  help_needed: string[];
}

export interface WorkforcePersonTable {
  id: Generated<string>;
  name: string;
  id_number: string;
  /** HMAC-SM3 blind index of id_number, written by the sealing plugin (db/sealed-columns.ts) only. */
  id_number_bidx: ColumnType<string | null, never, never>;
  gender: 'male' | 'female' | null;
  phone: string | null;
  user_id: string | null;
  background_checked_on: string | null;
  background_check_result: 'passed' | 'restricted' | null;
  background_check_note: string | null;
  note: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WorkforcePostTable {
  id: Generated<string>;
  person_id: string;
  role: 'director' | 'supervisor';
  region_code: string;
  started_on: string | null;
  ended_on: string | null;
  created_at: Timestamp;
}

export interface TrainingTable {
  id: Generated<string>;
  held_on: string;
  organiser_level: 'county' | 'city' | 'province';
  kind: 'demonstration' | 'full_coverage' | 'contest' | 'other';
  title: string;
  region_code: string;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface TrainingRecordTable {
  id: Generated<string>;
  person_id: string;
  trained_on: string;
  training_id: string | null;
  source: 'course' | 'import' | 'manual';
  note: string | null;
  created_at: Timestamp;
}

export interface WorkforceEvaluationTable {
  id: Generated<string>;
  person_id: string;
  year: number;
  result: 'excellent' | 'competent' | 'basically_competent' | 'incompetent';
  note: string | null;
  evaluated_by: string | null;
  created_at: Timestamp;
}

export interface SpotCheckTable {
  id: Generated<string>;
  region_code: string;
  drawn_on: string;
  period: string;
  policy: string;
  seed: string;
  population: number;
  population_digest: string;
  sample_size: number;
  drawn_by: string | null;
  drawn_by_name: string;
  note: string | null;
  created_at: Timestamp;
}

export interface SpotCheckItemTable {
  id: Generated<string>;
  spot_check_id: string;
  child_id: string;
  /** The child's county (0081): in the key, for distribution by county. */
  county_code: string;
  position: number;
  suggestions: ColumnType<unknown, string | undefined, string>;
  checked_on: string | null;
  checked_by: string | null;
  checker_name: string | null;
  note: string | null;
}

export interface SpotCheckFindingTable {
  id: Generated<string>;
  item_id: string;
  /** The child's county (0081): in the key, for distribution by county. */
  county_code: string;
  code: string;
  text: string;
  source: 'suggested' | 'manual';
  found_on: string;
  fixed_on: string | null;
  fixed_by: string | null;
  fixed_by_name: string | null;
  fix_note: string | null;
  created_at: Timestamp;
}

export interface ActionPlanTable {
  id: Generated<string>;
  region_code: string;
  policy: string;
  title: string;
  template: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface PlanPhaseTable {
  id: Generated<string>;
  plan_id: string;
  seq: number;
  key: 'deployment' | 'screening' | 'advancement' | 'consolidation';
  name: string;
  starts_on: string | null;
  ends_on: string;
  text: string | null;
  source: string | null;
}

export interface PlanTaskTable {
  id: Generated<string>;
  plan_id: string;
  action_no: number;
  action_title: string;
  task_no: number;
  title: string;
  due_on: string | null;
  status: Generated<'open' | 'done'>;
  done_on: string | null;
  note: string | null;
  /** The seed paragraph a task of a seed's list is ("003 §五.16"); null for a task added by hand (0032). */
  source: Generated<string | null>;
}

export interface PlanUnitTable {
  id: Generated<string>;
  plan_id: string;
  name: string;
}

export interface PlanMeasureTable {
  id: Generated<string>;
  task_id: string;
  seq: number;
  text: string;
  unit_ids: string[];
}

export interface ProgressReportTable {
  id: Generated<string>;
  plan_id: string;
  unit_id: string;
  year: number;
  submitted_on: string;
  content: string;
  submitted_by: string | null;
  submitted_by_name: string;
  created_at: Timestamp;
}

export interface PlanInspectionTable {
  id: Generated<string>;
  plan_id: string;
  inspected_on: string;
  inspector: string;
  region_code: string | null;
  method: string | null;
  findings: string;
  follow_up: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ComparisonRunTable {
  id: Generated<string>;
  roster_kind: string;
  file_name: string;
  file_hash: string;
  file_bytes: Num;
  row_unit: 'line' | 'row';
  /** The region prefix compared (2–9 digits), '' for the whole register. */
  region_code: string;
  as_of: string;
  actor_id: string | null;
  actor_name: string;
  started_at: Timestamp;
  finished_at: Date | null;
  rows: Generated<number>;
  matched: Generated<number>;
  probable: Generated<number>;
  ambiguous_rows: Generated<number>;
  findings: Generated<number>;
  new_findings: Generated<number>;
  ambiguous: ColumnType<unknown, string | undefined, string>;
}

export interface ComparisonFindingTable {
  id: Generated<string>;
  run_id: string;
  last_run_id: string;
  roster_kind: string;
  finding: string;
  match: 'exact' | 'probable';
  subject_key: string;
  child_id: string | null;
  /** 0087: the county that verifies the finding, the first six digits of region_code (not the child's now). */
  county_code: string;
  id_number: string | null;
  /** HMAC-SM3 blind index of id_number, written by the sealing plugin (db/sealed-columns.ts) only. */
  id_number_bidx: ColumnType<string | null, never, never>;
  name: string | null;
  birth_date: string | null;
  row_number: number | null;
  roster_row: ColumnType<unknown, string | null, string | null>;
  /** The village of the child, or the region that must find the person (a county for not_registered). */
  region_code: string;
  as_of: string;
  status: Generated<'open' | 'confirmed' | 'dismissed'>;
  created_at: Timestamp;
  verified_by: string | null;
  verified_by_name: string | null;
  verified_at: Date | null;
  note: string | null;
  outcome: ColumnType<unknown, string | null, string | null>;
}

/** 关爱活动 (0030). */
export interface CareActivityTable {
  id: Generated<string>;
  /** The county whose register the activity belongs to (6 digits), for scoping. */
  county_code: string;
  /** Where it was held: a village, a township or the county (12 digits). */
  region_code: string;
  kind: 'family_education' | 'psychological' | 'safety' | 'legal' | 'holiday' | 'other';
  title: string;
  held_on: string;
  ends_on: string | null;
  place: string;
  organiser_kind: 'department' | 'county' | 'township' | 'village';
  organiser_department_id: string | null;
  organiser_region_code: string | null;
  organiser_name: string;
  anonymous_count: Generated<number>;
  note: string | null;
  recorded_by: string | null;
  recorded_by_name: string;
  created_at: Timestamp;
  voided_at: Date | null;
  voided_by: string | null;
  void_reason: string | null;
}

export interface CareActivityChildTable {
  activity_id: string;
  child_id: string;
  /** The child's county (0080): in the key, for distribution by county. */
  county_code: string;
  /** The child itself took part, or its family (parents, guardians, the entrusted caregiver) was reached. */
  reach: 'child' | 'family';
  added_by: string | null;
  added_at: Timestamp;
}

/** 排查轮次 (0031). */
export interface ScreeningRoundTable {
  id: Generated<string>;
  /** The county (12 digits). */
  region_code: string;
  policy: string;
  name: string;
  starts_on: string;
  ends_on: string;
  note: string | null;
  created_by: string | null;
  created_by_name: string;
  created_at: Timestamp;
}

export interface ScreeningRecordTable {
  id: Generated<string>;
  round_id: string;
  child_id: string;
  /** The child's county (0077): in the key, for distribution by county. */
  county_code: string;
  seen_on: string;
  recorded_by: string | null;
  worker_name: string;
  note: string | null;
  created_at: Timestamp;
}

/** A full ID number revealed on a child's file, with its reason (0043). */
export interface IdRevealTable {
  id: Generated<number>;
  user_id: string;
  child_id: string;
  /** The child's county (0077): in the key, for distribution by county. */
  county_code: string;
  field: string;
  reason: string;
  revealed_at: Date;
}

/** A restricted file (敏感个案, 0044). */
export interface ChildRestrictionTable {
  child_id: string;
  /** The child's county (0079): in the key, for distribution by county. */
  county_code: string;
  reason: 'sexual_abuse' | 'whereabouts_hidden' | 'other';
  note: string | null;
  set_by: string | null;
  set_at: Date;
}

export interface ChildRestrictionMemberTable {
  child_id: string;
  /** The child's county (0079): in the key, for distribution by county. */
  county_code: string;
  user_id: string;
}

/** The county's designated officer for restricted files (0044). */
export interface PrivacyOfficerTable {
  county_code: string;
  user_id: string;
  set_at: Date;
}

export interface DB {
  region: RegionTable;
  region_load: RegionLoadTable;
  app_user: AppUserTable;
  notice: NoticeTable;
  user_session: UserSessionTable;
  user_second_factor: UserSecondFactorTable;
  user_recovery_code: UserRecoveryCodeTable;
  login_failure: LoginFailureTable;
  trusted_device: TrustedDeviceTable;
  child: ChildTable;
  worklist_rollup: WorklistRollupTable;
  worklist_rollup_day: WorklistRollupDayTable;
  child_parent: ChildParentTable;
  child_caregiver: ChildCaregiverTable;
  support_transition: SupportTransitionTable;
  assessment: AssessmentTable;
  contact: ContactTable;
  work_log: WorkLogTable;
  intervention: InterventionTable;
  mandatory_report: MandatoryReportTable;
  audit_event: AuditEventTable;
  audit_chain_head: AuditChainHeadTable;
  server_key: ServerKeyTable;
  import_run: ImportRunTable;
  department: DepartmentTable;
  referral: ReferralTable;
  referral_event: ReferralEventTable;
  mandatory_report_followup: MandatoryReportFollowupTable;
  conference: ConferenceTable;
  conference_participant: ConferenceParticipantTable;
  conference_action: ConferenceActionTable;
  list_share: ListShareTable;
  list_share_recipient: ListShareRecipientTable;
  list_share_item: ListShareItemTable;
  workforce_person: WorkforcePersonTable;
  workforce_post: WorkforcePostTable;
  training: TrainingTable;
  training_record: TrainingRecordTable;
  workforce_evaluation: WorkforceEvaluationTable;
  spot_check: SpotCheckTable;
  spot_check_item: SpotCheckItemTable;
  spot_check_finding: SpotCheckFindingTable;
  action_plan: ActionPlanTable;
  plan_phase: PlanPhaseTable;
  plan_task: PlanTaskTable;
  plan_unit: PlanUnitTable;
  plan_measure: PlanMeasureTable;
  progress_report: ProgressReportTable;
  plan_inspection: PlanInspectionTable;
  comparison_run: ComparisonRunTable;
  comparison_finding: ComparisonFindingTable;
  care_activity: CareActivityTable;
  care_activity_child: CareActivityChildTable;
  screening_round: ScreeningRoundTable;
  screening_record: ScreeningRecordTable;
  id_reveal: IdRevealTable;
  child_restriction: ChildRestrictionTable;
  child_restriction_member: ChildRestrictionMemberTable;
  privacy_officer: PrivacyOfficerTable;
  rules_revision: RulesRevisionTable;
  reassess_run: ReassessRunTable;
  rules_revision_change: RulesRevisionChangeTable;
  child_assistance: ChildAssistanceTable;
  school_return: SchoolReturnTable;
  api_client: ApiClientTable;
}

/** Assistance in place on a child's file (0050: 已落实保障). */
export interface ChildAssistanceTable {
  id: Generated<string>;
  child_id: string;
  /** The child's county (0083): in the key, for distribution by county. */
  county_code: string;
  kind: string;
  starts_on: string;
  ends_on: string | null;
  note: string | null;
  recorded_by: string | null;
  recorded_by_name: string;
  created_at: Timestamp;
}

/** A return to school (0050: 已复学复读). */
export interface SchoolReturnTable {
  id: Generated<string>;
  child_id: string;
  /** The child's county (0083): in the key, for distribution by county. */
  county_code: string;
  kind: 'resumed' | 'repeated';
  returned_on: string;
  school_name: string | null;
  note: string | null;
  recorded_by: string | null;
  recorded_by_name: string;
  created_at: Timestamp;
}

/** One nightly re-assessment (0065): whether it graded every child, and under which profiles. */
export interface ReassessRunTable {
  id: Generated<number>;
  as_of: string;
  /** The region prefix graded, null for every child. */
  region: string | null;
  full_sweep: boolean;
  /** Digest of the profiles and the rules revision the run graded with (worklist/sweep.ts). */
  profiles: string;
  checked: number;
  updated: number;
  ran_at: Generated<Timestamp>;
}

/** A re-grading of the register under corrected rules (0049, issue 19 pt 3). */
export interface RulesRevisionTable {
  revision: string;
  note: string;
  as_of: string;
  applied_at: Timestamp;
  checked: number;
  changed: number;
  summary: ColumnType<unknown, string, string>;
}

export interface RulesRevisionChangeTable {
  id: Generated<number>;
  revision: string;
  child_id: string;
  /** The child's county (0080): in the key, for distribution by county. */
  county_code: string;
  village_code: string;
  field: string;
  old_value: ColumnType<unknown, string | null, string | null>;
  new_value: ColumnType<unknown, string | null, string | null>;
}

/** A department system's credentials for the API (0056, issue 22 pt 4); the secret only as its sha256. */
export interface ApiClientTable {
  id: Generated<string>;
  name: string;
  department_id: string;
  county_code: string;
  scopes: string[];
  expires_on: string;
  secret_prefix: string;
  secret_hash: string;
  created_by: string | null;
  created_by_name: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  revoked_by_name: string | null;
}

/** An in-app notice to one user (0055, issue 17.4); it names no child (the list does, as its reader may see). */
export interface NoticeTable {
  id: Generated<string>;
  user_id: string;
  kind:
    | 'referral_answered'
    | 'referral_overdue'
    | 'report_feedback'
    | 'child_moved_in'
    | 'child_moved_out'
    | 'assessment_confirmed';
  child_id: string | null;
  /** 0087: the recipient's county, that of the village the notice was written for. */
  county_code: string;
  entity: string;
  entity_id: string;
  message: string;
  created_at: Generated<Date>;
  read_at: Date | null;
  dedupe_key: string | null;
}

/** 0074: the worklist summary's counts per village on worklist_rollup_day's day, written only by triggers. */
export interface WorklistRollupTable {
  county_code: ColumnType<string, never, never>;
  village_code: ColumnType<string, never, never>;
  target_children: ColumnType<number, never, never>;
  red: ColumnType<number, never, never>;
  yellow: ColumnType<number, never, never>;
  blue: ColumnType<number, never, never>;
  green: ColumnType<number, never, never>;
  overdue: ColumnType<number, never, never>;
  overdue_visits: ColumnType<number, never, never>;
  overdue_contacts: ColumnType<number, never, never>;
  due_within_7_days: ColumnType<number, never, never>;
  never_visited: ColumnType<number, never, never>;
  awaiting_handling: ColumnType<number, never, never>;
}

/** 0074: the one day worklist_rollup is counted for (set by worklist_rollup_refresh). */
export interface WorklistRollupDayTable {
  one: ColumnType<boolean, never, never>;
  day: ColumnType<string, never, never>;
}
