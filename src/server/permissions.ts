// Every route declares the permission it needs in its config. A route without one stops the server from
// starting, so nothing is open by default (checked again by a test over every registered route).
import type { FastifyInstance, RouteOptions } from 'fastify';
import { isPermission, type Permission } from '../modules/access/permissions.ts';

/** Who may call a route. 'public' is for the few routes needed before logging in. */
export type RoutePermission = 'public' | 'authenticated' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RoutePermission;
  }
}

export class MissingPermissionError extends Error {
  constructor(route: string) {
    super(`route ${route} declares no permission (config.permission)`);
    this.name = 'MissingPermissionError';
  }
}

export interface DeclaredRoute {
  method: string;
  url: string;
  permission: RoutePermission;
  /** The route's schemas (zod: body, querystring, params …), for the tests that sweep every operation. */
  schema?: RouteOptions['schema'];
}

const declared = new WeakMap<FastifyInstance, DeclaredRoute[]>();

/** Every route registered on the app with the permission it declares, for the all-routes test. */
export function declaredRoutes(app: FastifyInstance): readonly DeclaredRoute[] {
  return declared.get(app) ?? [];
}

export function requirePermissionDeclarations(app: FastifyInstance): void {
  const routes: DeclaredRoute[] = [];
  declared.set(app, routes);
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.every((m) => m === 'HEAD' || m === 'OPTIONS')) return;
    const permission = (route.config as { permission?: RoutePermission } | undefined)?.permission;
    if (permission === undefined) throw new MissingPermissionError(`${methods.join(',')} ${route.url}`);
    if (permission !== 'public' && permission !== 'authenticated' && !isPermission(permission))
      throw new MissingPermissionError(
        `${methods.join(',')} ${route.url} (unknown permission ${String(permission)})`,
      );
    for (const method of methods)
      if (method !== 'HEAD' && method !== 'OPTIONS')
        routes.push({ method, url: route.url, permission, schema: route.schema });
  });
}
