// Passwords are stored as argon2id hashes (@node-rs/argon2, the OWASP-recommended parameters), and must be
// strong enough that guessing through the login form (slowed: login-throttle.ts) is hopeless.
import { readFileSync } from 'node:fs';
import { hash, verify, type Options } from '@node-rs/argon2';
import { InputError } from '../../shared/errors.ts';

// algorithm 2 is Argon2id (a const enum in the package's types, which isolated modules cannot read).
const OPTIONS: Options = {
  algorithm: 2 as NonNullable<Options['algorithm']>,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export const PASSWORD_MIN = 10;
/** Longer is refused before hashing: a megabyte "password" would only cost the server time. */
export const PASSWORD_MAX = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * Passwords people pick first (keyboard runs, woaini1314, p@ssw0rd2025 …), lower-cased, 10 characters or
 * more (shorter ones fail the length rule anyway). A list of our own making: common words and names of
 * Chinese and English lists, with the endings people add.
 */
const COMMON = new Set(
  readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean),
);

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}

/** How many of lower-case letters, capitals, digits and other characters the password uses. */
function classes(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
}

/**
 * At least 10 characters from three of the four classes (lower case, capitals, digits, other), not containing
 * the username, not a common password; at most 256 characters.
 */
export function checkPasswordStrength(password: string, field = 'password', username?: string): void {
  if (password.length > PASSWORD_MAX) throw new InputError(`密码不能超过${PASSWORD_MAX}个字符`, { field });
  if (password.length < PASSWORD_MIN || classes(password) < 3)
    throw new InputError(`密码至少${PASSWORD_MIN}位，且须包含小写字母、大写字母、数字、符号中的至少三类`, {
      field,
    });
  const name = username?.trim().toLowerCase();
  if (name && name.length >= 3 && password.toLowerCase().includes(name))
    throw new InputError('密码不能包含用户名', { field });
  if (isCommonPassword(password)) throw new InputError('密码过于常见，容易被猜中，请换一个', { field });
}

/**
 * A password for a new or reset account, printed once: 12 characters, easy to read aloud (no 0/O or 1/l),
 * always with capitals, lower case and digits.
 */
export function generatePassword(): string {
  const lower = 'abcdefghjkmnpqrstuvwxyz';
  const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const digits = '23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const chars = Array.from(bytes, (b, i) => {
    const set = i % 3 === 2 ? digits : i % 3 === 0 ? upper : lower;
    return set[b % set.length];
  });
  return chars.join('');
}
