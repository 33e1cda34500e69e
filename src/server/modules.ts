// The capability modules whose routes the server serves. A new module adds its routes here.
import type { FastifyPluginAsync } from 'fastify';
import { authRoutes } from '../modules/auth/routes.ts';
import { caseworkRoutes } from '../modules/casework/routes.ts';
import { childRoutes } from '../modules/children/routes.ts';
import { departmentRoutes } from '../modules/departments/routes.ts';
import { departmentInboxRoutes } from '../modules/department-inbox/routes.ts';
import { referralRoutes } from '../modules/referrals/routes.ts';
import { mandatoryReportRoutes } from '../modules/mandatory-reports/routes.ts';
import { conferenceRoutes } from '../modules/conferences/routes.ts';
import { listShareRoutes } from '../modules/list-sharing/routes.ts';
import { childExportRoutes } from '../modules/children-export/routes.ts';
import { regionRoutes } from '../modules/regions-api/routes.ts';
import { comparisonRoutes } from '../modules/comparison/routes.ts';
import { reportRoutes } from '../modules/reports/routes.ts';
import { importRoutes } from '../modules/import/routes.ts';
import { systemRoutes } from '../modules/system/routes.ts';
import { userRoutes } from '../modules/users/routes.ts';
import { worklistRoutes } from '../modules/worklist/routes.ts';
import { spotCheckRoutes } from '../modules/spot-checks/routes.ts';
import { supervisionRoutes } from '../modules/supervision/routes.ts';
import { workforceRoutes } from '../modules/workforce/routes.ts';
import { auditRoutes } from '../modules/audit/routes.ts';
import { careActivityRoutes } from '../modules/care-activities/routes.ts';
import { screeningRoutes } from '../modules/screening/routes.ts';
import { restrictedRoutes } from '../modules/restricted/routes.ts';
import { supportRoutes } from '../modules/support/routes.ts';
import { subjectAccessRoutes } from '../modules/retention/routes.ts';
import { apiClientRoutes } from '../modules/api-clients/routes.ts';
import { apiDocsRoutes } from '../modules/api-docs/routes.ts';
import { noticeRoutes } from '../modules/notices/routes.ts';

// One module a line, so that additions merge cleanly.
// prettier-ignore
export const ROUTE_MODULES: FastifyPluginAsync[] = [
  systemRoutes,
  authRoutes,
  userRoutes,
  childRoutes,
  caseworkRoutes,
  worklistRoutes,
  departmentRoutes,
  departmentInboxRoutes,
  referralRoutes,
  mandatoryReportRoutes,
  conferenceRoutes,
  listShareRoutes,
  regionRoutes,
  childExportRoutes,
  workforceRoutes,
  spotCheckRoutes,
  supervisionRoutes,
  comparisonRoutes,
  reportRoutes,
  importRoutes,
  auditRoutes,
  careActivityRoutes,
  screeningRoutes,
  restrictedRoutes,
  supportRoutes,
  subjectAccessRoutes,
  apiClientRoutes,
  apiDocsRoutes,
  noticeRoutes,
];
