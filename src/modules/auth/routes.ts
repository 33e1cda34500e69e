// POST /api/v1/auth/login, POST /api/v1/auth/logout, GET /api/v1/auth/me; the second factor's routes beside
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../server/auth.ts';
import { can, PERMISSIONS, type Permission, ROLES, ROLE_NAMES, type Role } from '../access/index.ts';
import { changeOwnPassword } from './change-password.ts';
import {
  DEVICE_COOKIE,
  DEVICE_MAX_MS,
  SESSION_COOKIE,
  cookieName,
  cookieOptions,
  readCookie,
} from './cookies.ts';
import { signIn } from './login.ts';
import { PASSWORD_MAX } from './passwords.ts';
import { hasSecondFactor, secondFactorRequiredFor } from './second-factor.ts';
import { secondFactorRoutes } from './second-factor-routes.ts';
import { SESSION_MAX_MS, endSession } from './sessions.ts';
import { auditAuth } from '../audit/index.ts';

/** The sign-in routes take no more than this: the body of an anonymous request is refused before it is read. */
export const AUTH_BODY_LIMIT = 16 * 1024;

const me = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleName: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  permissions: z.array(z.string()),
  /** An issued or reset password: every route but change-password, me and logout answers 403 until changed. */
  mustChangePassword: z.boolean(),
  /** The account has a second factor (TOTP) in force. */
  secondFactorEnabled: z.boolean(),
  /** TONGHU_REQUIRE_2FA=1 and none yet: every route but enrolment, me, change-password and logout answers 403. */
  mustEnrolSecondFactor: z.boolean(),
  /** Signed in with a recovery code: how many are left. */
  recoveryCodesLeft: z.number().optional(),
});

const secondFactorNeeded = z.object({
  /** The password was right; send it again with `code` (the 6-digit code or a recovery code). */
  secondFactorRequired: z.literal(true),
});

function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.ctx.database.db;

  async function describe(userId: string, extra: { recoveryCodesLeft?: number } = {}) {
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
        'must_change_password',
      ])
      .where('app_user.id', '=', userId)
      .executeTakeFirstOrThrow();
    const enabled = await hasSecondFactor(db, userId);
    return {
      id: u.id,
      username: u.username,
      displayName: u.display_name,
      role: u.role,
      roleName: ROLE_NAMES[u.role],
      regionCode: u.region_code,
      regionName: u.region_name,
      permissions: permissionsOf(u.role),
      mustChangePassword: u.must_change_password,
      secondFactorEnabled: enabled,
      mustEnrolSecondFactor:
        app.ctx.config.requireSecondFactor && secondFactorRequiredFor(u.role) && !enabled,
      ...extra,
    };
  }

  r.post(
    '/api/v1/auth/login',
    {
      config: { permission: 'public' },
      bodyLimit: AUTH_BODY_LIMIT,
      schema: {
        summary: '登录（失败过多时 429 并给出 Retry-After）',
        tags: ['auth'],
        body: z.object({
          username: z
            .string()
            .trim()
            .min(1, { error: '请输入用户名' })
            .max(64, { error: '用户名不能超过64个字符' }),
          password: z
            .string()
            .min(1, { error: '请输入密码' })
            .max(PASSWORD_MAX, { error: `密码不能超过${PASSWORD_MAX}个字符` }),
          /** For an account with a second factor: the 6-digit code, or one of its recovery codes. */
          code: z.string().trim().max(32, { error: '验证码不能超过32个字符' }).optional(),
        }),
        response: { 200: z.union([me, secondFactorNeeded]) },
      },
    },
    async (request, reply) => {
      const result = await signIn(
        db,
        {
          username: request.body.username,
          password: request.body.password,
          code: request.body.code || null,
          address: request.ip,
          deviceToken: readCookie(request, DEVICE_COOKIE),
        },
        app.ctx.clock(),
      );
      if (result.secondFactorRequired) return result;
      const { token, user, deviceToken, recoveryCodesLeft } = result;
      reply.setCookie(cookieName(request, SESSION_COOKIE), token, cookieOptions(request, SESSION_MAX_MS));
      reply.setCookie(cookieName(request, DEVICE_COOKIE), deviceToken, cookieOptions(request, DEVICE_MAX_MS));
      if (recoveryCodesLeft !== undefined)
        await auditAuth(request, 'auth.recovery_code_used', { remaining: recoveryCodesLeft }, { user });
      return describe(user.id, recoveryCodesLeft === undefined ? {} : { recoveryCodesLeft });
    },
  );

  r.post(
    '/api/v1/auth/logout',
    {
      config: { permission: 'public' },
      bodyLimit: AUTH_BODY_LIMIT,
      schema: { summary: '退出登录', tags: ['auth'], response: { 204: z.null() } },
    },
    async (request, reply) => {
      const token = readCookie(request, SESSION_COOKIE);
      if (token) await endSession(db, token);
      const { maxAge: _, ...options } = cookieOptions(request, 0);
      reply.clearCookie(cookieName(request, SESSION_COOKIE), options);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/v1/auth/password',
    {
      config: { permission: 'authenticated', beforePasswordChange: true, beforeSecondFactor: true },
      bodyLimit: AUTH_BODY_LIMIT,
      schema: {
        summary: '修改本人密码（其他会话随之退出）',
        tags: ['auth'],
        body: z.object({
          currentPassword: z
            .string()
            .min(1, { error: '请输入当前密码' })
            .max(PASSWORD_MAX, { error: `密码不能超过${PASSWORD_MAX}个字符` }),
          newPassword: z.string().max(PASSWORD_MAX, { error: `密码不能超过${PASSWORD_MAX}个字符` }),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await changeOwnPassword(db, actorOf(request), {
        ...request.body,
        sessionToken: readCookie(request, SESSION_COOKIE) as string,
      });
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/v1/auth/me',
    {
      config: { permission: 'authenticated', beforePasswordChange: true, beforeSecondFactor: true },
      schema: { summary: '当前用户', tags: ['auth'], response: { 200: me } },
    },
    async (request) => describe(actorOf(request).id as string),
  );

  await secondFactorRoutes(app);
}
