// The `tonghu` commands. A new command registers itself here.
import type { Command } from 'commander';
import { registerAssess } from './assess.ts';
import { registerBackup } from './backup.ts';
import { registerAudit } from './audit.ts';
import { registerDemo } from './demo.ts';
import { registerReassess } from './reassess.ts';
import { registerDepartments } from './departments.ts';
import { registerListShares } from './list-shares.ts';
import { registerMandatoryReports } from './mandatory-reports.ts';
import { registerReferrals } from './referrals.ts';
import { registerDirectors } from './directors.ts';
import { registerCompare } from './compare.ts';
import { registerImport } from './import.ts';
import { registerKeys } from './keys.ts';
import { registerRegions } from './regions.ts';
import { registerRetention } from './retention.ts';
import { registerReportCoverage } from './report-coverage.ts';
import { registerReportAnnex } from './report-annex.ts';
import { registerReportCare } from './report-care.ts';
import { registerServe } from './serve-command.ts';
import { registerSubjectAccess } from './subject-access.ts';
import { registerSpotChecks } from './spot-checks.ts';
import { registerSupervision } from './supervision.ts';
import { registerUsers } from './users.ts';

// One command a line, so that additions merge cleanly.
// prettier-ignore
export const COMMANDS: ((program: Command) => void)[] = [
  registerAssess,
  registerServe,
  registerRegions,
  registerReassess,
  registerDepartments,
  registerReferrals,
  registerMandatoryReports,
  registerListShares,
  registerDirectors,
  registerReportCoverage,
  registerSpotChecks,
  registerSupervision,
  registerCompare,
  registerReportAnnex,
  registerReportCare,
  registerImport,
  registerUsers,
  registerDemo,
  registerBackup,
  registerAudit,
  registerKeys,
  registerRetention,
  registerSubjectAccess,
];
