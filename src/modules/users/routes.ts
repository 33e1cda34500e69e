// /api/v1/users — accounts for administrators: create, bind role and region, reset password, lock.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../server/auth.ts';
import { ROLES } from '../access/roles.ts';
import { generatePassword } from '../auth/passwords.ts';
import { createUser, listUsers, resetPassword, setLocked, updateUser } from './service.ts';

const userView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleName: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  phone: z.string().nullable(),
  disabled: z.boolean(),
  locked: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  departmentId: z.string().nullable(),
});
const idParams = z.object({ id: z.uuid({ error: '账号编号无效' }) });

export async function userRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.ctx.database.db;
  const now = () => app.ctx.clock();

  r.get(
    '/api/v1/users',
    {
      config: { permission: 'user.manage' },
      schema: {
        summary: '账号列表',
        tags: ['users'],
        response: { 200: z.object({ items: z.array(userView) }) },
      },
    },
    async (request) => ({ items: await listUsers(db, actorOf(request), now()) }),
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
          role: z.enum(ROLES),
          regionCode: z.string(),
          phone: z.string().trim().max(30).nullish(),
          password: z.string().optional(),
          departmentId: z.string().nullish(),
        }),
        response: { 201: z.object({ user: userView, password: z.string().nullable() }) },
      },
    },
    async (request, reply) => {
      const generated = request.body.password ? null : generatePassword();
      const user = await createUser(
        db,
        actorOf(request),
        { ...request.body, password: request.body.password ?? (generated as string) },
        now(),
      );
      return reply.code(201).send({ user, password: generated });
    },
  );

  r.patch(
    '/api/v1/users/:id',
    {
      config: { permission: 'user.manage' },
      schema: {
        summary: '修改账号（角色、区划、姓名、电话、停用）',
        tags: ['users'],
        params: idParams,
        body: z.object({
          displayName: z.string().trim().optional(),
          role: z.enum(ROLES).optional(),
          regionCode: z.string().optional(),
          phone: z.string().trim().max(30).nullable().optional(),
          disabled: z.boolean().optional(),
          departmentId: z.string().nullable().optional(),
        }),
        response: { 200: userView },
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

  for (const [path, locked] of [
    ['lock', true],
    ['unlock', false],
  ] as const)
    r.post(
      `/api/v1/users/:id/${path}`,
      {
        config: { permission: 'user.manage' },
        schema: {
          summary: locked ? '锁定账号' : '解锁账号',
          tags: ['users'],
          params: idParams,
          response: { 200: userView },
        },
      },
      async (request) => setLocked(db, actorOf(request), request.params.id, locked, now()),
    );
}
