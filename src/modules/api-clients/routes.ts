// /api/v1/api-clients — the county's tokens for its departments' systems (issue 22 pt 4). The secret is in
// the answer to the POST and nowhere else, ever.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayInChina } from '../../domain/dates.ts';
import { actorOf } from '../../server/auth.ts';
import { isoDate } from '../../shared/zod-fields.ts';
import { clientSchema, scope } from './schemas.ts';
import {
  createApiClient,
  getApiClient,
  listApiClients,
  revokeApiClient,
  type ApiClientContext,
} from './service.ts';

const createBody = z.object({
  name: z.string({ error: '请填写名称' }).max(60, { error: '名称最多60个字' }),
  departmentId: z.uuid({ error: '部门编号无效' }),
  scopes: z.array(scope, { error: '请选择权限范围' }).min(1, { error: '请至少选择一项权限范围' }).max(3),
  expiresOn: isoDate,
});

const params = z.object({ id: z.uuid({ error: '接口客户端编号无效' }) });

export async function apiClientRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['api-clients'];
  const context = (request: Parameters<typeof actorOf>[0]): ApiClientContext => ({
    db: app.ctx.database.db,
    actor: actorOf(request),
    today: todayInChina(app.ctx.clock()),
  });

  r.get(
    '/api/v1/api-clients',
    {
      config: { permission: 'api_client.manage' },
      schema: {
        summary: '本县的接口客户端（部门系统的访问令牌；不含密钥）',
        tags,
        response: { 200: z.object({ items: z.array(clientSchema) }) },
      },
    },
    async (request) => listApiClients(context(request)),
  );

  r.post(
    '/api/v1/api-clients',
    {
      config: { permission: 'api_client.manage' },
      schema: {
        summary: '为本县部门创建接口客户端；密钥只在此次应答中出现一次，系统只保存其摘要',
        tags,
        body: createBody,
        response: {
          201: z.object({
            client: clientSchema,
            secret: z.string().describe('访问令牌（thk_ 开头），请立即妥善保存，之后无法再次查看'),
          }),
        },
      },
    },
    async (request, reply) => reply.code(201).send(await createApiClient(context(request), request.body)),
  );

  r.get(
    '/api/v1/api-clients/:id',
    {
      config: { permission: 'api_client.manage' },
      schema: { summary: '一个接口客户端', tags, params, response: { 200: clientSchema } },
    },
    async (request) => getApiClient(context(request), request.params.id),
  );

  r.post(
    '/api/v1/api-clients/:id/revoke',
    {
      config: { permission: 'api_client.manage' },
      schema: {
        summary: '吊销接口客户端：其令牌立即失效',
        tags,
        params,
        response: { 200: clientSchema },
      },
    },
    async (request) => revokeApiClient(context(request), request.params.id),
  );
}
