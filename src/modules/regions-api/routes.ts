// GET /api/v1/regions/:code/children — the sub-regions behind the region pickers of the web app.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { regionCode } from '../../shared/zod-fields.ts';
import { actorOf } from '../../server/auth.ts';
import { visibleSubRegions } from './service.ts';

const regionNode = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'city', 'county', 'township', 'village']),
  leaf: z.boolean(),
});

export async function regionRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/regions/:code/children',
    {
      config: { permission: 'authenticated' },
      schema: {
        summary: '下级区划（仅限本人辖区及通往辖区的上级路径）',
        tags: ['regions'],
        params: z.object({
          code: regionCode,
        }),
        response: { 200: z.object({ region: regionNode, items: z.array(regionNode) }) },
      },
    },
    async (request) => visibleSubRegions(app.ctx.database.db, actorOf(request), request.params.code),
  );
}
