// Failed sign-ins slowed, never locked (issue 15.2). Each failure is a row in sliding windows kept in the
// database, so that every server process on one PostgreSQL sees the same counts:
//   pair    — one address guessing one account: the person who mistyped, or a guesser;
//   account — every address together against one account (a guesser with many addresses);
//   address — one address against any accounts (password spraying);
//   device  — a browser that has signed in to this account before (it replaces pair and account).
// A browser that has signed in to the account is exempt from the account window, so an outsider who knows a
// username can slow only browsers the owner has never used, never lock the owner out. An attempt claims its
// rows before the password is checked, under a lock per window: parallel guesses count each other and cannot
// slip past the limit.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../shared/errors.ts';

export type ThrottleScope = 'pair' | 'account' | 'address' | 'device';

export interface ThrottleRule {
  limit: number;
  windowMs: number;
}

const MINUTE = 60_000;

export const THROTTLE_RULES: Record<ThrottleScope, ThrottleRule> = {
  pair: { limit: 5, windowMs: 15 * MINUTE },
  device: { limit: 10, windowMs: 15 * MINUTE },
  account: { limit: 20, windowMs: 15 * MINUTE },
  // A township office may sign in its whole staff from one address behind NAT.
  address: { limit: 50, windowMs: 15 * MINUTE },
};

/** How long failure rows are kept: longer than any window. */
const KEEP_MS = 24 * 60 * MINUTE;

const MESSAGES: Record<ThrottleScope, string> = {
  pair: '密码错误次数过多',
  device: '密码错误次数过多',
  account: '该账号近期登录失败次数过多（在曾登录过该账号的浏览器上不受此限制）',
  address: '本机所在网络登录失败次数过多',
};

function digest(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

/** The window keys of one attempt. Usernames are kept only as hashes (a password typed in the wrong box). */
export function attemptKeys(
  username: string,
  address: string,
  deviceTokenHash: string | null,
): Partial<Record<ThrottleScope, string>> {
  const account = accountKey(username);
  return deviceTokenHash
    ? { device: deviceTokenHash, address }
    : { pair: `${account}|${address}`, account, address };
}

function accountKey(username: string): string {
  return digest('account', username.trim().toLowerCase());
}

/** An administrator reset the password: the account's failures, from every address, are forgotten. */
export async function forgetAccountFailures(db: Kysely<DB>, username: string): Promise<void> {
  const account = accountKey(username);
  await db
    .deleteFrom('login_failure')
    .where((eb) =>
      eb.or([
        eb.and([eb('scope', '=', 'account'), eb('key', '=', account)]),
        eb.and([eb('scope', '=', 'pair'), eb('key', 'like', `${account}|%`)]),
      ]),
    )
    .execute();
}

export interface Claim {
  ids: string[];
}

/** Refused by one window: 429 with the seconds until it has room again (the Retry-After header). */
export class ThrottledError extends AppError {
  constructor(
    readonly scope: ThrottleScope,
    readonly retryAfterSeconds: number,
  ) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super('too_many_requests', `${MESSAGES[scope]}，请${minutes}分钟后再试`, {
      retryAfter: retryAfterSeconds,
      reason: 'throttled',
      scope,
    });
    this.name = 'ThrottledError';
  }
}

/**
 * Claims a failure row in each window of the attempt; throws ThrottledError (claiming nothing) when a window
 * already holds its limit. The rows stay if the password proves wrong; release() them when it is right.
 *
 * The windows of the attempt are counted and claimed in one transaction holding an advisory lock per window
 * (taken in key order, so two attempts sharing windows cannot deadlock): parallel attempts on one window take
 * turns, each seeing the rows of those before it. Counting rows with a smaller identity instead let an attempt
 * miss one whose identity came first but whose insert had not yet committed (six of eight parallel guesses got
 * through on PostgreSQL).
 */
export async function claimAttempt(
  db: Kysely<DB>,
  keys: Partial<Record<ThrottleScope, string>>,
  now: Date,
): Promise<Claim> {
  const entries = (Object.entries(keys) as [ThrottleScope, string][]).sort(([a, x], [b, y]) =>
    `${a}|${x}` < `${b}|${y}` ? -1 : 1,
  );
  const claimIn = async (trx: Kysely<DB>): Promise<Claim | ThrottledError> => {
    for (const [scope, key] of entries)
      await sql`select pg_advisory_xact_lock(hashtextextended(${`login_failure|${scope}|${key}`}, 0))`.execute(
        trx,
      );
    for (const [scope, key] of entries) {
      const rule = THROTTLE_RULES[scope];
      const since = new Date(now.getTime() - rule.windowMs);
      // The window has room again when the limit-th most recent failure leaves it.
      const limitth = await trx
        .selectFrom('login_failure')
        .select('at')
        .where('scope', '=', scope)
        .where('key', '=', key)
        .where('at', '>', since)
        .orderBy('at', 'desc')
        .offset(rule.limit - 1)
        .limit(1)
        .executeTakeFirst();
      if (limitth) {
        const until = new Date(limitth.at).getTime() + rule.windowMs;
        return new ThrottledError(scope, Math.max(1, Math.ceil((until - now.getTime()) / 1000)));
      }
    }
    const inserted = await trx
      .insertInto('login_failure')
      .values(entries.map(([scope, key]) => ({ scope, key, at: now })))
      .returning('id')
      .execute();
    return { ids: inserted.map((r) => String(r.id)) };
  };
  const outcome = await db.transaction().execute(claimIn);
  if (outcome instanceof ThrottledError) throw outcome;
  return outcome;
}

/** The attempt was not a failed guess (right password): its rows go. */
export async function release(db: Kysely<DB>, claim: Claim): Promise<void> {
  if (claim.ids.length) await db.deleteFrom('login_failure').where('id', 'in', claim.ids).execute();
}

/** After a successful sign-in: the mistakes of this person at this address are forgiven; old rows go. */
export async function forgive(
  db: Kysely<DB>,
  keys: Partial<Record<ThrottleScope, string>>,
  now: Date,
): Promise<void> {
  for (const scope of ['pair', 'device'] as const) {
    const key = keys[scope];
    if (key) await db.deleteFrom('login_failure').where('scope', '=', scope).where('key', '=', key).execute();
  }
  await db
    .deleteFrom('login_failure')
    .where('at', '<', sql<Date>`${new Date(now.getTime() - KEEP_MS)}::timestamptz`)
    .execute();
}
