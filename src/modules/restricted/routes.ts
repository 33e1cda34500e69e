// /api/v1/children/:id/restriction and /api/v1/privacy-officers — restricted files (敏感个案, issue 16.4).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../access/index.ts';
import { serviceContext } from '../../server/context.ts';
import { childParams, countyCode } from '../../shared/zod-fields.ts';
import {
  getRestriction,
  liftRestriction,
  RESTRICTION_REASONS,
  setPrivacyOfficer,
  setRestriction,
} from './service.ts';

const contactSchema = z
  .object({ name: z.string(), phone: z.string().nullable(), role: z.string() })
  .nullable()
  .describe('县级受限档案联系人；未指定时为 null');

/** GET …/restriction: whether the file is restricted; why and who is named, only to those who may see it. */
const restrictionSchema = z.object({
  restricted: z.boolean(),
  canSeeDetails: z.boolean(),
  contact: contactSchema,
  message: z.string().optional().describe('不能查看详情时给出的说明'),
  details: z
    .object({
      reason: z.enum(RESTRICTION_REASONS),
      reasonName: z.string(),
      note: z.string().nullable(),
      setAt: z.string(),
      members: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES) })),
    })
    .nullable(),
});

export async function restrictedRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['children'];

  r.get(
    '/api/v1/children/:id/restriction',
    {
      config: { permission: 'child.read' },
      schema: {
        summary: '受限档案（敏感个案）：是否受限、联系人；原因和指定人员只对可查看详情者显示',
        tags,
        params: childParams,
        response: { 200: restrictionSchema },
      },
    },
    async (request) => getRestriction(serviceContext(app, request), request.params.id),
  );

  r.put(
    '/api/v1/children/:id/restriction',
    {
      config: { permission: 'child.restrict' },
      schema: {
        summary: '设为受限档案或修改设置（原因、指定个案工作人员）；记录在案',
        tags,
        params: childParams,
        body: z.object({
          reason: z.enum(RESTRICTION_REASONS, { error: '请选择受限原因' }),
          note: z.string().max(500).nullish(),
          memberIds: z.array(z.uuid({ error: '人员编号无效' })).max(20),
        }),
        response: { 200: z.object({ restricted: z.boolean().describe('设置后为 true') }) },
      },
    },
    async (request) =>
      setRestriction(serviceContext(app, request), request.params.id, request.body, app.ctx.clock()),
  );

  r.delete(
    '/api/v1/children/:id/restriction',
    {
      config: { permission: 'child.restrict' },
      schema: {
        summary: '取消受限档案（须写明理由）；记录在案',
        tags,
        params: childParams,
        body: z.object({ reason: z.string().trim().min(2, { error: '请写明取消理由' }).max(200) }),
        response: { 200: z.object({ restricted: z.boolean().describe('取消后为 false') }) },
      },
    },
    async (request) => liftRestriction(serviceContext(app, request), request.params.id, request.body.reason),
  );

  r.put(
    '/api/v1/privacy-officers/:countyCode',
    {
      config: { permission: 'privacy_officer.manage' },
      schema: {
        summary: '指定县级受限档案联系人（民政局账号）',
        tags,
        params: z.object({ countyCode }),
        body: z.object({ userId: z.uuid({ error: '人员编号无效' }) }),
        response: { 200: z.object({ countyCode: z.string(), userId: z.string() }) },
      },
    },
    async (request) =>
      setPrivacyOfficer(
        serviceContext(app, request),
        request.params.countyCode,
        request.body.userId,
        app.ctx.clock(),
      ),
  );
}
