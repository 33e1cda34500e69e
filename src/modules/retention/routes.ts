// POST /api/v1/children/:id/subject-access-export — a guardian's copy of the child's whole file (PIPL art. 45).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { serviceContext } from '../../server/context.ts';
import { childFileWorkbook, GUARDIAN_RELATIONS } from './subject-access.ts';

export async function subjectAccessRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/v1/children/:id/subject-access-export',
    {
      config: { permission: 'child.subject_access', xlsxDownload: true },
      schema: {
        summary: '应监护人书面申请导出儿童完整档案（XLSX，《个人信息保护法》第四十五条）；导出记录在案',
        tags: ['children'],
        params: z.object({ id: z.uuid({ error: '应为儿童档案编号' }) }),
        body: z.object({
          relation: z.enum(GUARDIAN_RELATIONS, { error: `应为 ${GUARDIAN_RELATIONS.join('、')} 之一` }),
          requestRef: z.string().trim().min(1, '请填写书面申请的编号').max(50),
        }),
      },
    },
    async (request, reply) => {
      const ctx = serviceContext(app, request);
      const { buffer } = await childFileWorkbook(ctx.db, ctx.actor, request.params.id, request.body);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="child-file.xlsx"; filename*=UTF-8''${encodeURIComponent('儿童档案副本.xlsx')}`,
        )
        .header('cache-control', 'no-store')
        .send(buffer);
    },
  );
}
