// The reports module's front door (issue 21.2): what other modules may use of it. Other modules import
// from here only (eslint.config.js); what is not exported here is the module's own business.
export { levelAsOf, targetOnRegister } from './as-of.ts';
export { resolveReportRegion, type ReportRegion } from './region.ts';
export type { ReportContext } from './service.ts';
export { villageCounts } from './timeliness-sql.ts';
export { scheduleOverrides } from './timeliness.ts';
export {
  BORDER,
  CENTER,
  FONT,
  HEADER_FONT,
  LEFT,
  TITLE_FONT,
  a4,
  reportDownloadName,
  reportFileName,
} from './xlsx-style.ts';
