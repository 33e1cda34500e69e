// Who is calling, and may they call this route. The session cookie names a user; the route's declared
// permission decides: 'public' for anyone, 'authenticated' for any signed-in user, else a permission of
// modules/access/permissions.ts. No session → 401; a role without the permission → 403.
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../modules/access/actor.ts';
import { can } from '../modules/access/permissions.ts';
import { SESSION_COOKIE, resolveSession } from '../modules/auth/sessions.ts';
import { AppError } from '../shared/errors.ts';
import type { RoutePermission } from './permissions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', '请先登录');
  return request.actor;
}

async function authPlugin(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('actor', null);

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const user = await resolveSession(app.ctx.database.db, token, app.ctx.clock());
    if (user)
      request.actor = { id: user.id, name: user.display_name, role: user.role, regionCode: user.region_code };
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
    if (permission === 'authenticated') return;
    if (!can(request.actor.role, permission)) throw new AppError('forbidden', '当前角色无权进行此操作');
  });
}

export const auth = fp(authPlugin, { name: 'tonghu-auth' });
