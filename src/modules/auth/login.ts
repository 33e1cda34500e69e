// Signing in, with a lockout after repeated failures. The same answer is given for an unknown user and a
// wrong password, so the login form does not reveal which accounts exist.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../shared/errors.ts';
import { verifyPassword } from './passwords.ts';
import { createSession, type SessionUser } from './sessions.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

// A real hash of a throwaway password, verified against when the user is unknown so that both paths take
// the same time.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$cinZmfxW9oCX0oGGaLKFOA$VkYQIejR/tS+mUitEJ55CAbm3Z7ALygRH3i+7sn3QQI';

function minutesLeft(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}

export async function login(
  db: Kysely<DB>,
  username: string,
  password: string,
  now: Date,
): Promise<{ token: string; user: SessionUser }> {
  const user = await db
    .selectFrom('app_user')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirst();
  if (!user) {
    await verifyPassword(DUMMY_HASH, password);
    throw new AppError('unauthenticated', '用户名或密码错误');
  }
  if (user.disabled) throw new AppError('locked', '账号已停用，请联系管理员');
  if (user.locked_until && new Date(user.locked_until).getUTCFullYear() >= 9999)
    throw new AppError('locked', '账号已被管理员锁定，请联系管理员');
  if (user.locked_until && new Date(user.locked_until) > now)
    throw new AppError(
      'locked',
      `密码连续错误次数过多，账号已锁定，请${minutesLeft(new Date(user.locked_until), now)}分钟后再试或联系管理员`,
    );
  if (!(await verifyPassword(user.password_hash, password))) {
    // Counted in the database in one statement: wrong passwords sent at the same time must not read the
    // same count and so slip past the lockout.
    const reachesLimit = sql<boolean>`failed_logins + 1 >= ${MAX_FAILED_LOGINS}`;
    const counted = await db
      .updateTable('app_user')
      .set({
        failed_logins: sql`case when ${reachesLimit} then 0 else failed_logins + 1 end`,
        locked_until: sql`case when ${reachesLimit} then ${new Date(now.getTime() + LOCKOUT_MS)}::timestamptz else locked_until end`,
      })
      .where('id', '=', user.id)
      .returning('failed_logins')
      .executeTakeFirstOrThrow();
    if (counted.failed_logins === 0)
      throw new AppError(
        'locked',
        `密码连续错误${MAX_FAILED_LOGINS}次，账号已锁定${LOCKOUT_MS / 60_000}分钟，请${LOCKOUT_MS / 60_000}分钟后再试或联系管理员`,
      );
    throw new AppError('unauthenticated', '用户名或密码错误');
  }
  await db
    .updateTable('app_user')
    .set({ failed_logins: 0, locked_until: null, last_login_at: now })
    .where('id', '=', user.id)
    .execute();
  const token = await createSession(db, user.id, now);
  return { token, user: { ...user, failed_logins: 0, locked_until: null, last_login_at: now } };
}
