// The children module's front door (issue 21.2): what other modules may use of it. Other modules import
// from here only (eslint.config.js); what is not exported here is the module's own business.
export {
  EXIT_REASON_NAMES,
  INTERVENTION_KINDS,
  INTERVENTION_KIND_NAMES,
  RESPONSIBLE_SIDE_NAMES,
  SCHOOL_STAGE_NAMES,
  type ExitReason,
  type InterventionKind,
  type ResponsibleSide,
  type SchoolStage,
} from './codes.ts';
export {
  assessmentFingerprint,
  assessmentRow,
  evaluateChild,
  openAutoReport,
  reassessChild,
  refreshRedHandling,
  storedAssessmentFingerprint,
} from './reassess.ts';
export { RULES_REVISION } from './rules-revision.ts';
export { handleAtOnceFirstSql, handledOnFrom, type ReportedReport } from './red-handling.ts';
export {
  caregiverColumns,
  childCounty,
  childFactColumns,
  idNumbersOf,
  parentColumns,
  type CaregiverRow,
  type ChildRow,
  type ParentRow,
} from './repository.ts';
export {
  LEVEL_LIST_DOC,
  childInput,
  childListFilters,
  childListSearch,
  conditionCode,
  interventionInput,
  type ChildInput,
  type InterventionInput,
} from './schemas.ts';
export { createChild, exitChild, inputOf, listChildren, updateChild } from './service.ts';
export {
  VillageDirectory,
  checkChild,
  type CheckContext,
  type CheckedChild,
  type FieldProblem,
} from './validate.ts';
export { showIdNumber, type ChildListItem } from './views.ts';
