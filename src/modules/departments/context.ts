// What this part's services take: the register's ServiceContext plus the clock's instant, because the
// police report, referral steps and shares record when (not only which day) they happened.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { serviceContext } from '../../server/context.ts';
import type { ServiceContext } from '../../shared/service-context.ts';

export interface TimedContext extends ServiceContext {
  now: Date;
}

export function timedContext(app: FastifyInstance, request: FastifyRequest): TimedContext {
  return { ...serviceContext(app, request), now: app.ctx.clock() };
}
