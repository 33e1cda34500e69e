// Who is calling, and may they call this route. The session cookie names a user; the route's declared
// permission decides: 'public' for anyone, 'authenticated' for any signed-in user, else a permission of
// modules/access/permissions.ts. No session → 401; a role without the permission → 403. A department's system
// calls with `Authorization: Bearer` instead (modules/api-clients): its scopes, not a role, decide.
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../modules/access/actor.ts';
import { todayInChina } from '../domain/dates.ts';
import { actorCan } from '../modules/access/actor.ts';
import { resolveBearer } from '../modules/api-clients/bearer.ts';
import { readCookie } from '../modules/auth/cookies.ts';
import { bearerSecret } from '../shared/http/bearer-header.ts';
import { SESSION_COOKIE } from '../shared/http/session-token.ts';
import { hasSecondFactor, secondFactorRequiredFor } from '../modules/auth/second-factor.ts';
import { resolveSession } from '../modules/auth/sessions.ts';
import { AppError } from '../shared/errors.ts';
import type { Permission } from '../modules/access/permissions.ts';
import type { RoutePermission } from './permissions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** The signed-in account still has an issued or reset password (0037). */
    mustChangePassword: boolean;
    /** TONGHU_REQUIRE_2FA=1 and this account, which must have a second factor, has none yet (0061). */
    mustEnrolSecondFactor: boolean;
  }
  interface FastifyContextConfig {
    /** Open to an account that must still change its issued password: change-password and me. */
    beforePasswordChange?: boolean;
    /** Open to an account that must still enrol a second factor: enrolment, me, change-password. */
    beforeSecondFactor?: boolean;
  }
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', '请先登录');
  return request.actor;
}

async function authPlugin(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('actor', null);
  app.decorateRequest('mustChangePassword', false);
  app.decorateRequest('mustEnrolSecondFactor', false);

  app.addHook('onRequest', async (request) => {
    const bearer = bearerSecret(request);
    if (bearer !== undefined) {
      // A system's token and a person's session never combine: which of them would be acting?
      if (request.cookies[SESSION_COOKIE] || request.cookies[`__Host-${SESSION_COOKIE}`])
        throw new AppError('unauthenticated', '使用访问令牌的请求不能同时携带登录会话', {
          reason: 'mixed_credentials',
        });
      const now = app.ctx.clock();
      request.actor = await resolveBearer(app.ctx.database.db, bearer, now, todayInChina(now));
      return;
    }
    const token = readCookie(request, SESSION_COOKIE);
    if (!token) return;
    const user = await resolveSession(app.ctx.database.db, token, app.ctx.clock());
    if (user) {
      request.actor = { id: user.id, name: user.display_name, role: user.role, regionCode: user.region_code };
      request.mustChangePassword = user.must_change_password;
      request.mustEnrolSecondFactor =
        app.ctx.config.requireSecondFactor &&
        secondFactorRequiredFor(user.role) &&
        !(await hasSecondFactor(app.ctx.database.db, user.id));
    }
  });

  // Before the body is even read: an anonymous or unauthorised caller learns nothing from the shape of its
  // input, and an upload is refused before it is parsed. (Hooks of one kind run in the order added, so the
  // session above is known here.)
  app.addHook('onRequest', async (request) => {
    // No route matched: the not-found handler answers 404 for everyone.
    if (!request.routeOptions.url) return;
    const permission = request.routeOptions.config?.permission as RoutePermission | undefined;
    if (permission === undefined) throw new AppError('forbidden', '接口未声明权限');
    if (permission === 'public') return;
    if (!request.actor) throw new AppError('unauthenticated', '请先登录');
    if (request.mustChangePassword && !request.routeOptions.config?.beforePasswordChange)
      throw new AppError('password_change_required', '首次登录或密码被重置后须先修改密码');
    if (request.mustEnrolSecondFactor && !request.routeOptions.config?.beforeSecondFactor)
      throw new AppError('second_factor_required', '须先开启两步验证（绑定手机验证器）才能继续使用');
    // A system's token opens only what its scopes name, not everything open to any signed-in person (the
    // account's own pages, sign-out, password change).
    if (request.actor.client && !actorCan(request.actor, permission as Permission))
      throw new AppError('forbidden', '访问令牌的权限范围不包含此操作');
    if (permission === 'authenticated') return;
    if (!actorCan(request.actor, permission)) throw new AppError('forbidden', '当前角色无权进行此操作');
  });
}

export const auth = fp(authPlugin, { name: 'tonghu-auth' });
