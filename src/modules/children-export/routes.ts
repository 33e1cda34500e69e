// GET /api/v1/children/export.xlsx — the children list under the current filters, as a spreadsheet.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { serviceContext } from '../../server/context.ts';
import { exportQuery } from './schemas.ts';
import { auditExport, collectChildren, contentDisposition, rosterWorkbook } from './service.ts';

export async function childExportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/children/export.xlsx',
    {
      config: { permission: 'child.read' },
      schema: {
        summary:
          '按当前筛选条件导出儿童名册（XLSX）；身份证号码默认脱敏，fullIdNumber=true 需有权限；导出记录在案',
        tags: ['children'],
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const ctx = serviceContext(app, request);
      const rows = await collectChildren(ctx, request.query);
      await auditExport(ctx, request.query, rows.length);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition(ctx.today))
        .header('cache-control', 'no-store')
        .send(rosterWorkbook(rows));
    },
  );
}
