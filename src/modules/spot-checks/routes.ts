// /api/v1/spot-checks — archive spot checks (档案抽查): draw, review, fix, schedule, yearly report.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, regionCode } from '../../shared/zod-fields.ts';
import { serviceContext } from '../../server/context.ts';
import { isoDate } from '../../shared/zod-fields.ts';
import {
  spotCheckListSchema,
  spotCheckScheduleSchema,
  spotCheckSchema,
  spotCheckYearReportSchema,
} from './api-schemas.ts';
import { spotCheckSchedule, spotCheckYearReport } from './report.ts';
import { drawSpotCheck, fixFinding, getSpotCheck, listSpotChecks, reviewItem } from './service.ts';

const region = regionCode;
const note = z.string().trim().max(2000).nullish();

export async function spotCheckRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['spot-checks'];

  r.get(
    '/api/v1/spot-checks',
    {
      config: { permission: 'spotcheck.read' },
      schema: {
        summary: '档案抽查列表（含已查、发现问题、已整改数）',
        tags,
        querystring: z.object({
          region: region.optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
        response: { 200: spotCheckListSchema },
      },
    },
    async (request) => listSpotChecks(serviceContext(app, request), request.query),
  );

  r.post(
    '/api/v1/spot-checks',
    {
      config: { permission: 'spotcheck.manage' },
      schema: {
        summary: '抽取档案：按种子可重现的随机抽样（记录种子、总体数量与样本）',
        tags,
        body: z.object({
          regionCode: region,
          size: z.number().int().min(1).max(10000).nullish(),
          percent: z.number().min(0.1).max(100).nullish(),
          seed: z.string().trim().max(64).nullish(),
          note,
        }),
        response: {
          201: z.object({
            id: z.string(),
            seed: z.string(),
            population: z.number(),
            sampleSize: z.number(),
            childIds: z.array(z.string()),
          }),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await drawSpotCheck(serviceContext(app, request), request.body)),
  );

  r.get(
    '/api/v1/spot-checks/schedule',
    {
      config: { permission: 'spotcheck.read' },
      schema: {
        summary: '抽查频次与下次应查日期（按政策配置：每年或每半年）',
        tags,
        querystring: z.object({ region: region.optional(), asOf: isoDate.optional() }),
        response: { 200: spotCheckScheduleSchema },
      },
    },
    async (request) =>
      spotCheckSchedule(serviceContext(app, request), request.query.region, request.query.asOf),
  );

  r.get(
    '/api/v1/spot-checks/report',
    {
      config: { permission: 'spotcheck.read' },
      schema: {
        summary: '年度抽查情况：抽查次数、检查档案数、发现与整改问题数',
        tags,
        querystring: z.object({
          region: region.optional(),
          year: z.coerce.number().int().min(2000).max(2100),
        }),
        response: { 200: spotCheckYearReportSchema },
      },
    },
    async (request) =>
      spotCheckYearReport(serviceContext(app, request), request.query.region, request.query.year),
  );

  r.get(
    '/api/v1/spot-checks/:id',
    {
      config: { permission: 'spotcheck.read' },
      schema: {
        summary: '抽查详情：抽中的档案、建议问题、检查结果与整改',
        tags,
        params: idParams,
        response: { 200: spotCheckSchema },
      },
    },
    async (request) => getSpotCheck(serviceContext(app, request), request.params.id),
  );

  r.post(
    '/api/v1/spot-checks/:id/items/:itemId/review',
    {
      config: { permission: 'spotcheck.manage' },
      schema: {
        summary: '记录一份档案的检查结果：采纳的建议问题与补充问题',
        tags,
        params: idParams.extend({ itemId: z.uuid({ error: '编号无效' }) }),
        body: z.object({
          checkedOn: isoDate.nullish(),
          accept: z.array(z.string()).max(20).default([]),
          notes: z.array(z.string().max(500)).max(20).default([]),
          note,
        }),
        response: { 200: z.object({ findings: z.number() }) },
      },
    },
    async (request) =>
      reviewItem(serviceContext(app, request), request.params.id, request.params.itemId, request.body),
  );

  r.post(
    '/api/v1/spot-checks/findings/:id/fix',
    {
      config: { permission: 'spotcheck.fix' },
      schema: {
        summary: '问题已整改（整改日期、说明）',
        tags,
        params: idParams,
        body: z.object({ fixedOn: isoDate.nullish(), note }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      await fixFinding(serviceContext(app, request), request.params.id, request.body);
      return { ok: true as const };
    },
  );
}
