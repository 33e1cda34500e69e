// /api/v1/children — the register.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { childParams, flag } from '../../shared/zod-fields.ts';
import { assess } from '../../domain/assess.ts';
import { LEVELS } from '../../domain/codes.ts';
import { FactsError, parseFacts } from '../../domain/facts.ts';
import { profileForRegion } from '../../policies/index.ts';
import { serviceContext } from '../../server/context.ts';
import {
  assessmentRecordSchema,
  assessmentSchema,
  childAuditSchema,
  childFileSchema,
  childListSchema,
  supportTransitionSchema,
  versionLevelSchema,
} from './api-schemas.ts';
import {
  childInput,
  childListFilters,
  childListSearch,
  childPatch,
  confirmInput,
  exitInput,
  levelInput,
  supportTransitionInput,
} from './schemas.ts';
import {
  addSupportTransition,
  confirmAssessment,
  createChild,
  exitChild,
  getChildFile,
  listAssessments,
  listAudit,
  listChildren,
  setManualLevel,
  updateChild,
} from './service.ts';
import { revealIdNumber, revealInput, REVEAL_FIELDS } from './reveal.ts';
import { mergeChildEdit, mergeInput, type MergeInput } from './merge.ts';

export async function childRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['children'];

  r.get(
    '/api/v1/children',
    {
      config: { permission: 'child.read' },
      schema: {
        summary: '儿童列表（按辖区、等级、人群、困境类型、逾期、年龄筛选；姓名或身份证号搜索；服务端分页）',
        tags,
        querystring: z.object({
          ...childListFilters,
          // In its place among the filters: a spread key replaced keeps its order in the document.
          awaitingHandling: flag.optional().meta({
            description: 'true：只列红色待立即处置（尚未报案并记录干预）的儿童，与工作台的计数一致',
          }),
          worklist: flag.optional(),
          ...childListSearch,
          page: z.coerce.number().int().min(1).optional(),
          pageSize: z.coerce.number().int().min(1).max(200).optional(),
          fullIdNumber: flag.optional(),
        }),
        response: { 200: childListSchema },
      },
    },
    async (request) => listChildren(serviceContext(app, request), request.query),
  );

  r.post(
    '/api/v1/children',
    {
      config: { permission: 'child.write' },
      schema: {
        summary: '登记儿童（保存即评估）',
        tags,
        body: childInput,
        response: { 201: versionLevelSchema.extend({ id: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createChild(serviceContext(app, request), request.body)),
  );

  r.post(
    '/api/v1/children/assess-preview',
    {
      config: { permission: 'child.read' },
      schema: {
        summary: '预览评估：编辑档案时，保存前显示新等级（不保存）',
        tags,
        body: z.object({
          villageCode: z.string().regex(/^\d{12}$/),
          facts: z.record(z.string(), z.unknown()),
        }),
        response: { 200: assessmentSchema },
      },
    },
    async (request) => {
      const ctx = serviceContext(app, request);
      let facts;
      try {
        facts = parseFacts(request.body.facts, { asOf: ctx.today });
      } catch (error) {
        // Facts a form has not finished (no birth date yet) are the caller's to fix: a 400 naming the field.
        if (error instanceof FactsError)
          throw new FactsError(`facts.${error.field}`, error.message, error.code);
        throw error;
      }
      return assess(facts, profileForRegion(request.body.villageCode));
    },
  );

  r.get(
    '/api/v1/children/:id',
    {
      config: { permission: 'child.read' },
      schema: {
        summary: '儿童档案（一人一档）；身份证号码只显示地址码，完整号码用 POST …/reveal 逐项查看',
        tags,
        params: childParams,
        querystring: z.object({ reveal: flag.optional() }),
        response: { 200: childFileSchema },
      },
    },
    async (request) =>
      getChildFile(serviceContext(app, request), request.params.id, { revealIdNumber: request.query.reveal }),
  );

  r.post(
    '/api/v1/children/:id/reveal',
    {
      config: { permission: 'child.id_number.reveal' },
      schema: {
        summary: '查看一名儿童（或其父母、照护人）的完整身份证号码：须写明理由，记录在案，每人每小时限次',
        tags,
        params: childParams,
        body: revealInput,
        response: {
          200: z.object({
            field: z.enum(REVEAL_FIELDS),
            value: z.string().nullable(),
            remaining: z.number(),
          }),
        },
      },
    },
    async (request, reply) => {
      const result = await revealIdNumber(
        serviceContext(app, request),
        request.params.id,
        request.body,
        app.ctx.clock(),
      );
      return reply.header('cache-control', 'no-store').send(result);
    },
  );

  r.patch(
    '/api/v1/children/:id',
    {
      config: { permission: 'child.write' },
      schema: {
        summary: '修改档案（须带 version，乐观锁）',
        tags,
        params: childParams,
        body: childPatch,
        response: { 200: versionLevelSchema },
      },
    },
    async (request) => updateChild(serviceContext(app, request), request.params.id, request.body),
  );

  const conflictShape = z.object({
    field: z.string(),
    label: z.string(),
    mine: z.unknown(),
    theirs: z.unknown(),
  });
  r.post(
    '/api/v1/children/:id/merge',
    {
      config: { permission: 'child.write' },
      schema: {
        summary: '合并离线修改：逐字段比对修改前的值，他人未改的字段写入，双方都改的字段返回 409 供选择',
        description:
          'baseVersion 为修改所依据的版本，changes 为修改的字段及新值，base 为这些字段修改前（手机上所见）的值。' +
          '未被他人修改的字段即写入（即使其他字段冲突）；双方都修改的字段不写入，409 的 details.conflicts 列出' +
          '每个冲突字段的中文名、我的值（mine）与当前值（theirs）。选择后以当前值为 base 再次提交。',
        tags,
        params: childParams,
        body: mergeInput as unknown as z.ZodType<MergeInput>,
        response: {
          200: versionLevelSchema.extend({ applied: z.array(z.string()), conflicts: z.array(conflictShape) }),
          409: z.object({
            error: z.object({
              code: z.string(),
              message: z.string(),
              field: z.string().optional(),
              details: z
                .object({
                  version: z.number(),
                  level: z.enum(LEVELS).nullable(),
                  applied: z.array(z.string()),
                  conflicts: z.array(conflictShape),
                })
                .optional(),
            }),
          }),
        },
      },
    },
    async (request, reply) => {
      const result = await mergeChildEdit(serviceContext(app, request), request.params.id, request.body);
      reply.header('cache-control', 'no-store');
      if (!result.conflicts.length) return reply.send(result);
      // Written outside the error handler: the fields without conflict were applied and committed. The
      // message names no value; the values are in details, for the person whose file edit it is.
      return reply.code(409).send({
        error: {
          code: 'conflict',
          message: `${result.conflicts.map((c) => c.label).join('、')}在您离线期间已被他人修改，请选择保留哪个值`,
          field: result.conflicts[0]!.field,
          details: result,
        },
      });
    },
  );

  r.post(
    '/api/v1/children/:id/level',
    {
      config: { permission: 'child.level.raise' },
      schema: {
        summary: '人工调高风险等级（须写理由，不得低于评定等级）；level 为 null 时取消',
        tags,
        params: childParams,
        body: levelInput,
        response: { 200: versionLevelSchema },
      },
    },
    async (request) => setManualLevel(serviceContext(app, request), request.params.id, request.body),
  );

  r.post(
    '/api/v1/children/:id/confirm',
    {
      config: { permission: 'child.level.confirm' },
      schema: {
        summary: '乡镇确认复杂个案的评估',
        tags,
        params: childParams,
        body: confirmInput,
        response: { 200: z.object({ version: z.number() }) },
      },
    },
    async (request) => confirmAssessment(serviceContext(app, request), request.params.id, request.body),
  );

  r.post(
    '/api/v1/children/:id/exit',
    {
      config: { permission: 'child.exit' },
      schema: {
        summary: '退出登记（写明原因和日期，档案保留）',
        tags,
        params: childParams,
        body: exitInput,
        response: { 200: z.object({ version: z.number() }) },
      },
    },
    async (request) => exitChild(serviceContext(app, request), request.params.id, request.body),
  );

  r.post(
    '/api/v1/children/:id/support-transitions',
    {
      config: { permission: 'child.write' },
      schema: {
        summary: '登记退出基本生活保障（6个月过渡期）',
        tags,
        params: childParams,
        body: supportTransitionInput,
        response: { 201: supportTransitionSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addSupportTransition(serviceContext(app, request), request.params.id, request.body)),
  );

  r.get(
    '/api/v1/children/:id/assessments',
    {
      config: { permission: 'child.read' },
      schema: {
        summary: '评估历史',
        tags,
        params: childParams,
        response: { 200: z.object({ items: z.array(assessmentRecordSchema) }) },
      },
    },
    async (request) => ({ items: await listAssessments(serviceContext(app, request), request.params.id) }),
  );

  r.get(
    '/api/v1/children/:id/audit',
    {
      config: { permission: 'audit.read' },
      schema: { summary: '变更记录（审计）', tags, params: childParams, response: { 200: childAuditSchema } },
    },
    async (request) => ({ items: await listAudit(serviceContext(app, request), request.params.id) }),
  );
}
