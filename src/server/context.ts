// What a route hands to a service: the database, who is acting, today's date, the deployment's region.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { todayInChina } from '../domain/dates.ts';
import type { ServiceContext, TimedContext } from '../shared/service-context.ts';
import { actorOf } from './auth.ts';

export function serviceContext(app: FastifyInstance, request: FastifyRequest): ServiceContext {
  return {
    db: app.ctx.database.db,
    actor: actorOf(request),
    today: todayInChina(app.ctx.clock()),
    deploymentRegion: app.ctx.config.region,
  };
}

/** The service context plus the clock's instant (TimedContext). */
export function timedContext(app: FastifyInstance, request: FastifyRequest): TimedContext {
  return { ...serviceContext(app, request), now: app.ctx.clock() };
}
