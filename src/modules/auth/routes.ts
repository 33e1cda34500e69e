// POST /api/v1/auth/login, POST /api/v1/auth/logout, GET /api/v1/auth/me
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../server/auth.ts';
import { can, PERMISSIONS, type Permission } from '../access/permissions.ts';
import { ROLE_NAMES, type Role } from '../access/roles.ts';
import { changeOwnPassword } from './change-password.ts';
import { login } from './login.ts';
import { SESSION_COOKIE, SESSION_MAX_MS, endSession } from './sessions.ts';

const me = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  roleName: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  permissions: z.array(z.string()),
});

function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.ctx.database.db;
  const secure = process.env.TONGHU_SECURE_COOKIE === '1';

  async function describe(userId: string) {
    const u = await db
      .selectFrom('app_user')
      .leftJoin('region', 'region.code', 'app_user.region_code')
      .select([
        'app_user.id',
        'username',
        'display_name',
        'role',
        'region_code',
        'region.name as region_name',
      ])
      .where('app_user.id', '=', userId)
      .executeTakeFirstOrThrow();
    return {
      id: u.id,
      username: u.username,
      displayName: u.display_name,
      role: u.role,
      roleName: ROLE_NAMES[u.role],
      regionCode: u.region_code,
      regionName: u.region_name,
      permissions: permissionsOf(u.role),
    };
  }

  r.post(
    '/api/v1/auth/login',
    {
      config: { permission: 'public' },
      schema: {
        summary: '登录',
        tags: ['auth'],
        body: z.object({
          username: z.string().trim().min(1, { error: '请输入用户名' }),
          password: z.string().min(1, { error: '请输入密码' }),
        }),
        response: { 200: me },
      },
    },
    async (request, reply) => {
      const { token, user } = await login(db, request.body.username, request.body.password, app.ctx.clock());
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure,
        path: '/',
        maxAge: SESSION_MAX_MS / 1000,
      });
      return describe(user.id);
    },
  );

  r.post(
    '/api/v1/auth/logout',
    {
      config: { permission: 'public' },
      schema: { summary: '退出登录', tags: ['auth'], response: { 204: z.null() } },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await endSession(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/v1/auth/password',
    {
      config: { permission: 'authenticated' },
      schema: {
        summary: '修改本人密码（其他会话随之退出）',
        tags: ['auth'],
        body: z.object({
          currentPassword: z.string().min(1, { error: '请输入当前密码' }),
          newPassword: z.string(),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await changeOwnPassword(db, actorOf(request), {
        ...request.body,
        sessionToken: request.cookies[SESSION_COOKIE] as string,
      });
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/v1/auth/me',
    {
      config: { permission: 'authenticated' },
      schema: { summary: '当前用户', tags: ['auth'], response: { 200: me } },
    },
    async (request) => describe(actorOf(request).id as string),
  );
}
