// /api/v1/screening — 排查轮次 (一年两排, 000 (一)1): open a round, record that a child was seen, follow each
// round village by village, name the children not yet seen, and the overview with overdue rounds.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { flag, idParams, regionCode } from '../../shared/zod-fields.ts';
import { roundChildrenSchema, roundProgressSchema, screeningOverviewSchema } from './api-schemas.ts';
import { serviceContext } from '../../server/context.ts';
import { isoDate } from '../../shared/zod-fields.ts';
import { roundChildren, roundProgress, screeningOverview } from './progress.ts';
import { openRound, recordSeen } from './rounds.ts';

const region = regionCode;

export async function screeningRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['screening'];

  r.get(
    '/api/v1/screening/overview',
    {
      config: { permission: 'screening.read' },
      schema: {
        summary: '排查轮次一览：政策要求（如江宁“一年两排”）、本期是否已开展、各轮进度与逾期未完成的轮次',
        tags,
        querystring: z.object({ region: region.optional(), asOf: isoDate.optional() }),
        response: { 200: screeningOverviewSchema },
      },
    },
    async (request) => screeningOverview(serviceContext(app, request), request.query),
  );

  r.post(
    '/api/v1/screening/rounds',
    {
      config: { permission: 'screening.manage' },
      schema: {
        summary: '开展一轮全面排查（仅政策规定排查轮次的县区，如江宁区）：名称、起止日期',
        tags,
        body: z.object({
          regionCode: region,
          name: z.string().trim().max(100).nullish(),
          startsOn: isoDate,
          endsOn: isoDate,
          note: z.string().trim().max(2000).nullish(),
        }),
        response: { 201: z.object({ id: z.string(), name: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await openRound(serviceContext(app, request), request.body)),
  );

  r.get(
    '/api/v1/screening/rounds/:id',
    {
      config: { permission: 'screening.read' },
      schema: {
        summary: '一轮排查按村（社区）的进度：应排查儿童、已见到（入户走访或排查记录）、未见到',
        tags,
        params: idParams,
        querystring: z.object({ asOf: isoDate.optional() }),
        response: { 200: roundProgressSchema },
      },
    },
    async (request) => roundProgress(serviceContext(app, request), request.params.id, request.query),
  );

  r.get(
    '/api/v1/screening/rounds/:id/children',
    {
      config: { permission: 'screening.read' },
      schema: {
        summary: '本轮尚未见到（seen=true 时为已见到）的儿童名单；查阅记录在案',
        tags,
        params: idParams,
        querystring: z.object({
          village: z
            .string()
            .regex(/^\d{12}$/, { error: '村（社区）代码应为12位数字' })
            .optional(),
          seen: flag.optional(),
          asOf: isoDate.optional(),
        }),
        response: { 200: roundChildrenSchema },
      },
    },
    async (request) => roundChildren(serviceContext(app, request), request.params.id, request.query),
  );

  r.post(
    '/api/v1/screening/rounds/:id/seen',
    {
      config: { permission: 'screening.record' },
      schema: {
        summary: '记录儿童在本轮排查中已见到（入户走访已自动计入，无需重复记录）',
        tags,
        params: idParams,
        body: z.object({
          childId: z.uuid({ error: '儿童编号无效' }),
          seenOn: isoDate,
          note: z.string().trim().max(2000).nullish(),
        }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordSeen(serviceContext(app, request), request.params.id, request.body)),
  );
}
