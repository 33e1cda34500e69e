// /api/v1/audit/recent — the latest changes within the actor's region (the dashboard's 最近变更).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { serviceContext } from '../../server/context.ts';
import { actorOf } from '../../server/auth.ts';
import { auditDetailSchema, fieldChangeSchema } from './api-schemas.ts';
import { recentAudit } from './recent.ts';
import { exportTrail, readTrail } from './trail.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const trailQuery = z.object({
  actor: z.string().trim().max(64, { error: '最多64个字符' }).optional(),
  childId: z.uuid({ error: '应为儿童档案编号' }).optional(),
  action: z
    .string()
    .trim()
    .regex(/^[a-z_.]{1,64}$/, { error: '应为操作代码，如 auth.login 或 auth.' })
    .optional(),
  from: z.string().regex(DATE, { error: '应为日期 年-月-日（如 2026-01-31）' }).optional(),
  to: z.string().regex(DATE, { error: '应为日期 年-月-日（如 2026-01-31）' }).optional(),
  address: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F.:]{1,45}$/, { error: '应为IP地址或其前缀' })
    .optional(),
});

const trailItem = z.object({
  id: z.number(),
  seq: z.number(),
  occurredAt: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  username: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  childId: z.string().nullable(),
  regionCode: z.string().nullable(),
  clientAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  sessionHash: z.string().nullable(),
  requestId: z.string().nullable(),
  changes: z
    .array(z.object({ field: z.string() }))
    .nullable()
    .describe('改动了哪些字段（不含其值：值属于儿童档案，见档案自身的变更记录）'),
  detail: auditDetailSchema.nullable(),
  hash: z.string(),
});

const recentSchema = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      occurredAt: z.string(),
      actorName: z.string(),
      action: z.string(),
      entity: z.string(),
      childId: z.string(),
      childName: z.string(),
      villageName: z.string().nullable(),
      changes: z.array(fieldChangeSchema),
    }),
  ),
});

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/audit/recent',
    {
      config: { permission: 'audit.read' },
      schema: {
        summary: '最近变更：辖区内儿童档案的最新变更记录（不含查看和导出），身份证号码已遮蔽',
        tags: ['audit'],
        querystring: z.object({
          limit: z.coerce
            .number()
            .int()
            .min(1, { error: '至少1条' })
            .max(100, { error: '最多100条' })
            .optional(),
        }),
        response: { 200: recentSchema },
      },
    },
    async (request) => recentAudit(serviceContext(app, request), { limit: request.query.limit }),
  );

  r.get(
    '/api/v1/audit/events',
    {
      config: { permission: 'audit.trail' },
      schema: {
        summary: '审计日志（审计管理员）：按人员、儿童档案、操作、日期和客户端地址筛选，查询本身记录在案',
        tags: ['audit'],
        querystring: trailQuery.extend({
          page: z.coerce.number().int().min(1, { error: '页码从1开始' }).optional(),
          pageSize: z.coerce.number().int().min(1).max(200, { error: '每页最多200条' }).optional(),
        }),
        response: {
          200: z.object({
            total: z.number(),
            page: z.number(),
            pageSize: z.number(),
            items: z.array(trailItem),
          }),
        },
      },
    },
    async (request) => readTrail(app.ctx.database.db, actorOf(request), request.query),
  );

  r.get(
    '/api/v1/audit/events.xlsx',
    {
      config: { permission: 'audit.trail' },
      schema: {
        summary: '按当前筛选条件导出审计日志（XLSX，最多5万条，导出记录在案）',
        tags: ['audit'],
        querystring: trailQuery,
      },
    },
    async (request, reply) => {
      const { stream } = await exportTrail(app.ctx.database.db, actorOf(request), request.query);
      const day = new Date(app.ctx.clock().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="audit-${day}.xlsx"; filename*=UTF-8''${encodeURIComponent(`审计日志-${day}.xlsx`)}`,
        )
        .header('cache-control', 'no-store')
        .send(stream);
    },
  );
}
