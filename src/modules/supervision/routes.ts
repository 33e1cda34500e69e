// /api/v1/supervision — the three-year action plan: tasks, units, phases, progress reports, inspections,
// and the overview of what is late.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, regionCode } from '../../shared/zod-fields.ts';
import { serviceContext } from '../../server/context.ts';
import { isoDate } from '../../shared/zod-fields.ts';
import { planListSchema, planSchema, supervisionOverviewSchema, templateListSchema } from './api-schemas.ts';
import { supervisionOverview } from './overview.ts';
import { createPlan, getPlan, listPlans, listTemplates, loadTaskList } from './plans.ts';
import { addInspection, addTask, submitReport, updateTask } from './progress.ts';

const region = regionCode;
const text = (max: number) => z.string().trim().min(1, { error: '不能为空' }).max(max);
const optional = (max: number) => z.string().trim().max(max).nullish();
const year = z.number().int().min(2000).max(2100);

export async function supervisionRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['supervision'];

  r.get(
    '/api/v1/supervision/overview',
    {
      config: { permission: 'supervision.read' },
      schema: {
        summary: '督导一览：逾期任务、逾期未报送进展的责任单位、当前阶段、检查与档案抽查是否按时',
        tags,
        querystring: z.object({ region: region.optional(), asOf: isoDate.optional() }),
        response: { 200: supervisionOverviewSchema },
      },
    },
    async (request) => supervisionOverview(serviceContext(app, request), request.query),
  );

  r.get(
    '/api/v1/supervision/templates',
    {
      config: { permission: 'supervision.read' },
      schema: {
        summary: '可用的任务清单（各地政策文件）；own 标出本辖区政策文件自己的清单',
        tags,
        querystring: z.object({ region: region.optional() }),
        response: { 200: templateListSchema },
      },
    },
    async (request) => listTemplates(serviceContext(app, request), request.query.region),
  );

  r.get(
    '/api/v1/supervision/plans',
    {
      config: { permission: 'supervision.read' },
      schema: {
        summary: '行动方案列表',
        tags,
        querystring: z.object({ region: region.optional() }),
        response: { 200: planListSchema },
      },
    },
    async (request) => listPlans(serviceContext(app, request), request.query.region),
  );

  r.post(
    '/api/v1/supervision/plans',
    {
      config: { permission: 'supervision.manage' },
      schema: {
        summary:
          '建立本辖区的三年行动方案（阶段按政策配置；可从任务清单开始：jiangning、tiedong、songjiang、puning、zhuzhou）',
        tags,
        body: z.object({ regionCode: region, title: optional(200), template: optional(40) }),
        response: { 201: z.object({ id: z.string(), tasks: z.number() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPlan(serviceContext(app, request), request.body)),
  );

  r.get(
    '/api/v1/supervision/plans/:id',
    {
      config: { permission: 'supervision.read' },
      schema: {
        summary: '行动方案：阶段、任务与举措、责任单位、进展报送、检查',
        tags,
        params: idParams,
        response: { 200: planSchema },
      },
    },
    async (request) => getPlan(serviceContext(app, request), request.params.id),
  );

  r.post(
    '/api/v1/supervision/plans/:id/task-list',
    {
      config: { permission: 'supervision.manage' },
      schema: {
        summary:
          '向已有方案载入任务清单（默认本地政策文件的清单）：补齐缺少的任务及其举措、责任单位与出处，可重复执行',
        tags,
        params: idParams,
        body: z.object({ template: optional(40) }).default({}),
        response: {
          200: z.object({ template: z.string(), added: z.number(), matched: z.number() }),
        },
      },
    },
    async (request) =>
      loadTaskList(serviceContext(app, request), request.params.id, request.body.template ?? null),
  );

  r.post(
    '/api/v1/supervision/plans/:id/tasks',
    {
      config: { permission: 'supervision.manage' },
      schema: {
        summary: '新增重点工作及其举措、责任单位',
        tags,
        params: idParams,
        body: z.object({
          actionNo: z.number().int().min(1).max(20),
          actionTitle: text(100),
          taskNo: z.number().int().min(1).max(200).nullish(),
          title: text(200),
          dueOn: isoDate.nullish(),
          measures: z
            .array(
              z.object({
                text: text(4000),
                units: z.array(text(100)).min(1, { error: '请填写责任单位' }).max(30),
              }),
            )
            .max(50)
            .default([]),
        }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addTask(serviceContext(app, request), request.params.id, request.body)),
  );

  r.patch(
    '/api/v1/supervision/tasks/:id',
    {
      config: { permission: 'supervision.manage' },
      schema: {
        summary: '任务完成、改期或备注进展',
        tags,
        params: idParams,
        body: z.object({
          status: z.enum(['open', 'done']).optional(),
          doneOn: isoDate.nullish(),
          dueOn: isoDate.nullish(),
          note: optional(2000),
        }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      await updateTask(serviceContext(app, request), request.params.id, request.body);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/supervision/plans/:id/reports',
    {
      config: { permission: 'supervision.report' },
      schema: {
        summary: '责任单位报送年度工作进展',
        tags,
        params: idParams,
        body: z.object({
          unitId: z.uuid({ error: '编号无效' }).nullish(),
          unitName: optional(100),
          year,
          submittedOn: isoDate.nullish(),
          content: text(20000),
        }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await submitReport(serviceContext(app, request), request.params.id, request.body)),
  );

  r.post(
    '/api/v1/supervision/plans/:id/inspections',
    {
      config: { permission: 'supervision.manage' },
      schema: {
        summary: '记录督促检查：日期、检查人、地点、方式、发现的问题与整改要求',
        tags,
        params: idParams,
        body: z.object({
          inspectedOn: isoDate,
          inspector: text(200),
          regionCode: region.nullish(),
          method: optional(100),
          findings: text(20000),
          followUp: optional(20000),
        }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addInspection(serviceContext(app, request), request.params.id, request.body)),
  );
}
