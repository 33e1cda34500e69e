// Server-side sessions behind an httpOnly cookie. Only a hash of the token is stored, so a copy of the
// database does not let anyone sign in. Sessions slide with use and end after a fixed maximum.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AppUserTable, DB } from '../../db/schema.ts';
import type { Selectable } from 'kysely';
import { auditSessionExpired } from '../audit/index.ts';
import { sessionCacheOf } from './session-cache.ts';
import { tokenHash } from '../../shared/http/session-token.ts';

export { tokenHash } from '../../shared/http/session-token.ts';
/** Signed out after this long without a request. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** Signed out after this long whatever happens. */
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/**
 * A session's expiry slides at most once in this long: every request still reads the session (a sign-out,
 * a disabled account or an ended session takes effect at once), but a burst of requests writes it once
 * rather than once each. The idle timeout is therefore kept to within this much.
 */
export const SESSION_TOUCH_MS = 60 * 1000;

export async function createSession(db: Kysely<DB>, userId: string, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('user_session')
    .values({
      token_hash: tokenHash(token),
      user_id: userId,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + SESSION_IDLE_MS),
    })
    .execute();
  return token;
}

export type SessionUser = Selectable<AppUserTable>;

type SessionRow = SessionUser & {
  session_created_at: Date;
  session_expires_at: Date;
  session_last_seen_at: Date;
};

/** Why the session has ended at `now` (the account disabled, 12 hours, 2 idle hours), or null while it lives. */
function endedBy(row: SessionRow, now: Date): 'disabled' | 'absolute' | 'idle' | null {
  if (row.disabled) return 'disabled';
  if (now.getTime() - new Date(row.session_created_at).getTime() >= SESSION_MAX_MS) return 'absolute';
  if (new Date(row.session_expires_at).getTime() <= now.getTime()) return 'idle';
  return null;
}

/** Its expiry is due to slide forward (written at most once per SESSION_TOUCH_MS). */
function touchDue(row: SessionRow, now: Date): boolean {
  return now.getTime() - new Date(row.session_last_seen_at).getTime() >= SESSION_TOUCH_MS;
}

function userOf(row: SessionRow): SessionUser {
  const { session_created_at: _c, session_expires_at: _e, session_last_seen_at: _l, ...user } = row;
  return user;
}

/**
 * The user behind a live session token, sliding its expiry; null when unknown, expired or disabled. Where the
 * server keeps a session cache (session-cache.ts) a copy read moments ago answers while nothing has ended it
 * and its expiry need not slide; everything else goes to the database as before.
 */
export async function resolveSession(db: Kysely<DB>, token: string, now: Date): Promise<SessionUser | null> {
  const cache = sessionCacheOf<SessionRow>(db);
  const hash = tokenHash(token);
  const cached = cache?.get(hash);
  if (cached && endedBy(cached, now) === null && !touchDue(cached, now)) return userOf(cached);
  const epoch = cache?.epoch() ?? 0;
  const row = await db
    .selectFrom('user_session')
    .innerJoin('app_user', 'app_user.id', 'user_session.user_id')
    .selectAll('app_user')
    .select([
      'user_session.created_at as session_created_at',
      'user_session.expires_at as session_expires_at',
      'user_session.last_seen_at as session_last_seen_at',
    ])
    .where('user_session.token_hash', '=', hash)
    .executeTakeFirst();
  if (!row) return null;
  const ended = endedBy(row, now);
  if (ended) {
    await db.deleteFrom('user_session').where('token_hash', '=', hash).execute();
    await auditSessionExpired(db, row, ended);
    return null;
  }
  let seen: SessionRow = row;
  if (touchDue(row, now)) {
    const created = new Date(row.session_created_at).getTime();
    const expires = Math.min(now.getTime() + SESSION_IDLE_MS, created + SESSION_MAX_MS);
    await db
      .updateTable('user_session')
      .set({ last_seen_at: now, expires_at: new Date(expires) })
      .where('token_hash', '=', hash)
      .execute();
    seen = { ...row, session_last_seen_at: now, session_expires_at: new Date(expires) };
  }
  cache?.put(hash, seen, epoch);
  return userOf(seen);
}

export async function endSession(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('user_session').where('token_hash', '=', tokenHash(token)).execute();
}

export async function endUserSessions(db: Kysely<DB>, userId: string): Promise<void> {
  await db.deleteFrom('user_session').where('user_id', '=', userId).execute();
}
