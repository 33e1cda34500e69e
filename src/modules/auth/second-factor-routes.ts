// 两步验证 for the signed-in person: see its state, enrol (QR code, then a code to confirm; ten recovery codes
// shown once) and disable it (password and a code). The enrolment routes answer before the factor exists, so a
// person whom TONGHU_REQUIRE_2FA=1 holds back can enrol.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../server/auth.ts';
import { AppError } from '../../shared/errors.ts';
import { auditAuth } from '../audit/index.ts';
import { attemptKeys, claimAttempt, release } from './login-throttle.ts';
import { PASSWORD_MAX, verifyPassword } from './passwords.ts';
import {
  beginEnrolment,
  checkSecondFactor,
  confirmEnrolment,
  removeSecondFactor,
  secondFactorRequiredFor,
  secondFactorStatus,
} from './second-factor.ts';

const BODY_LIMIT = 16 * 1024;

const status = z.object({
  enabled: z.boolean(),
  enabledAt: z.string().nullable(),
  recoveryCodesLeft: z.number(),
  /** Whether this deployment requires it of this person (TONGHU_REQUIRE_2FA=1). */
  required: z.boolean(),
});

const code = z
  .string({ error: '请输入验证码' })
  .trim()
  .min(1, { error: '请输入验证码' })
  .max(32, { error: '验证码不能超过32个字符' });

export async function secondFactorRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.ctx.database.db;
  const open = { permission: 'authenticated', beforeSecondFactor: true } as const;

  async function me(request: Parameters<typeof actorOf>[0]) {
    const actor = actorOf(request);
    // A department's system (a bearer token) has no person behind it to carry a phone.
    if (!actor.id || actor.client) throw new AppError('forbidden', '访问令牌不能设置两步验证');
    const user = await db
      .selectFrom('app_user')
      .select(['id', 'username', 'password_hash', 'display_name', 'role', 'region_code'])
      .where('id', '=', actor.id)
      .executeTakeFirstOrThrow();
    return user;
  }

  r.get(
    '/api/v1/auth/second-factor',
    {
      config: open,
      schema: { summary: '本人的两步验证状态', tags: ['auth'], response: { 200: status } },
    },
    async (request) => {
      const user = await me(request);
      return {
        ...(await secondFactorStatus(db, user.id)),
        required: app.ctx.config.requireSecondFactor && secondFactorRequiredFor(user.role),
      };
    },
  );

  r.post(
    '/api/v1/auth/second-factor/enrolment',
    {
      config: open,
      bodyLimit: BODY_LIMIT,
      schema: {
        summary: '开始绑定两步验证：生成密钥和二维码（确认前不生效；再次调用换一个密钥）',
        tags: ['auth'],
        response: {
          200: z.object({ secret: z.string(), otpauthUri: z.string(), qrDataUrl: z.string() }),
        },
      },
    },
    async (request) => beginEnrolment(db, await me(request), app.ctx.clock()),
  );

  r.post(
    '/api/v1/auth/second-factor/enrolment/confirm',
    {
      config: open,
      bodyLimit: BODY_LIMIT,
      schema: {
        summary: '以验证器上的6位数字确认绑定；返回10个一次性恢复码（仅此一次显示）',
        tags: ['auth'],
        body: z.object({ code }),
        response: { 200: z.object({ recoveryCodes: z.array(z.string()) }) },
      },
    },
    async (request) => {
      const user = await me(request);
      try {
        const result = await confirmEnrolment(db, user.id, request.body.code, app.ctx.clock());
        await auditAuth(request, 'auth.second_factor_enrolled');
        return result;
      } catch (e) {
        if (e instanceof AppError && e.code === 'bad_input')
          await auditAuth(request, 'auth.second_factor_failed', { step: 'enrolment' });
        throw e;
      }
    },
  );

  r.post(
    '/api/v1/auth/second-factor/disable',
    {
      config: { permission: 'authenticated' },
      bodyLimit: BODY_LIMIT,
      schema: {
        summary: '停用本人的两步验证（须输入密码和验证码；错误计入登录失败次数）',
        tags: ['auth'],
        body: z.object({
          password: z
            .string()
            .min(1, { error: '请输入密码' })
            .max(PASSWORD_MAX, { error: `密码不能超过${PASSWORD_MAX}个字符` }),
          code,
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const user = await me(request);
      const now = app.ctx.clock();
      // A stolen session must not become a way to guess the password or the code: each wrong try counts in
      // the sign-in windows.
      const claim = await claimAttempt(db, attemptKeys(user.username, request.ip, null), now);
      if (!(await verifyPassword(user.password_hash, request.body.password)))
        throw new AppError('bad_input', '密码错误', { field: 'password' });
      const check = await checkSecondFactor(db, user.id, request.body.code, now);
      if (!check.ok) {
        await auditAuth(request, 'auth.second_factor_failed', { step: 'disable' });
        throw new AppError('bad_input', '验证码错误或已使用过', { field: 'code' });
      }
      await release(db, claim);
      if (!(await removeSecondFactor(db, user.id))) throw new AppError('conflict', '尚未开启两步验证');
      await auditAuth(request, 'auth.second_factor_disabled', {
        with: check.method === 'recovery' ? 'recovery_code' : 'totp',
      });
      return reply.code(204).send(null);
    },
  );
}
