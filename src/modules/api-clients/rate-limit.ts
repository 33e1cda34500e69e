// Each API client has its own budget of requests per minute (in memory, per process, like the anonymous
// limit): a runaway integration slows itself down, not the county's staff. People are not counted here.
// Its own counter rather than @fastify/rate-limit's: that plugin runs one limiter per request, and the
// anonymous limit is already it.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../shared/errors.ts';
import type {} from '../../server/app.ts';
import type {} from '../../server/auth.ts';

const WINDOW_MS = 60_000;

async function apiClientLimitPlugin(app: FastifyInstance, options: { max: number }): Promise<void> {
  const windows = new Map<string, { start: number; count: number }>();
  app.addHook('onRequest', async (request) => {
    const client = request.actor?.client;
    if (!client) return;
    const now = app.ctx.clock().getTime();
    // Forget finished windows now and then, so that the map holds only clients calling this minute.
    if (windows.size > 1000)
      for (const [id, w] of windows) if (now - w.start >= WINDOW_MS) windows.delete(id);
    let window = windows.get(client.id);
    if (!window || now - window.start >= WINDOW_MS || now < window.start) {
      window = { start: now, count: 0 };
      windows.set(client.id, window);
    }
    window.count++;
    if (window.count > options.max) {
      const retryAfter = Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000));
      throw new AppError('too_many_requests', `接口调用过于频繁，请${retryAfter}秒后再试`, { retryAfter });
    }
  });
}

export const apiClientLimit = fp(apiClientLimitPlugin, { name: 'tonghu-api-client-limit' });
