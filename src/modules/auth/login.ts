// Signing in. Failures are slowed (login-throttle.ts), never turned into a lock an outsider could set off.
// An unknown user and a wrong password get the same answer in the same time: both paths claim the same
// throttle rows and verify one argon2 hash. Whether an account is disabled or locked by an administrator is
// said only to someone who has given its right password.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../shared/errors.ts';
import { DEVICE_MAX_MS } from './cookies.ts';
import { attemptKeys, claimAttempt, forgive, release } from './login-throttle.ts';
import { verifyPassword } from './passwords.ts';
import { checkSecondFactor, hasSecondFactor } from './second-factor.ts';
import { createSession, type SessionUser } from './sessions.ts';

// A real hash (the parameters of passwords.ts) of a throwaway password, verified against when the user is
// unknown so that both paths take the same time.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$cinZmfxW9oCX0oGGaLKFOA$VkYQIejR/tS+mUitEJ55CAbm3Z7ALygRH3i+7sn3QQI';

/**
 * Why a sign-in was refused, on the error's details (never sent to the client): the hook point for the
 * audit trail's auth.login_failed records.
 */
export type LoginFailureReason =
  'unknown_user' | 'wrong_password' | 'throttled' | 'disabled' | 'locked_by_admin' | 'wrong_second_factor';

export interface LoginInput {
  username: string;
  password: string;
  /** The client address (request.ip, the real one behind a trusted proxy). */
  address: string;
  /** The device cookie of a browser that has signed in before, if any. */
  deviceToken?: string | null;
  /** The second factor: a 6-digit code or a recovery code, for an account that has one. */
  code?: string | null;
}

/** The password was right and the account has a second factor: ask for the code, then sign in again. */
export interface SecondFactorNeeded {
  secondFactorRequired: true;
}

export interface LoginResult {
  secondFactorRequired?: false;
  /** A recovery code was used: how many are left. */
  recoveryCodesLeft?: number;
  token: string;
  user: SessionUser;
  /** The browser's device token, new or the one it sent. */
  deviceToken: string;
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function refused(reason: LoginFailureReason, userId: string | null): AppError {
  return new AppError('unauthenticated', '用户名或密码错误', { reason, userId });
}

/** Signs in where no second factor can be asked for (the CLI, tests): an account with one is refused. */
export async function login(db: Kysely<DB>, input: LoginInput, now: Date): Promise<LoginResult> {
  const result = await signIn(db, input, now);
  if (result.secondFactorRequired)
    throw new AppError('second_factor_invalid', '该账号已开启两步验证，请输入动态验证码');
  return result;
}

/** The sign-in of the API: with the password alone, an account with a second factor answers that it needs one. */
export async function signIn(
  db: Kysely<DB>,
  input: LoginInput,
  now: Date,
): Promise<LoginResult | SecondFactorNeeded> {
  const user = await db
    .selectFrom('app_user')
    .selectAll()
    .where('username', '=', input.username)
    .executeTakeFirst();
  // Asked whatever the user, so that an unknown username costs the same queries as a known one.
  const device = input.deviceToken
    ? await db
        .selectFrom('trusted_device')
        .innerJoin('app_user', 'app_user.id', 'trusted_device.user_id')
        .select('trusted_device.token_hash')
        .where('trusted_device.token_hash', '=', hashOf(input.deviceToken))
        .where('app_user.username', '=', input.username)
        .where('trusted_device.last_used_at', '>', new Date(now.getTime() - DEVICE_MAX_MS))
        .executeTakeFirst()
    : undefined;
  const keys = attemptKeys(input.username, input.address, device?.token_hash ?? null);
  const claim = await claimAttempt(db, keys, now);

  const ok = await verifyPassword(user?.password_hash ?? DUMMY_HASH, input.password);
  if (!user) throw refused('unknown_user', null);
  if (!ok) throw refused('wrong_password', user.id);
  let recoveryCodesLeft: number | undefined;
  if (await hasSecondFactor(db, user.id)) {
    if (!input.code) {
      // The password alone is no failed guess; the code that follows is claimed as an attempt of its own.
      await release(db, claim);
      return { secondFactorRequired: true };
    }
    // A wrong code keeps the claim: it counts in the same windows as a wrong password.
    const check = await checkSecondFactor(db, user.id, input.code, now);
    if (!check.ok)
      throw new AppError('second_factor_invalid', '动态验证码错误或已使用过', {
        reason: 'wrong_second_factor',
        userId: user.id,
      });
    if (check.method === 'recovery') recoveryCodesLeft = check.remaining;
  }
  await release(db, claim);
  if (user.disabled)
    throw new AppError('locked', '账号已停用，请联系管理员', { reason: 'disabled', userId: user.id });
  if (user.locked_until && new Date(user.locked_until) > now)
    throw new AppError('locked', '账号已被管理员锁定，请联系管理员', {
      reason: 'locked_by_admin',
      userId: user.id,
    });

  await forgive(db, keys, now);
  await db.updateTable('app_user').set({ last_login_at: now }).where('id', '=', user.id).execute();
  const token = await createSession(db, user.id, now);
  let deviceToken = input.deviceToken as string;
  if (device) {
    await db
      .updateTable('trusted_device')
      .set({ last_used_at: now })
      .where('token_hash', '=', device.token_hash)
      .execute();
  } else {
    deviceToken = randomBytes(32).toString('base64url');
    await db
      .insertInto('trusted_device')
      .values({ token_hash: hashOf(deviceToken), user_id: user.id, created_at: now, last_used_at: now })
      .execute();
    await db
      .deleteFrom('trusted_device')
      .where('user_id', '=', user.id)
      .where('last_used_at', '<', new Date(now.getTime() - DEVICE_MAX_MS))
      .execute();
  }
  return { token, user: { ...user, last_login_at: now }, deviceToken, recoveryCodesLeft };
}
