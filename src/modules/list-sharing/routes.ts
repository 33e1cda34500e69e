// /api/v1/list-shares — the red/yellow/blue lists shared with 团委、妇联、残联 (普宁 §四(三)).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LEVELS } from '../../domain/codes.ts';
import { DEPARTMENT_KINDS } from '../../domain/department-kinds.ts';
import { countyCode, regionCode } from '../../shared/zod-fields.ts';
import { isoDate } from '../../shared/zod-fields.ts';
import { timedContext } from '../../server/context.ts';
import { createShare, currentShares, dueShares, getShare, listShares, revokeShare } from './service.ts';

const departmentKind = z.enum(DEPARTMENT_KINDS);
const recipient = z.object({ id: z.string(), name: z.string(), kind: departmentKind, kindName: z.string() });

const shareSummary = z.object({
  id: z.string(),
  countyCode: z.string(),
  policy: z.string(),
  sharedOn: z.string(),
  sharedAt: z.string(),
  sharedByName: z.string(),
  levels: z.array(z.enum(LEVELS)),
  fields: z.array(z.string()),
  validUntil: z.string(),
  childCount: z.number(),
  note: z.string().nullable(),
  revoked: z.boolean(),
  revokeReason: z.string().nullable(),
  expired: z.boolean(),
  recipients: z.array(recipient),
});

const dueEntry = z.object({
  kind: departmentKind,
  kindName: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  missing: z.boolean(),
  lastSharedOn: z.string().nullable(),
  nextDueOn: z.string().nullable(),
  due: z.boolean(),
  overdueDays: z.number(),
  dueSoon: z.boolean(),
});

const shareParams = z.object({ id: z.uuid({ error: '名单通报编号无效' }) });

export async function listShareRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['list-shares'];

  r.post(
    '/api/v1/list-shares',
    {
      config: { permission: 'list_share.manage' },
      schema: {
        summary: '通报红、黄、蓝色儿童名单（默认按政策通报团委、妇联、残联；不含身份证号码）',
        tags,
        body: z.object({
          countyCode,
          recipientIds: z
            .array(z.uuid({ error: '部门编号无效' }))
            .min(1)
            .max(20)
            .nullish(),
          note: z.string().trim().max(2000).nullish(),
        }),
        response: { 201: shareSummary.extend({ missingRecipientKinds: z.array(z.string()) }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createShare(timedContext(app, request), request.body)),
  );

  r.get(
    '/api/v1/list-shares',
    {
      config: { permission: 'list_share.manage' },
      schema: {
        summary: '名单通报记录（最新的在前）',
        tags,
        querystring: z.object({
          county: z
            .string()
            .regex(/^\d{6}$/)
            .optional(),
        }),
        response: { 200: z.object({ items: z.array(shareSummary) }) },
      },
    },
    async (request) => listShares(timedContext(app, request), request.query),
  );

  r.get(
    '/api/v1/list-shares/due',
    {
      config: { permission: 'list_share.manage' },
      schema: {
        summary: '各县下次名单通报的到期日（按政策的通报周期和接收部门）',
        tags,
        querystring: z.object({
          asOf: isoDate.optional(),
          region: regionCode.optional(),
          withinDays: z.coerce.number().int().min(0).max(366).optional(),
        }),
        response: {
          200: z.object({
            asOf: z.string(),
            withinDays: z.number(),
            counties: z.array(
              z.object({
                countyCode: z.string(),
                countyName: z.string().nullable(),
                policy: z.string(),
                required: z.boolean(),
                every: z.string(),
                levels: z.array(z.enum(LEVELS)),
                text: z.string().nullable(),
                source: z.string().nullable(),
                nextDueOn: z.string().nullable(),
                due: z.boolean(),
                dueSoon: z.boolean(),
                recipients: z.array(dueEntry),
              }),
            ),
          }),
        },
      },
    },
    async (request) => dueShares(timedContext(app, request), request.query),
  );

  r.get(
    '/api/v1/list-shares/current',
    {
      config: { permission: 'list_share.read' },
      schema: {
        summary: '本部门当前有效的名单通报（只读）',
        tags,
        response: { 200: z.object({ items: z.array(shareSummary) }) },
      },
    },
    async (request) => currentShares(timedContext(app, request)),
  );

  r.get(
    '/api/v1/list-shares/:id',
    {
      config: { permission: 'list_share.read' },
      schema: {
        summary: '名单通报内容（部门只能查看发给本部门且仍有效的）',
        tags,
        params: shareParams,
        querystring: z.object({
          page: z.coerce.number().int().min(1).optional(),
          pageSize: z.coerce.number().int().min(1).max(1000).optional(),
        }),
        response: {
          200: shareSummary.extend({
            page: z.number(),
            pageSize: z.number(),
            items: z.array(
              z.object({
                name: z.string(),
                gender: z.enum(['male', 'female']).nullable(),
                age: z.number(),
                villageCode: z.string(),
                villageName: z.string().nullable(),
                level: z.enum(LEVELS),
                helpNeeded: z.array(z.string()),
              }),
            ),
          }),
        },
      },
    },
    async (request) =>
      getShare(timedContext(app, request), request.params.id, {
        page: request.query.page ?? 1,
        pageSize: request.query.pageSize ?? 200,
      }),
  );

  r.post(
    '/api/v1/list-shares/:id/revoke',
    {
      config: { permission: 'list_share.manage' },
      schema: {
        summary: '撤回名单通报（接收部门即不可再查看）',
        tags,
        params: shareParams,
        body: z.object({ reason: z.string().trim().min(1, { error: '请写明撤回理由' }).max(2000) }),
        response: { 200: shareSummary },
      },
    },
    async (request) => revokeShare(timedContext(app, request), request.params.id, request.body),
  );
}
