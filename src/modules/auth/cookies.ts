// The cookies of signing in. Over HTTPS (the request's own protocol, or X-Forwarded-Proto from a trusted
// proxy: TONGHU_TRUST_PROXY) they are Secure and carry the __Host- prefix, which browsers accept only when
// Secure, host-only and for path "/": a subdomain or a plain-HTTP page cannot plant or overwrite them.
import type { CookieSerializeOptions } from '@fastify/cookie';

// The session cookie's name lives with the token's hash, which the audit trail needs too.
export { SESSION_COOKIE } from '../../shared/http/session-token.ts';
export const DEVICE_COOKIE = 'tonghu_device';

/** A browser that has signed in is remembered this long (login-throttle.ts: not slowed by others' failures). */
export const DEVICE_MAX_MS = 180 * 24 * 60 * 60 * 1000;

interface RequestLike {
  protocol: string;
  cookies: Record<string, string | undefined>;
}

export function isHttps(request: { protocol: string }): boolean {
  return request.protocol === 'https';
}

export function cookieName(request: { protocol: string }, base: string): string {
  return isHttps(request) ? `__Host-${base}` : base;
}

export function readCookie(request: RequestLike, base: string): string | undefined {
  return request.cookies[cookieName(request, base)] || undefined;
}

export function cookieOptions(request: { protocol: string }, maxAgeMs: number): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure: isHttps(request),
    path: '/',
    maxAge: Math.floor(maxAgeMs / 1000),
  };
}
