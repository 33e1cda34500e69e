// The second factor (issue 15.3): a TOTP code from an authenticator app (RFC 6238, 6 digits, 30 s), or one of
// ten one-time recovery codes. The secret is sealed at rest (sealed-columns.ts); recovery codes are kept only
// as hashes and shown once. A code is accepted once: its time step is remembered, and a code of that step or
// an earlier one is refused, so a code seen on someone's screen cannot be replayed within its window.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../shared/errors.ts';
import { ADMIN_ROLES, type Role } from '../access/index.ts';

const ISSUER = '童护';
/** One step either side: a phone's clock a little off still works. */
const WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;

/** Who must have a second factor when TONGHU_REQUIRE_2FA=1: the administrators and the county's staff. */
export const SECOND_FACTOR_ROLES: readonly Role[] = [...ADMIN_ROLES, 'civil_affairs'];

export function secondFactorRequiredFor(role: Role): boolean {
  return SECOND_FACTOR_ROLES.includes(role);
}

function totpOf(secret: string, username = ''): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: OTPAuth.Secret.fromBase32(secret),
  });
}

function hashCode(code: string): string {
  return createHash('sha256')
    .update(`tonghu-recovery\n${normaliseRecovery(code)}`)
    .digest('hex');
}

/** Recovery codes are typed as shown (xxxx-xxxx-xxxx-xxxx) or without dashes, in either case. */
function normaliseRecovery(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** 16 characters from 31 (about 79 bits): a plain hash of it cannot be reversed by guessing. */
function newRecoveryCode(): string {
  const bytes = randomBytes(16);
  let out = '';
  for (let i = 0; i < 16; i++) {
    out += RECOVERY_ALPHABET[bytes[i]! % RECOVERY_ALPHABET.length];
    if (i % 4 === 3 && i < 15) out += '-';
  }
  return out;
}

export function isTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s/g, ''));
}

export interface SecondFactorStatus {
  enabled: boolean;
  enabledAt: string | null;
  recoveryCodesLeft: number;
}

async function recoveryCodesLeft(db: Kysely<DB>, userId: string): Promise<number> {
  const { n } = await db
    .selectFrom('user_recovery_code')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(n);
}

export async function secondFactorStatus(db: Kysely<DB>, userId: string): Promise<SecondFactorStatus> {
  const row = await db
    .selectFrom('user_second_factor')
    .select('enabled_at')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  const n = await recoveryCodesLeft(db, userId);
  const enabledAt = row?.enabled_at ? new Date(row.enabled_at).toISOString() : null;
  return { enabled: enabledAt !== null, enabledAt, recoveryCodesLeft: enabledAt ? n : 0 };
}

export async function hasSecondFactor(db: Kysely<DB>, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('user_second_factor')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('enabled_at', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}

export interface Enrolment {
  secret: string;
  otpauthUri: string;
  /** The otpauth URI as a QR code (PNG data URL), made on the server: the page loads nothing from outside. */
  qrDataUrl: string;
}

/** Begins (or begins again) an enrolment: a new secret, not yet in force until confirmed with a code. */
export async function beginEnrolment(
  db: Kysely<DB>,
  user: { id: string; username: string },
  now: Date,
): Promise<Enrolment> {
  if (await hasSecondFactor(db, user.id))
    throw new AppError('conflict', '已开启两步验证；如需更换手机，请先停用再重新绑定');
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  await db
    .insertInto('user_second_factor')
    .values({ user_id: user.id, totp_secret: secret, created_at: now, enabled_at: null, last_step: null })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({ totp_secret: secret, created_at: now, last_step: null }),
    )
    .execute();
  const otpauthUri = totpOf(secret, user.username).toString();
  const qrDataUrl = await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
  return { secret, otpauthUri, qrDataUrl };
}

/**
 * Checks a 6-digit code against the person's secret (the pending one when `pending`), and remembers its time
 * step so that it cannot be used again. The step is moved in one guarded UPDATE: two requests with the same
 * code at once cannot both pass.
 */
async function acceptTotp(
  db: Kysely<DB>,
  userId: string,
  code: string,
  now: Date,
  pending: boolean,
): Promise<boolean> {
  const row = await db
    .selectFrom('user_second_factor')
    .select(['totp_secret', 'enabled_at', 'last_step'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row || (row.enabled_at === null) !== pending) return false;
  const totp = totpOf(row.totp_secret);
  const token = code.replace(/\s/g, '');
  const delta = totp.validate({ token, timestamp: now.getTime(), window: WINDOW });
  if (delta === null) return false;
  const step = totp.counter({ timestamp: now.getTime() }) + delta;
  const moved = await db
    .updateTable('user_second_factor')
    .set({ last_step: step })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
    .executeTakeFirst();
  return Number(moved.numUpdatedRows) === 1;
}

/** Uses one recovery code, once: the same guarded UPDATE makes a second use of it fail. */
async function useRecoveryCode(
  db: Kysely<DB>,
  userId: string,
  code: string,
  now: Date,
): Promise<number | null> {
  const used = await db
    .updateTable('user_recovery_code')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hashCode(code))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) return null;
  return recoveryCodesLeft(db, userId);
}

async function newRecoveryCodes(db: Kysely<DB>, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.deleteFrom('user_recovery_code').where('user_id', '=', userId).execute();
  await db
    .insertInto('user_recovery_code')
    .values(codes.map((c) => ({ user_id: userId, code_hash: hashCode(c), used_at: null })))
    .execute();
  return codes;
}

/** Confirms an enrolment with a code from the app: the factor is in force; the recovery codes, shown once. */
export async function confirmEnrolment(
  db: Kysely<DB>,
  userId: string,
  code: string,
  now: Date,
): Promise<{ recoveryCodes: string[] }> {
  if (await hasSecondFactor(db, userId)) throw new AppError('conflict', '已开启两步验证');
  const pending = await db
    .selectFrom('user_second_factor')
    .select('user_id')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!pending) throw new AppError('conflict', '请先获取二维码，再输入验证码', { field: 'code' });
  if (!isTotpCode(code) || !(await acceptTotp(db, userId, code, now, true)))
    throw new AppError('bad_input', '验证码不正确，请输入手机验证器上当前显示的6位数字', { field: 'code' });
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('user_second_factor')
      .set({ enabled_at: now })
      .where('user_id', '=', userId)
      .execute();
    return { recoveryCodes: await newRecoveryCodes(trx, userId) };
  });
}

export type FactorCheck =
  { ok: true; method: 'totp' } | { ok: true; method: 'recovery'; remaining: number } | { ok: false };

/** A code given at sign-in (or to disable the factor): a TOTP code, or else a recovery code. */
export async function checkSecondFactor(
  db: Kysely<DB>,
  userId: string,
  code: string,
  now: Date,
): Promise<FactorCheck> {
  const given = code.trim();
  if (isTotpCode(given))
    return (await acceptTotp(db, userId, given, now, false)) ? { ok: true, method: 'totp' } : { ok: false };
  if (normaliseRecovery(given).length !== 16) return { ok: false };
  const remaining = await useRecoveryCode(db, userId, given, now);
  return remaining === null ? { ok: false } : { ok: true, method: 'recovery', remaining };
}

/** Removes a person's second factor and recovery codes (disabled by them, or reset by an administrator). */
export async function removeSecondFactor(db: Kysely<DB>, userId: string): Promise<boolean> {
  const gone = await db.deleteFrom('user_second_factor').where('user_id', '=', userId).executeTakeFirst();
  await db.deleteFrom('user_recovery_code').where('user_id', '=', userId).execute();
  return Number(gone.numDeletedRows) > 0;
}
