// The casework module's front door (issue 21.2): what other modules may use of it. Other modules import
// from here only (eslint.config.js); what is not exported here is the module's own business.
export { auditedChildList, checkDateFor, childForRecord } from './child-row.ts';
export { FINDING_AREAS, type FindingArea, type FindingStatus } from './codes.ts';
