// An API client's secret: 32 random bytes behind a recognisable prefix, so that a token pasted into a log,
// a ticket or a repository can be spotted (and secret scanners can be taught the pattern). Only its sha256
// is stored: the secret has 256 bits of entropy, so a fast hash gives nothing to guess against.
import { createHash, randomBytes } from 'node:crypto';

export const SECRET_PREFIX = 'thk_';
const SECRET = /^thk_[A-Za-z0-9_-]{43}$/;

export function newSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64url');
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function looksLikeSecret(value: string): boolean {
  return SECRET.test(value);
}

/** What the list shows of a secret: its prefix and first characters, enough to recognise, not to use. */
export function secretHint(secret: string): string {
  return secret.slice(0, SECRET_PREFIX.length + 6);
}
