// /api/v1/audit/recent — the latest changes within the actor's region (the dashboard's 最近变更).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { serviceContext } from '../../server/context.ts';
import { recentAudit } from './recent.ts';

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
      changes: z.array(z.object({ field: z.string(), old: z.unknown(), new: z.unknown() })),
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
}
