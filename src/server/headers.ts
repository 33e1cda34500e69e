// Response headers of issue 15.6. The web app is built by Vite with no inline script (checked by
// static.test.ts over web/dist), so the policy allows scripts from the app's own origin only; styles may be
// inline because antd writes its CSS-in-JS into <style> elements at run time. Frames of the app anywhere are
// refused (frame-ancestors, X-Frame-Options), no Referer leaves the app (its URLs hold child ids), and HSTS
// is sent only on a request that came over HTTPS (a plain-HTTP intranet deployment must not pin itself).
// Every API answer is Cache-Control: no-store: children's data must not stay in a browser's or proxy's cache.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

const HSTS = 'max-age=31536000; includeSubDomains';

async function headersPlugin(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    hsts: false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    // The app loads nothing from other origins; these would only get in the way of downloads.
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    if (request.url === '/api' || request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });
}

export const securityHeaders = fp(headersPlugin, { name: 'tonghu-security-headers' });
