// GET /api/v1/children/export.xlsx — the children list under the current filters, as a spreadsheet.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { serviceContext } from '../../server/context.ts';
import { exportQuery } from './schemas.ts';
import { exportTime } from '../../shared/xlsx/watermark.ts';
import {
  auditExport,
  checkFullIdExport,
  collectChildren,
  contentDisposition,
  rosterWorkbook,
  withFullIdNumbers,
} from './service.ts';

export async function childExportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/children/export.xlsx',
    {
      config: { permission: 'child.read' },
      schema: {
        summary:
          '按当前筛选条件导出儿童名册（XLSX）；身份证号码默认只显示地址码；fullIdNumber=true 须有导出权限并写明用途（purpose），每页带导出人、时间、用途水印；导出及行数记录在案',
        tags: ['children'],
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const ctx = serviceContext(app, request);
      checkFullIdExport(ctx, request.query);
      const rows = await withFullIdNumbers(ctx, request.query, await collectChildren(ctx, request.query));
      await auditExport(ctx, request.query, rows.length);
      const mark = {
        who: ctx.actor.name,
        when: exportTime(app.ctx.clock()),
        purpose: request.query.fullIdNumber ? (request.query.purpose ?? null) : null,
      };
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition(ctx.today))
        .header('cache-control', 'no-store')
        .send(await rosterWorkbook(rows, mark));
    },
  );
}
