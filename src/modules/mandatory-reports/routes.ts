// /api/v1/mandatory-reports and /api/v1/children/:id/mandatory-reports — 强制报告.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { childParams, regionCode, text } from '../../shared/zod-fields.ts';
import {
  DEFAULT_ALERT_HOURS,
  MANDATORY_REPORT_SITUATIONS,
  REPORT_METHODS,
  REPORT_METHOD_NAMES,
  REPORT_OUTCOMES,
  REPORT_OUTCOME_NAMES,
  SITUATION_NAMES,
  SITUATION_SOURCE,
} from '../../domain/mandatory-report.ts';
import { isoDate } from '../../shared/zod-fields.ts';
import { timedContext } from '../../server/context.ts';
import {
  addFollowup,
  childReports,
  closeReport,
  getReport,
  listReports,
  openReport,
  recordPoliceReport,
  reportAlerts,
} from './service.ts';

const dateTime = z.iso.datetime({
  offset: true,
  error: '应为带时区的日期时间，如 2026-11-23T09:30:00+08:00',
});

const policeReport = z.object({
  reportedAt: dateTime,
  reporterName: text(50).nullish(),
  method: z.enum(REPORT_METHODS, { error: `报告方式应为 ${REPORT_METHODS.join('、')}` }),
  policeUnit: text(100).min(1, { error: '请填写接报的公安机关' }),
  receiptNumber: text(100).nullish(),
  discoveredAt: dateTime.nullish(),
  note: text(2000).nullish(),
});

const reportSchema = z.object({
  id: z.string(),
  childId: z.string(),
  child: z.object({
    name: z.string(),
    villageName: z.string().nullable(),
    townshipName: z.string().nullable(),
  }),
  source: z.enum(['auto', 'manual']),
  situation: z.string(),
  situationName: z.string(),
  factors: z.array(z.object({ code: z.string(), name: z.string() })),
  status: z.enum(['open', 'reported', 'closed']),
  statusName: z.string(),
  discoveredOn: z.string(),
  discoveredAt: z.string(),
  openedAt: z.string(),
  reportedAt: z.string().nullable(),
  hoursToReport: z.number().nullable(),
  hoursOpen: z.number().nullable(),
  alert: z.boolean(),
  reporterName: z.string().nullable(),
  reportMethod: z.string().nullable(),
  reportMethodName: z.string().nullable(),
  policeUnit: z.string().nullable(),
  receiptNumber: z.string().nullable(),
  policeFeedback: z.object({ occurredOn: z.string(), note: z.string() }).nullable(),
  outcome: z.string().nullable(),
  outcomeName: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  closedAt: z.string().nullable(),
  note: z.string().nullable(),
  followups: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['police_feedback', 'follow_up']),
      occurredOn: z.string(),
      note: z.string(),
      authorName: z.string(),
    }),
  ),
});

const listSchema = z.object({
  asOf: z.string(),
  thresholdHours: z.number(),
  total: z.number(),
  items: z.array(reportSchema),
});

const region = regionCode.optional();
const asOf = z
  .union([isoDate, dateTime], { error: '应为日期 年-月-日（如 2026-01-31） 或带时区的日期时间' })
  .optional();
const thresholdHours = z.coerce
  .number()
  .min(1)
  .max(24 * 365)
  .optional();

const reportParams = z.object({ id: z.uuid({ error: '强制报告编号无效' }) });

export async function mandatoryReportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['mandatory-reports'];

  r.get(
    '/api/v1/mandatory-reports/codes',
    {
      config: { permission: 'mandatory_report.read' },
      schema: {
        summary: '强制报告情形、报告方式、结案结果的代码和名称',
        tags,
        response: {
          200: z.object({
            source: z.string(),
            defaultAlertHours: z.number(),
            situations: z.array(z.object({ code: z.string(), name: z.string() })),
            methods: z.array(z.object({ code: z.string(), name: z.string() })),
            outcomes: z.array(z.object({ code: z.string(), name: z.string() })),
          }),
        },
      },
    },
    async () => ({
      source: SITUATION_SOURCE,
      defaultAlertHours: DEFAULT_ALERT_HOURS,
      situations: MANDATORY_REPORT_SITUATIONS.map((code) => ({ code, name: SITUATION_NAMES[code] })),
      methods: REPORT_METHODS.map((code) => ({ code, name: REPORT_METHOD_NAMES[code] })),
      outcomes: REPORT_OUTCOMES.map((code) => ({ code, name: REPORT_OUTCOME_NAMES[code] })),
    }),
  );

  r.post(
    '/api/v1/children/:id/mandatory-reports',
    {
      config: { permission: 'mandatory_report.manage' },
      schema: {
        summary: '发现九类情形之一时开启强制报告（已报警的可同时记录报告情况）',
        tags,
        params: childParams,
        body: z.object({
          situation: z.enum(MANDATORY_REPORT_SITUATIONS, {
            error: (issue) => `未知的强制报告情形代码 "${String(issue.input)}"`,
          }),
          discoveredAt: dateTime,
          note: text(2000).nullish(),
          policeReport: policeReport.nullish(),
        }),
        response: { 201: reportSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await openReport(timedContext(app, request), request.params.id, request.body)),
  );

  r.get(
    '/api/v1/children/:id/mandatory-reports',
    {
      config: { permission: 'mandatory_report.read' },
      schema: {
        summary: '儿童档案中的强制报告',
        tags,
        params: childParams,
        response: { 200: z.object({ items: z.array(reportSchema) }) },
      },
    },
    async (request) => childReports(timedContext(app, request), request.params.id),
  );

  r.get(
    '/api/v1/mandatory-reports',
    {
      config: { permission: 'mandatory_report.read' },
      schema: {
        summary: '辖区内的强制报告（status=open 为尚未向公安机关报告的），带报告时长和超时提醒',
        tags,
        querystring: z.object({
          status: z.enum(['open', 'reported', 'closed', 'all']).optional(),
          asOf,
          region,
          thresholdHours,
        }),
        response: { 200: listSchema },
      },
    },
    async (request) => listReports(timedContext(app, request), request.query),
  );

  r.get(
    '/api/v1/mandatory-reports/alerts',
    {
      config: { permission: 'mandatory_report.read' },
      schema: {
        summary: `超过时限（默认 ${DEFAULT_ALERT_HOURS} 小时）仍未向公安机关报告的强制报告`,
        tags,
        querystring: z.object({ asOf, region, thresholdHours }),
        response: { 200: listSchema },
      },
    },
    async (request) => reportAlerts(timedContext(app, request), request.query),
  );

  r.get(
    '/api/v1/mandatory-reports/:id',
    {
      config: { permission: 'mandatory_report.read' },
      schema: { summary: '强制报告详情', tags, params: reportParams, response: { 200: reportSchema } },
    },
    async (request) => getReport(timedContext(app, request), request.params.id),
  );

  r.post(
    '/api/v1/mandatory-reports/:id/police-report',
    {
      config: { permission: 'mandatory_report.manage' },
      schema: {
        summary: '记录向公安机关报告（报告人、时间、方式、接报单位、回执或案件编号）',
        tags,
        params: reportParams,
        body: policeReport,
        response: { 200: reportSchema },
      },
    },
    async (request) => recordPoliceReport(timedContext(app, request), request.params.id, request.body),
  );

  r.post(
    '/api/v1/mandatory-reports/:id/followups',
    {
      config: { permission: 'mandatory_report.manage' },
      schema: {
        summary: '登记公安反馈（police_feedback）或跟进情况（follow_up）',
        tags,
        params: reportParams,
        body: z.object({
          kind: z.enum(['police_feedback', 'follow_up']),
          occurredOn: isoDate,
          note: text(4000).min(1, { error: '请填写内容' }),
        }),
        response: { 200: reportSchema },
      },
    },
    async (request) => addFollowup(timedContext(app, request), request.params.id, request.body),
  );

  r.post(
    '/api/v1/mandatory-reports/:id/close',
    {
      config: { permission: 'mandatory_report.manage' },
      schema: {
        summary: '结案（写明结果）；未报告的只能由乡镇以上以“录入错误”结案',
        tags,
        params: reportParams,
        body: z.object({ outcome: z.enum(REPORT_OUTCOMES), note: text(2000).nullish() }),
        response: { 200: reportSchema },
      },
    },
    async (request) => closeReport(timedContext(app, request), request.params.id, request.body),
  );
}
