// Passwords are stored as argon2id hashes (@node-rs/argon2, the OWASP-recommended parameters).
import { hash, verify, type Options } from '@node-rs/argon2';
import { InputError } from '../../shared/errors.ts';

// algorithm 2 is Argon2id (a const enum in the package's types, which isolated modules cannot read).
const OPTIONS: Options = {
  algorithm: 2 as NonNullable<Options['algorithm']>,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

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

/** At least 8 characters with a letter and a digit: long enough for a village office, short enough to type. */
export function checkPasswordStrength(password: string, field = 'password'): void {
  if (password.length < 8 || password.length > 128 || !/[A-Za-z]/.test(password) || !/\d/.test(password))
    throw new InputError('密码至少8位，且须同时包含字母和数字', { field });
}

/** A password for a new or reset account, printed once: easy to read aloud, no 0/O or 1/l. */
export function generatePassword(): string {
  const letters = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  const digits = '23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  const chars = Array.from(bytes, (b, i) =>
    i % 3 === 2 ? digits[b % digits.length] : letters[b % letters.length],
  );
  return chars.join('');
}
