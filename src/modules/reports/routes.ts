// /api/v1/reports — Annex 1, Annex 2 (roster) and timeliness, as JSON and as Excel files.
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { regionCode, flag } from '../../shared/zod-fields.ts';
import { isoDate } from '../../shared/zod-fields.ts';
import { LEVELS } from '../../domain/codes.ts';
import { serviceContext } from '../../server/context.ts';
import {
  annex1File,
  annex1Json,
  annex1Report,
  annex2Export,
  annex2Print,
  timeliness,
  timelinessFile,
} from './service.ts';
import { attachment } from '../../shared/http/attachment.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const reportQuery = z.object({
  region: regionCode.optional(),
  asOf: isoDate.optional(),
});

const rowCount = z.object({ item: z.number(), count: z.number(), intervened: z.number() });
const levelCounts = z.object({
  rows: z.array(rowCount),
  subtotal: z.number(),
  subtotalIntervened: z.number(),
});
const levels = z.object({ red: levelCounts, yellow: levelCounts, blue: levelCounts, green: levelCounts });
const annex1Schema = z.object({
  region: z.string(),
  asOf: z.string(),
  levels,
  total: z.number(),
  parts: z.array(z.object({ region: z.string(), name: z.string(), levels, total: z.number() })).optional(),
});

const figures = {
  targetChildren: z.number(),
  byLevel: z.object({ red: z.number(), yellow: z.number(), blue: z.number(), green: z.number() }),
  visitsOverdue: z.number(),
  visitsDueSoon: z.number(),
  contactsOverdue: z.number(),
  contactsDueSoon: z.number(),
  visitsFellDueLastQuarter: z.number(),
  visitsOnTimeLastQuarter: z.number(),
  onTimeShare: z.number().nullable(),
  neverVisited: z.number(),
  leftBehind: z.number(),
  leftBehindWithoutAgreement: z.number(),
};
const area = z.object({
  code: z.string(),
  name: z.string(),
  villages: z.number(),
  villagesWithoutDirector: z.number(),
  ...figures,
});
const timelinessSchema = z.object({
  region: z.string(),
  regionName: z.string(),
  asOf: z.string(),
  quarterStart: z.string(),
  dueSoonDays: z.number(),
  total: area,
  cities: z.array(area).optional(),
  counties: z.array(area).optional(),
  townships: z.array(area).optional(),
  villages: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      townshipCode: z.string(),
      directors: z.array(z.object({ name: z.string(), username: z.string() })),
      hasDirector: z.boolean(),
      ...figures,
    }),
  ),
});

function download(reply: FastifyReply, file: { fileName: string; downloadName: string }) {
  return reply
    .header('content-type', XLSX)
    .header('content-disposition', attachment(file.fileName, file.downloadName))
    .header('cache-control', 'no-store');
}

export async function reportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reports'];
  const annex1Query = reportQuery.extend({ breakdown: flag.optional() });

  r.get(
    '/api/v1/reports/annex1',
    {
      config: { permission: 'report.read' },
      schema: {
        summary:
          '附件1 摸排情况数据表：按风险等级、服务对象类型统计人数及已干预人数；breakdown=true 按下一级区划分列',
        tags,
        querystring: annex1Query,
        response: { 200: annex1Schema },
      },
    },
    async (request) => annex1Json(await annex1Report(serviceContext(app, request), request.query)),
  );

  r.get(
    '/api/v1/reports/annex1.xlsx',
    {
      config: { permission: 'report.read' },
      schema: { summary: '附件1 摸排情况数据表（Excel，按纸质表样式）', tags, querystring: annex1Query },
    },
    async (request, reply) => {
      const ctx = serviceContext(app, request);
      const file = await annex1File(await annex1Report(ctx, request.query), ctx.actor.name);
      return download(reply, file).send(file.buffer);
    },
  );

  r.get(
    '/api/v1/reports/annex2',
    {
      config: { permission: 'report.roster' },
      schema: {
        summary: '附件2 排查表（供打印）：表头与各行文字，与 Excel 相同，身份证号码隐去；每次查看均记录在案',
        tags,
        querystring: reportQuery,
        response: {
          200: z.object({
            regionName: z.string(),
            asOf: z.string(),
            count: z.number(),
            headers: z.array(z.string()),
            rows: z.array(z.object({ level: z.enum(LEVELS), cells: z.array(z.string()) })),
          }),
        },
      },
    },
    async (request) => annex2Print(serviceContext(app, request), request.query),
  );

  r.get(
    '/api/v1/reports/annex2.xlsx',
    {
      config: { permission: 'report.roster' },
      schema: {
        summary:
          '附件2 排查表（Excel）：辖区内服务对象名单；fullIdNumber=true 导出完整身份证号码（须有导出权限并写明用途 purpose，每页带水印）；每次导出均记录在案',
        tags,
        querystring: reportQuery.extend({
          fullIdNumber: flag.optional(),
          purpose: z.string().max(200).optional(),
        }),
      },
    },
    async (request, reply) => {
      const ctx = serviceContext(app, request);
      const file = await annex2Export(ctx, request.query, app.ctx.clock());
      const stream = new PassThrough();
      file.write(stream).catch((error: unknown) => {
        request.log.error({ err: error }, 'annex2 export failed');
        stream.destroy(error as Error);
      });
      return download(reply, file).send(stream);
    },
  );

  r.get(
    '/api/v1/reports/timeliness',
    {
      config: { permission: 'report.read' },
      schema: {
        summary:
          '走访及时性：按村（儿童主任）、乡镇、县统计服务对象、逾期与7日内应走访（联系）、近三个月按时走访率、从未走访、未签委托照护协议',
        tags,
        querystring: reportQuery,
        response: { 200: timelinessSchema },
      },
    },
    async (request) => timeliness(serviceContext(app, request), request.query),
  );

  r.get(
    '/api/v1/reports/timeliness.xlsx',
    {
      config: { permission: 'report.read' },
      schema: { summary: '走访及时性（Excel）', tags, querystring: reportQuery },
    },
    async (request, reply) => {
      const file = await timelinessFile(await timeliness(serviceContext(app, request), request.query));
      return download(reply, file).send(file.buffer);
    },
  );
}
