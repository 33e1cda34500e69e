// /api/v1/referrals and /api/v1/children/:id/referrals — 报送/转介 to departments and their answers.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { childParams, countyCode } from '../../shared/zod-fields.ts';
import { DEPARTMENT_KINDS, DEPARTMENT_KIND_NAMES } from '../../domain/department-kinds.ts';
import { REFERRAL_FINDINGS, routeFinding } from '../../domain/referral-routing.ts';
import { isoDate } from '../../shared/zod-fields.ts';
import { departmentViewSchema, listDepartments } from '../departments/index.ts';
import { timedContext } from '../../server/context.ts';
import { childReferrals, listReferrals, overdueReferrals } from './queries.ts';
import {
  findingCode,
  overdueSchema,
  referralDetailSchema,
  referralInput,
  referralListQuery,
  referralListSchema,
  stepBodies,
} from './schemas.ts';
import { createReferrals, getReferral, stepReferral } from './service.ts';
import { STEP_RULES, type ReferralStep } from './workflow.ts';

const referralParams = z.object({ id: z.uuid({ error: '报送编号无效' }) });

const routeSchema = z.object({
  finding: z.enum(REFERRAL_FINDINGS),
  name: z.string(),
  kinds: z.array(z.object({ kind: z.enum(DEPARTMENT_KINDS), kindName: z.string() })),
  text: z.string(),
  source: z.string(),
});

function routeView(finding: (typeof REFERRAL_FINDINGS)[number]) {
  const route = routeFinding(finding);
  return { ...route, kinds: route.kinds.map((kind) => ({ kind, kindName: DEPARTMENT_KIND_NAMES[kind] })) };
}

export async function referralRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['referrals'];

  r.get(
    '/api/v1/referrals/findings',
    {
      config: { permission: 'referral.read' },
      schema: {
        summary: '报送情形及其对应部门（003 §四(二)）',
        tags,
        response: { 200: z.object({ items: z.array(routeSchema) }) },
      },
    },
    async () => ({ items: REFERRAL_FINDINGS.map(routeView) }),
  );

  r.get(
    '/api/v1/referrals/route',
    {
      config: { permission: 'referral.send' },
      schema: {
        summary: '按发现的情形建议接收部门（部门类别及本县已登记的部门）',
        tags,
        querystring: z.object({
          finding: findingCode,
          county: countyCode.optional(),
        }),
        response: { 200: routeSchema.extend({ departments: z.array(departmentViewSchema) }) },
      },
    },
    async (request) => {
      const route = routeView(request.query.finding);
      const kinds = new Set<string>(route.kinds.map((k) => k.kind));
      const departments = (
        await listDepartments(timedContext(app, request), { county: request.query.county })
      ).filter((d) => kinds.has(d.kind));
      return { ...route, departments };
    },
  );

  r.post(
    '/api/v1/children/:id/referrals',
    {
      config: { permission: 'referral.send' },
      schema: {
        summary: '从儿童档案或走访发现报送相关部门（每个接收部门一条报送）',
        tags,
        params: childParams,
        body: referralInput,
        response: { 201: z.object({ items: z.array(referralDetailSchema) }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send({
        items: await createReferrals(timedContext(app, request), request.params.id, request.body),
      }),
  );

  r.get(
    '/api/v1/children/:id/referrals',
    {
      config: { permission: 'referral.read' },
      schema: {
        summary: '儿童档案中的报送记录及每一步（部门只看到报送给本部门的）',
        tags,
        params: childParams,
        response: { 200: z.object({ items: z.array(referralDetailSchema) }) },
      },
    },
    async (request) => childReferrals(timedContext(app, request), request.params.id),
  );

  r.get(
    '/api/v1/referrals',
    {
      config: { permission: 'referral.read' },
      schema: {
        summary: '报送列表（逾期的在前，其次最新的）',
        tags,
        querystring: referralListQuery,
        response: { 200: referralListSchema },
      },
    },
    async (request) => listReferrals(timedContext(app, request), request.query),
  );

  r.get(
    '/api/v1/referrals/overdue',
    {
      config: { permission: 'referral.read' },
      schema: {
        summary: '逾期未答复的报送（提醒），按部门汇总',
        tags,
        querystring: z.object({
          asOf: isoDate.optional(),
          region: referralListQuery.shape.region,
        }),
        response: { 200: overdueSchema },
      },
    },
    async (request) => overdueReferrals(timedContext(app, request), request.query),
  );

  r.get(
    '/api/v1/referrals/:id',
    {
      config: { permission: 'referral.read' },
      schema: { summary: '报送详情', tags, params: referralParams, response: { 200: referralDetailSchema } },
    },
    async (request) => getReferral(timedContext(app, request), request.params.id),
  );

  for (const step of Object.keys(STEP_RULES) as ReferralStep[]) {
    const rule = STEP_RULES[step];
    r.post(
      `/api/v1/referrals/:id/${step}`,
      {
        config: { permission: rule.side === 'department' ? 'referral.respond' : 'referral.send' },
        schema: {
          summary: `${rule.name}（${rule.side === 'department' ? '接收部门' : '报送方'}）`,
          tags,
          params: referralParams,
          body: stepBodies[step],
          response: { 200: referralDetailSchema },
        },
      },
      async (request) =>
        stepReferral(timedContext(app, request), request.params.id, step, request.body as object),
    );
  }
}
