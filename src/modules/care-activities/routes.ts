// /api/v1/care-activities — 关爱活动: record an activity and whom it reached, add more, void one entered in
// error; the list, one activity, the activities on a child's file; the coverage report (who was reached and
// who not, per village and county), the names behind it, and the workbook.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { serviceContext } from '../../server/context.ts';
import {
  activityPageSchema,
  activitySchema,
  childActivitiesSchema,
  coverageReportSchema,
  reachedChildrenSchema,
} from './api-schemas.ts';
import { coverageReport, reachedChildren } from './coverage.ts';
import { attachment } from '../../shared/http/attachment.ts';
import { coverageExport } from './export.ts';
import { childActivities, getActivity, listActivities } from './read.ts';
import { addReached, recordActivity, voidActivity } from './record.ts';
import { activityBody, childrenQuery, coverageQuery, listQuery, reachedBody, voidBody } from './schemas.ts';
import { idParams } from '../../shared/zod-fields.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function careActivityRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['care-activities'];

  r.post(
    '/api/v1/care-activities',
    {
      config: { permission: 'care_activity.write' },
      schema: {
        summary:
          '记录关爱活动：日期、类型、组织单位（部门或县、乡镇、村）、地点、覆盖的儿童或家庭（从登记名单中选择）及不记名参加人数',
        tags,
        body: activityBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordActivity(serviceContext(app, request), request.body)),
  );

  r.get(
    '/api/v1/care-activities',
    {
      config: { permission: 'care_activity.read' },
      schema: {
        summary: '关爱活动列表（本辖区及上级举办、覆盖本辖区的活动）',
        tags,
        querystring: listQuery,
        response: { 200: activityPageSchema },
      },
    },
    async (request) => listActivities(serviceContext(app, request), request.query),
  );

  r.get(
    '/api/v1/care-activities/coverage',
    {
      config: { permission: 'report.read' },
      schema: {
        summary:
          '关爱活动覆盖情况：按村（社区）、乡镇和全辖区统计各项活动要求（附出处）在其周期内覆盖与未覆盖的人数、村数，及各类活动场次',
        tags,
        querystring: coverageQuery,
        response: { 200: coverageReportSchema },
      },
    },
    async (request) => coverageReport(serviceContext(app, request), request.query),
  );

  r.get(
    '/api/v1/care-activities/coverage/children',
    {
      config: { permission: 'care_activity.read' },
      schema: {
        summary:
          '某项活动要求未覆盖（reached=true 时为已覆盖）的服务对象名单（姓名、村、年龄），查阅记录在案',
        tags,
        querystring: childrenQuery,
        response: { 200: reachedChildrenSchema },
      },
    },
    async (request) => reachedChildren(serviceContext(app, request), request.query),
  );

  r.get(
    '/api/v1/care-activities/coverage.xlsx',
    {
      config: { permission: 'report.roster' },
      schema: {
        summary: '关爱活动覆盖情况（Excel，含未覆盖名单）；每次导出均记录在案',
        tags,
        querystring: coverageQuery,
      },
    },
    async (request, reply) => {
      const file = await coverageExport(serviceContext(app, request), request.query);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(file.fileName, file.downloadName))
        .header('cache-control', 'no-store')
        .send(file.buffer);
    },
  );

  r.get(
    '/api/v1/care-activities/:id',
    {
      config: { permission: 'care_activity.read' },
      schema: {
        summary: '一次关爱活动及其覆盖的本辖区儿童（查阅记录在案）',
        tags,
        params: idParams,
        response: { 200: activitySchema },
      },
    },
    async (request) => getActivity(serviceContext(app, request), request.params.id),
  );

  r.post(
    '/api/v1/care-activities/:id/reached',
    {
      config: { permission: 'care_activity.write' },
      schema: {
        summary: '为关爱活动补充覆盖的儿童或家庭',
        tags,
        params: idParams,
        body: reachedBody,
        response: { 200: z.object({ added: z.number() }) },
      },
    },
    async (request) => addReached(serviceContext(app, request), request.params.id, request.body.reached),
  );

  r.post(
    '/api/v1/care-activities/:id/void',
    {
      config: { permission: 'care_activity.write' },
      schema: {
        summary: '撤销误录的关爱活动（须写明理由；记录保留）',
        tags,
        params: idParams,
        body: voidBody,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      await voidActivity(serviceContext(app, request), request.params.id, request.body.reason);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/v1/children/:id/care-activities',
    {
      config: { permission: 'care_activity.read' },
      schema: {
        summary: '覆盖该儿童（或其家庭）的关爱活动',
        tags,
        params: idParams,
        response: { 200: childActivitiesSchema },
      },
    },
    async (request) => childActivities(serviceContext(app, request), request.params.id),
  );
}
