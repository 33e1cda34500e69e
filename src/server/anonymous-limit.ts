// A limit on what anyone who has not signed in may ask of the API (issue 15.2): per client address, in
// memory (each process counts its own; the sign-in throttle that matters is in the database). Signed-in
// callers are not counted, nor the web app's own files (a township office behind one address opening the
// login page at nine would otherwise use it up). Runs after the session is known.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../shared/errors.ts';

function isApi(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

export interface AnonymousLimitOptions {
  /** Requests per address per minute. */
  max: number;
}

async function anonymousLimitPlugin(app: FastifyInstance, options: AnonymousLimitOptions): Promise<void> {
  await app.register(rateLimit, { global: false });
  app.addHook(
    'onRequest',
    app.rateLimit({
      max: options.max,
      timeWindow: 60_000,
      allowList: (request) => request.actor !== null || !isApi(request.url),
      errorResponseBuilder: (_request, context) =>
        new AppError('too_many_requests', `请求过于频繁，请${Math.ceil(context.ttl / 1000)}秒后再试`, {
          retryAfter: Math.ceil(context.ttl / 1000),
        }),
    }),
  );
}

export const anonymousLimit = fp(anonymousLimitPlugin, { name: 'tonghu-anonymous-limit' });
