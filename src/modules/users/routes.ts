// /api/v1/users — accounts for administrators: create, bind role and region, reset password, lock.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../server/auth.ts';
import { ROLES } from '../access/index.ts';
import { generatePassword } from '../auth/index.ts';
import { exportUsers, listUsersPage } from './search.ts';
import { userViewSchema } from './schemas.ts';
import { createUser, resetPassword, resetSecondFactor, setLocked, updateUser } from './service.ts';

const filterQuery = z.object({
  q: z.string().trim().max(50, { error: '最多50个字符' }).optional(),
  role: z.enum(ROLES, { error: '未知的角色' }).optional(),
  township: z.string().optional(),
  village: z.string().optional(),
  status: z.enum(['enabled', 'disabled'], { error: '应为 enabled 或 disabled' }).optional(),
  neverSignedIn: z
    .enum(['true', 'false'], { error: '应为 true 或 false' })
    .transform((v) => v === 'true')
    .optional(),
});
const pageQuery = filterQuery.extend({
  page: z.coerce.number().int().min(1, { error: '页码应从1开始' }).optional(),
  pageSize: z.coerce.number().int().min(1).max(200, { error: '每页最多200条' }).optional(),
});
const idParams = z.object({ id: z.uuid({ error: '账号编号无效' }) });

export async function userRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.ctx.database.db;
  const now = () => app.ctx.clock();

  r.get(
    '/api/v1/users',
    {
      config: { permission: 'user.read' },
      schema: {
        summary:
          '账号列表：按姓名、用户名、电话搜索，按角色、乡镇、村、状态、是否从未登录筛选（不给页码时返回全部）',
        tags: ['users'],
        querystring: pageQuery,
        response: {
          200: z.object({
            items: z.array(userViewSchema),
            total: z.number(),
            page: z.number(),
            pageSize: z.number(),
          }),
        },
      },
    },
    async (request) => listUsersPage(db, actorOf(request), request.query, now()),
  );

  r.get(
    '/api/v1/users/export.xlsx',
    {
      config: { permission: 'user.read' },
      schema: {
        summary: '按当前筛选条件导出账号（XLSX；电话打码，不含密码；导出记录在案）',
        tags: ['users'],
        querystring: filterQuery,
      },
    },
    async (request, reply) => {
      const { buffer } = await exportUsers(db, actorOf(request), request.query, now());
      const day = new Date(now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="accounts-${day}.xlsx"; filename*=UTF-8''${encodeURIComponent(`账号-${day}.xlsx`)}`,
        )
        .header('cache-control', 'no-store')
        .send(buffer);
    },
  );

  r.post(
    '/api/v1/users',
    {
      config: { permission: 'user.manage' },
      schema: {
        summary: '新建账号（不给密码时生成一个，仅返回一次）',
        tags: ['users'],
        body: z.object({
          username: z.string().trim(),
          displayName: z.string().trim().min(1, { error: '请填写姓名' }),
          role: z.enum(ROLES, { error: '未知的角色' }),
          regionCode: z.string(),
          phone: z.string().trim().max(30).nullish(),
          password: z.string().optional(),
          departmentId: z.string({ error: '所属部门应为部门编号' }).nullish(),
        }),
        response: { 201: z.object({ user: userViewSchema, password: z.string().nullable() }) },
      },
    },
    async (request, reply) => {
      const generated = request.body.password ? null : generatePassword();
      const user = await createUser(
        db,
        actorOf(request),
        {
          ...request.body,
          password: request.body.password ?? (generated as string),
          mustChangePassword: true,
        },
        now(),
      );
      return reply.code(201).send({ user, password: generated });
    },
  );

  r.patch(
    '/api/v1/users/:id',
    {
      config: { permission: 'user.update' },
      schema: {
        summary: '修改账号（角色、区划、姓名、电话、停用）',
        tags: ['users'],
        params: idParams,
        body: z.object({
          displayName: z.string().trim().optional(),
          role: z.enum(ROLES, { error: '未知的角色' }).optional(),
          regionCode: z.string().optional(),
          phone: z.string().trim().max(30).nullable().optional(),
          disabled: z.boolean().optional(),
          departmentId: z.string({ error: '所属部门应为部门编号' }).nullable().optional(),
        }),
        response: { 200: userViewSchema },
      },
    },
    async (request) => updateUser(db, actorOf(request), request.params.id, request.body, now()),
  );

  r.post(
    '/api/v1/users/:id/reset-password',
    {
      config: { permission: 'user.manage' },
      schema: {
        summary: '重置密码（不给密码时生成一个，仅返回一次）',
        tags: ['users'],
        params: idParams,
        // No body at all is the usual call (generate one); Fastify hands that over as null.
        body: z.object({ password: z.string().optional() }).nullish(),
        response: { 200: z.object({ password: z.string().nullable() }) },
      },
    },
    async (request) => {
      const given = request.body?.password;
      const generated = given ? null : generatePassword();
      await resetPassword(db, actorOf(request), request.params.id, given || (generated as string));
      return { password: generated };
    },
  );

  r.post(
    '/api/v1/users/:id/second-factor/reset',
    {
      config: { permission: 'user.second_factor.reset' },
      schema: {
        summary: '重置两步验证（本人手机丢失时；其登录随之退出，须重新绑定）',
        tags: ['users'],
        params: idParams,
        response: { 200: userViewSchema },
      },
    },
    async (request) => resetSecondFactor(db, actorOf(request), request.params.id, now()),
  );

  for (const [path, locked] of [
    ['lock', true],
    ['unlock', false],
  ] as const)
    r.post(
      `/api/v1/users/:id/${path}`,
      {
        config: { permission: locked ? 'user.manage' : 'user.unlock' },
        schema: {
          summary: locked ? '锁定账号' : '解锁账号（安全管理员）',
          tags: ['users'],
          params: idParams,
          response: { 200: userViewSchema },
        },
      },
      async (request) => setLocked(db, actorOf(request), request.params.id, locked, now()),
    );
}
