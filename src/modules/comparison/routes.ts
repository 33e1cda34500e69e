// /api/v1/comparison — 数据比对: upload a department roster (multipart, streamed into the comparison, never
// held whole), the runs, and the findings worklist with its verification.
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, regionCode } from '../../shared/zod-fields.ts';
import { serviceContext } from '../../server/context.ts';
import { InputError } from '../../shared/errors.ts';
import { isoDate } from '../../shared/zod-fields.ts';
import { attachment } from '../../shared/http/attachment.ts';
import { comparisonDue } from './due.ts';
import { ROSTER_KINDS, findRule } from './rules/index.ts';
import { rosterTemplate } from './template.ts';
import { runComparison } from './run.ts';
import {
  comparisonDueSchema,
  confirmBody,
  dismissBody,
  findingSchema,
  findingsQuery,
  pageOf,
  runQuery,
  runResultSchema,
  runSchema,
  runsQuery,
} from './schemas.ts';
import { confirmFinding, dismissFinding } from './verify.ts';
import { getFinding, getRun, listFindings, listRuns } from './worklist.ts';

const dueQuery = z.object({
  region: regionCode.optional(),
  asOf: isoDate.optional(),
});

/** A county's roster of a million rows is some hundreds of megabytes as CSV. */
const MAX_ROSTER_BYTES = 1024 * 1024 * 1024;

export async function comparisonRoutes(app: FastifyInstance): Promise<void> {
  // Another module may have registered multipart for the whole app already; the limits go on each request.
  if (!app.hasRequestDecorator('isMultipart')) await app.register(multipart);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['comparison'];

  r.post(
    '/api/v1/comparison/runs',
    {
      config: { permission: 'comparison.run', takesFile: true },
      schema: {
        summary:
          '上传部门名册（multipart，字段 file：.ndjson/.csv/.xlsx）与登记儿童比对，结果进入乡镇核实清单',
        tags,
        querystring: runQuery,
        response: { 201: runResultSchema },
      },
    },
    async (request, reply) => {
      const ctx = serviceContext(app, request);
      if (!request.isMultipart())
        throw new InputError('请以 multipart/form-data 上传名册文件', { field: 'file' });
      const file = await request.file({ limits: { fileSize: MAX_ROSTER_BYTES, files: 1, fields: 10 } });
      if (!file) throw new InputError('请上传名册文件', { field: 'file' });
      const result = await runComparison(ctx.db, ctx.actor, {
        kind: request.query.kind,
        stream: file.file,
        fileName: file.filename,
        region: request.query.region ?? null,
        asOf: request.query.asOf ?? ctx.today,
      });
      return reply.code(201).send(result);
    },
  );

  r.get(
    '/api/v1/comparison/template.xlsx',
    {
      config: { permission: 'comparison.run' },
      schema: {
        summary: '部门名册模板（Excel）：第一张表为上传时读取的表头，第二张表为填写说明',
        tags,
        querystring: z.object({
          kind: z.enum(ROSTER_KINDS as [string, ...string[]], { error: '请选择名册类型' }),
        }),
      },
    },
    async (request, reply) => {
      const rule = findRule(request.query.kind)!;
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          attachment(`roster-template-${rule.kind}.xlsx`, `${rule.title}模板.xlsx`),
        )
        .header('cache-control', 'no-store')
        .send(await rosterTemplate(rule));
    },
  );

  r.get(
    '/api/v1/comparison/due',
    {
      config: { permission: 'comparison.read' },
      schema: {
        summary:
          '各类名册是否到期应比对：按本地政策的比对间隔（铁东每季度，001 §四.18；其余为系统默认，已标明），本期是否已比对、何时前应比对',
        tags,
        querystring: dueQuery,
        response: { 200: comparisonDueSchema },
      },
    },
    async (request) => comparisonDue(serviceContext(app, request), request.query),
  );

  r.get(
    '/api/v1/comparison/runs',
    {
      config: { permission: 'comparison.read' },
      schema: {
        summary: '比对记录（谁、何时、哪份名册、结果数）',
        tags,
        querystring: runsQuery,
        response: { 200: pageOf(runSchema) },
      },
    },
    async (request) => listRuns(serviceContext(app, request), request.query),
  );

  r.get(
    '/api/v1/comparison/runs/:id',
    {
      config: { permission: 'comparison.read' },
      schema: {
        summary: '一次比对的结果（含无法确定的行）',
        tags,
        params: idParams,
        response: { 200: runSchema },
      },
    },
    async (request) => getRun(serviceContext(app, request), request.params.id),
  );

  r.get(
    '/api/v1/comparison/findings',
    {
      config: { permission: 'comparison.read' },
      schema: {
        summary: '比对结果核实清单（默认 status=open，本辖区）',
        tags,
        querystring: findingsQuery,
        response: { 200: pageOf(findingSchema) },
      },
    },
    async (request) => listFindings(serviceContext(app, request), request.query),
  );

  r.get(
    '/api/v1/comparison/findings/:id',
    {
      config: { permission: 'comparison.read' },
      schema: { summary: '一条比对结果', tags, params: idParams, response: { 200: findingSchema } },
    },
    async (request) => getFinding(serviceContext(app, request), request.params.id),
  );

  r.post(
    '/api/v1/comparison/findings/:id/confirm',
    {
      config: { permission: 'comparison.verify' },
      schema: {
        summary:
          '核实属实并处理（死亡：退出登记；疑似辍学：加记情形并转介教育；应退未退：取消低保特困情形……）',
        tags,
        params: idParams,
        body: confirmBody,
        response: { 200: findingSchema },
      },
    },
    async (request) => confirmFinding(serviceContext(app, request), request.params.id, request.body ?? {}),
  );

  r.post(
    '/api/v1/comparison/findings/:id/dismiss',
    {
      config: { permission: 'comparison.verify' },
      schema: {
        summary: '核实不属实，排除（须写明理由）',
        tags,
        params: idParams,
        body: dismissBody,
        response: { 200: findingSchema },
      },
    },
    async (request) => dismissFinding(serviceContext(app, request), request.params.id, request.body ?? {}),
  );
}
