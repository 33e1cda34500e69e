// The deployment's settings, from the environment (CONTRACT.md "Set-up and environment").
import { resolve } from 'node:path';
import { isRegionCode } from './domain/region-code.ts';
import { InputError } from './shared/errors.ts';

export interface Config {
  /** postgres://… — use that server; otherwise the embedded database. */
  databaseUrl: string | null;
  /** Where the embedded database keeps its files. */
  dataDir: string;
  /** The deployment's region (2, 4, 6 or 9 digits); null means not set, and regions load as they are used. */
  region: string | null;
  port: number;
  host: string;
  /**
   * TONGHU_TRUST_PROXY: which proxies' X-Forwarded-For/-Proto/-Host to believe (Fastify's trustProxy): unset or
   * "false" none, "true" any, a number the hops, else addresses or CIDR ranges separated by commas.
   */
  trustProxy: boolean | number | string;
  /** TONGHU_ALLOWED_ORIGINS: origins besides the app's own that may send state-changing requests. */
  allowedOrigins: string[];
  /** TONGHU_ANON_RATE_LIMIT: requests per minute per address from callers not signed in (default 600). */
  anonymousRateLimit: number;
  /** TONGHU_API_CLIENT_RATE_LIMIT: requests per minute per API client (a department's system; default 300). */
  apiClientRateLimit: number;
  /**
   * TONGHU_REQUIRE_2FA=1: administrators and county staff must enrol a second factor (TOTP) before they may do
   * anything but enrol, read their own account, change their password and sign out.
   */
  requireSecondFactor: boolean;
  /**
   * TONGHU_SESSION_CACHE (default 1): on PostgreSQL, each server process keeps sessions it has just read for a
   * few seconds, their ends announced by the database (src/modules/auth/session-cache.ts); 0 reads every
   * request's session from the database.
   */
  sessionCache: boolean;
  /**
   * TONGHU_PGLITE_SHARED_BUFFERS: the embedded database's buffer cache (PostgreSQL's shared_buffers, e.g. "256MB");
   * null keeps PostgreSQL's 128 MB. PGlite allocates and clears it at every start of a command or the service.
   */
  pgliteSharedBuffers: string | null;
}

/** A size as PostgreSQL writes it, from 1MB to 1GB: PGlite's memory is 32-bit, and with 2GB it does not start. */
function sharedBuffersOf(value: string | undefined): string | null {
  const v = value?.trim() ?? '';
  if (v === '') return null;
  const match = /^(\d+)(MB|GB)$/.exec(v);
  const mb = match ? Number(match[1]) * (match[2] === 'GB' ? 1024 : 1) : 0;
  if (mb < 1 || mb > 1024)
    throw new InputError(
      `TONGHU_PGLITE_SHARED_BUFFERS 应为 1MB 至 1GB 之间的大小，如 256MB，实际 "${value}"`,
      {
        field: 'TONGHU_PGLITE_SHARED_BUFFERS',
      },
    );
  return v;
}

function positiveOf(value: string | undefined, field: string, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InputError(`${field} 应为正整数，实际 "${value}"`, { field });
  return n;
}

function flagOf(value: string | undefined, field: string): boolean {
  const v = value?.trim().toLowerCase() ?? '';
  if (v === '' || v === '0' || v === 'false') return false;
  if (v === '1' || v === 'true') return true;
  throw new InputError(`${field} 应为 1 或 0，实际 "${value}"`, { field });
}

function trustProxyOf(value: string | undefined): boolean | number | string {
  const v = value?.trim() ?? '';
  if (v === '' || v === 'false' || v === '0') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

function originsOf(value: string | undefined): string[] {
  const origins = (value ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      // reported below
    }
    if (!parsed || parsed.origin !== origin)
      throw new InputError(
        `TONGHU_ALLOWED_ORIGINS 中的 "${origin}" 不是来源（形如 https://example.cn:8443）`,
        {
          field: 'TONGHU_ALLOWED_ORIGINS',
        },
      );
  }
  return origins;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const region = env.TONGHU_REGION?.trim() || null;
  if (region !== null && !(isRegionCode(region) && region.length < 12))
    throw new InputError(`TONGHU_REGION 应为2、4、6或9位统计用区划代码，实际 "${region}"`, {
      field: 'TONGHU_REGION',
    });
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InputError(`PORT 无效："${env.PORT}"`, { field: 'PORT' });
  return {
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir: resolve(env.TONGHU_DATA_DIR?.trim() || './data'),
    region,
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    trustProxy: trustProxyOf(env.TONGHU_TRUST_PROXY),
    allowedOrigins: originsOf(env.TONGHU_ALLOWED_ORIGINS),
    anonymousRateLimit: positiveOf(env.TONGHU_ANON_RATE_LIMIT, 'TONGHU_ANON_RATE_LIMIT', 600),
    apiClientRateLimit: positiveOf(env.TONGHU_API_CLIENT_RATE_LIMIT, 'TONGHU_API_CLIENT_RATE_LIMIT', 300),
    requireSecondFactor: flagOf(env.TONGHU_REQUIRE_2FA, 'TONGHU_REQUIRE_2FA'),
    sessionCache:
      !env.TONGHU_SESSION_CACHE?.trim() || flagOf(env.TONGHU_SESSION_CACHE, 'TONGHU_SESSION_CACHE'),
    pgliteSharedBuffers: sharedBuffersOf(env.TONGHU_PGLITE_SHARED_BUFFERS),
  };
}
