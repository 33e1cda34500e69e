// Sign-in events in the trail (issue 15.5): auth.login, auth.login_failed (with the reason), auth.logout,
// auth.password_changed and auth.session_expired (and auth.second_factor_failed for a wrong code at sign-in).
// Login, logout and password change are recorded by one hook
// on their routes' answers, so that whatever refused a sign-in — a wrong password, a lock, a throttle in front
// of the handler, a body too large — is recorded with the same reason; other events (second factor, …) call
// auditAuth at one line each.
import { badStringPath } from '../../server/string-guard.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor, Role } from '../access/index.ts';
import { recordAudit } from './audit.ts';
import { currentAuditContext } from './context.ts';
import { filtersForAudit } from './search-key.ts';
// The request's actor and the app's context (declared by the server's modules).
import type {} from '../../server/app.ts';
import type {} from '../../server/auth.ts';

export type AuthAction =
  | 'auth.login'
  | 'auth.login_failed'
  | 'auth.logout'
  | 'auth.password_changed'
  | 'auth.session_expired'
  | `auth.${string}`;

interface UserRow {
  id: string;
  display_name: string;
  role: Role;
  region_code: string;
}

function actorOfUser(user: UserRow): Actor {
  return { id: user.id, name: user.display_name, role: user.role, regionCode: user.region_code };
}

const ANONYMOUS: Actor = { id: null, name: '未登录用户', role: 'system', regionCode: '' };

/**
 * One auth event: by the signed-in actor of the request, or by `user` when given (a sign-in, an expired
 * session), or anonymous. `details` must hold no password or token.
 */
export async function auditAuth(
  request: FastifyRequest | null,
  action: AuthAction,
  details: Record<string, unknown> = {},
  options: { db?: Kysely<DB>; user?: UserRow | null } = {},
): Promise<void> {
  const db = options.db ?? request?.server.ctx.database.db;
  if (!db) return;
  const actor = options.user ? actorOfUser(options.user) : (request?.actor ?? ANONYMOUS);
  await recordAudit(db, actor, {
    action,
    entity: 'user',
    entityId: actor.id,
    regionCode: actor.regionCode || null,
    detail: details,
  });
}

/** A session ended by the idle or absolute timeout, or because the account was disabled (sessions.ts). */
export async function auditSessionExpired(
  db: Kysely<DB>,
  user: UserRow,
  reason: 'idle' | 'absolute' | 'disabled',
): Promise<void> {
  await auditAuth(currentAuditContext()?.request ?? null, 'auth.session_expired', { reason }, { db, user });
}

async function findUser(
  db: Kysely<DB>,
  username: unknown,
): Promise<(UserRow & { disabled: boolean }) | null> {
  if (typeof username !== 'string' || !username.trim() || username.length > 256) return null;
  const row = await db
    .selectFrom('app_user')
    .select(['id', 'display_name', 'role', 'region_code', 'disabled'])
    .where('username', '=', username.trim())
    .executeTakeFirst();
  return row ?? null;
}

function errorCode(payload: unknown): string | null {
  if (typeof payload !== 'string' || !payload.startsWith('{')) return null;
  try {
    const code = (JSON.parse(payload) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code : null;
  } catch {
    return null;
  }
}

function sessionSet(reply: { getHeader(name: string): unknown }): string | null {
  const header = reply.getHeader('set-cookie');
  const lines = Array.isArray(header) ? header : header ? [String(header)] : [];
  for (const line of lines) {
    const match = /^(?:__Host-)?tonghu_session=([^;]+)/.exec(String(line));
    if (match?.[1]) return decodeURIComponent(match[1]);
  }
  return null;
}

/** Why a sign-in was refused, from the answer given. */
async function failureReason(
  status: number,
  code: string | null,
  user: { disabled: boolean } | null,
): Promise<string> {
  if (code === 'second_factor_invalid') return 'wrong_second_factor';
  if (status === 401) return user ? 'bad_password' : 'unknown_user';
  if (status === 423) return user?.disabled ? 'disabled' : 'locked';
  if (status === 429) return 'throttled';
  if (status === 413) return 'too_large';
  if (status === 400) return 'bad_input';
  if (code === 'password_change_required') return code;
  return code ?? `status_${status}`;
}

async function authEventsPlugin(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'POST') return payload;
    const url = request.routeOptions.url;
    const status = reply.statusCode;
    if (url === '/api/v1/auth/login') {
      const sent = (request.body as { username?: unknown } | undefined)?.username;
      // A name holding NUL or half a surrogate pair was refused at the door (string-guard.ts); PostgreSQL
      // cannot store it either, so the failure is recorded without it rather than failing in turn.
      const username = typeof sent === 'string' && badStringPath(sent, '') !== null ? null : sent;
      const user = await findUser(db, username);
      const shownName = typeof username === 'string' ? username.trim().slice(0, 64) : null;
      const named = await filtersForAudit(db, { username: shownName });
      if (status === 200) {
        const token = sessionSet(reply);
        // A sign-in waiting for a second factor has no session yet: that step records itself.
        if (!token || !user) return payload;
        const context = currentAuditContext();
        if (context) context.newSessionToken = token;
        await auditAuth(request, 'auth.login', named, { user });
      } else {
        const reason = await failureReason(status, errorCode(payload), user);
        await auditAuth(request, 'auth.login_failed', { ...named, reason }, { user });
        if (reason === 'wrong_second_factor')
          await auditAuth(request, 'auth.second_factor_failed', { step: 'login' }, { user });
      }
    } else if (url === '/api/v1/auth/logout') {
      if (request.actor && status < 300) await auditAuth(request, 'auth.logout');
    } else if (url === '/api/v1/auth/password') {
      if (request.actor && status < 300) await auditAuth(request, 'auth.password_changed');
    }
    return payload;
  });
}

/** Registered at the root, so that it sees the answers of the auth routes whatever plugin declares them. */
export const authEvents = fp(authEventsPlugin, { name: 'tonghu-audit-auth-events' });
