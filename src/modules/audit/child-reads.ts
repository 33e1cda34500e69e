// Every read that returns children's data is in the trail (issue 15.5): lists and searches with their filters,
// files, assessments, referrals, mandatory reports, conferences, care, comparison findings and every export.
//
// Each GET route of the API is classified here, once: CHILD_DATA_READS (returns children's data) or
// NO_CHILD_DATA (what it returns instead). A route that writes its own, more specific record (child.viewed,
// children.exported, …) keeps it; for any other successful read of CHILD_DATA_READS the hook below records
// `action` with the route, its parameters and its filters (ID-number-like values as keyed hashes). The
// inventory test (child-reads.api.test.ts) fails on a GET route in neither list and on a listed route that
// leaves no record, so a new unaudited route cannot slip in.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { isUuid } from '../access/index.ts';
import { auditRow } from './audit.ts';
import { currentAuditContext } from './context.ts';
import { writeReadRecord } from './read-records.ts';
import { filtersForAudit } from './search-key.ts';
import type {} from '../../server/app.ts';
import type {} from '../../server/auth.ts';

/** GET routes returning children's data, and the action recorded when the handler records none itself. */
// prettier-ignore
export const CHILD_DATA_READS: Record<string, string> = {
  '/api/v1/children': 'children.listed',
  '/api/v1/children/:id': 'child.viewed',
  '/api/v1/children/:id/assessments': 'assessment.listed',
  '/api/v1/children/:id/audit': 'child.audit_viewed',
  '/api/v1/children/:id/contacts': 'contact.listed',
  '/api/v1/children/:id/work-logs': 'work_log.listed',
  '/api/v1/children/:id/interventions': 'intervention.listed',
  '/api/v1/children/:id/referrals': 'referral.child_listed',
  '/api/v1/children/:id/mandatory-reports': 'mandatory_report.child_listed',
  '/api/v1/children/:id/conferences': 'conference.child_listed',
  '/api/v1/children/:id/care-activities': 'care_activity.child_listed',
  '/api/v1/children/:id/restriction': 'restriction.viewed',
  '/api/v1/children/:id/assistance': 'assistance.listed',
  '/api/v1/children/:id/school-returns': 'school_return.listed',
  '/api/v1/children/export.xlsx': 'children.exported',
  '/api/v1/worklist': 'worklist.listed',
  '/api/v1/notices': 'notice.listed',
  '/api/v1/referrals': 'referral.listed',
  '/api/v1/referrals/overdue': 'referral.overdue_listed',
  '/api/v1/referrals/:id': 'referral.viewed',
  '/api/v1/departments/inbox': 'referral.inbox_listed',
  '/api/v1/mandatory-reports': 'mandatory_report.listed',
  '/api/v1/mandatory-reports/alerts': 'mandatory_report.alerts_listed',
  '/api/v1/mandatory-reports/:id': 'mandatory_report.viewed',
  '/api/v1/conferences': 'conference.listed',
  '/api/v1/conferences/:id': 'conference.viewed',
  '/api/v1/actions/mine': 'conference.actions_listed',
  '/api/v1/list-shares/current': 'list_share.current_viewed',
  '/api/v1/list-shares/:id': 'list_share.viewed',
  '/api/v1/spot-checks/:id': 'spot_check.viewed',
  '/api/v1/comparison/runs/:id': 'comparison.run_viewed',
  '/api/v1/comparison/findings': 'comparison.findings_listed',
  '/api/v1/comparison/findings/:id': 'comparison.finding_viewed',
  '/api/v1/reports/annex2.xlsx': 'report.annex2_exported',
  '/api/v1/reports/annex2': 'report.annex2_viewed',
  '/api/v1/care-activities': 'care_activity.listed',
  '/api/v1/care-activities/:id': 'care_activity.viewed',
  '/api/v1/care-activities/coverage/children': 'care_activity.coverage_children_listed',
  '/api/v1/care-activities/coverage.xlsx': 'care_activity.coverage_exported',
  '/api/v1/screening/rounds/:id/children': 'screening.children_listed',
  '/api/v1/audit/recent': 'audit.recent_viewed',
  '/api/v1/audit/events': 'audit.trail_viewed',
  '/api/v1/audit/events.xlsx': 'audit.trail_exported',
};

/** GET routes that return no child's data, each with what it returns instead. */
// prettier-ignore
export const NO_CHILD_DATA: Record<string, string> = {
  '/api/health': 'health',
  '/api/health/live': 'health',
  '/api/health/ready': 'health',
  '/*': 'the web app\'s files',
  '/api/openapi.json': 'API description',
  '/api/docs': 'the API description as a page',
  '/api/docs/docs.js': 'the API description page\'s script',
  '/api/docs/docs.css': 'the API description page\'s styles',
  '/api/v1/auth/me': 'the signed-in account',
  '/api/v1/auth/second-factor': 'the signed-in account\'s second factor',
  '/api/v1/users': 'accounts',
  '/api/v1/users/export.xlsx': 'accounts (recorded as user.exported)',
  '/api/v1/worklist/summary': 'counts',
  '/api/v1/notices/unread-count': 'counts',
  '/api/v1/departments/kinds': 'code list',
  '/api/v1/departments': 'departments',
  '/api/v1/api-clients': 'API clients of departments (no secret)',
  '/api/v1/api-clients/:id': 'an API client (no secret)',
  '/api/v1/departments/:id': 'a department',
  '/api/v1/departments/gaps': 'department kinds not registered',
  '/api/v1/referrals/findings': 'code list',
  '/api/v1/referrals/route': 'which department a finding goes to',
  '/api/v1/mandatory-reports/codes': 'code list',
  '/api/v1/list-shares': 'history of shares (counts)',
  '/api/v1/list-shares/due': 'when a share is due',
  '/api/v1/regions/:code/children': 'sub-regions',
  '/api/v1/workforce/ledger': 'directors and supervisors',
  '/api/v1/workforce/people/:id': 'a director or supervisor',
  '/api/v1/workforce/people/:id/accounts': 'accounts of a director',
  '/api/v1/workforce/coverage': 'counts',
  '/api/v1/workforce/trainings': 'trainings',
  '/api/v1/workforce/trainings/:id': 'a training',
  '/api/v1/workforce/training-coverage': 'counts',
  '/api/v1/workforce/workload': 'counts per director',
  '/api/v1/workforce/workload.xlsx': 'counts per director',
  '/api/v1/spot-checks': 'spot checks (counts)',
  '/api/v1/spot-checks/schedule': 'dates',
  '/api/v1/spot-checks/report': 'counts',
  '/api/v1/supervision/overview': 'plan progress',
  '/api/v1/supervision/templates': 'task lists',
  '/api/v1/supervision/plans': 'plans',
  '/api/v1/supervision/plans/:id': 'a plan',
  '/api/v1/comparison/due': 'dates',
  '/api/v1/comparison/template.xlsx': 'an empty template',
  '/api/v1/comparison/runs': 'runs (counts)',
  '/api/v1/reports/annex1': 'counts',
  '/api/v1/reports/annex1.xlsx': 'counts',
  '/api/v1/reports/timeliness': 'counts per village',
  '/api/v1/reports/timeliness.xlsx': 'counts per village',
  '/api/v1/imports/children/template.xlsx': 'an empty template',
  '/api/v1/care-activities/coverage': 'counts per village',
  '/api/v1/screening/overview': 'counts',
  '/api/v1/screening/rounds/:id': 'counts per village',
};

async function childReadsPlugin(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' || reply.statusCode >= 300 || !request.actor) return payload;
    const url = request.routeOptions.url;
    const action = url ? CHILD_DATA_READS[url] : undefined;
    if (!action) return payload;
    const context = currentAuditContext();
    // The handler recorded the read itself, more precisely.
    if (!context || context.written > 0) return payload;
    const params = (request.params ?? {}) as Record<string, string>;
    const childId =
      url!.startsWith('/api/v1/children/:id') && params.id && isUuid(params.id) ? params.id : null;
    // Grouped with the records of concurrent reads (read-records.ts); the answer waits for it.
    await writeReadRecord(
      db,
      auditRow(request.actor, {
        action,
        entity: childId ? 'child' : 'route',
        entityId: childId ?? params.id ?? null,
        childId,
        regionCode: request.actor.regionCode || null,
        detail: {
          route: url,
          ...(Object.keys(params).length ? { params } : {}),
          filters: await filtersForAudit(db, request.query as Record<string, unknown>),
        },
      }),
    );
    return payload;
  });
}

export const childReads = fp(childReadsPlugin, { name: 'tonghu-audit-child-reads' });
