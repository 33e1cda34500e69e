// Cross-site requests (issue 15.7). A state-changing request whose Origin (or, lacking it, Referer) is not the
// app's own is refused with 403 before its body is read, whatever cookie it carries: SameSite alone is not
// the only guard. "The app's own" is the origin the request was addressed to (scheme and Host, as a trusted
// proxy forwards them), plus TONGHU_ALLOWED_ORIGINS. A request with neither header (the CLI, curl, scripts)
// is not a browser's cross-site request and passes, and so does a bearer request without cookies (api-clients).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isCookielessBearer } from '../shared/http/bearer-header.ts';
import { AppError } from '../shared/errors.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** The origin a state-changing request claims to come from, or undefined when it names none. */
function claimedOrigin(request: FastifyRequest): string | null | undefined {
  const origin = request.headers.origin;
  // "null" (a sandboxed frame, a redirect across sites) is a claim, and never our own.
  if (origin !== undefined) return originOf(origin);
  const referer = request.headers.referer;
  if (referer !== undefined) return originOf(referer);
  return undefined;
}

async function originCheckPlugin(app: FastifyInstance, options: { allowedOrigins: string[] }): Promise<void> {
  const allowed = new Set(options.allowedOrigins);
  app.addHook('onRequest', async (request) => {
    if (!STATE_CHANGING.has(request.method)) return;
    // A system calling with its token and no cookie carries no ambient credential a foreign page could
    // borrow (a browser sends no Authorization header across sites unasked). With a cookie, the check applies.
    if (isCookielessBearer(request)) return;
    const claimed = claimedOrigin(request);
    if (claimed === undefined) return;
    const own = originOf(`${request.protocol}://${request.host}`);
    if (claimed !== null && (claimed === own || allowed.has(claimed))) return;
    // For the operator: behind an HTTPS proxy without TONGHU_TRUST_PROXY every form would end here.
    request.log.warn(
      { origin: claimed, own },
      'cross-site request refused (behind a proxy? TONGHU_TRUST_PROXY)',
    );
    throw new AppError('forbidden', '请求来源不是本系统，已拒绝（跨站请求）', { reason: 'cross_site' });
  });
}

export const originCheck = fp(originCheckPlugin, { name: 'tonghu-origin-check' });
