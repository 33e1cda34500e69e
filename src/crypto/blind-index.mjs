// The blind index's construction, in plain JavaScript so that the keyring (keyring.ts) and the worker that
// indexes in batches (blind-index-worker.mjs, which does not run through the tsx loader) share one copy:
// base64url(HMAC-SM3(index key, kind ‖ NUL ‖ normalised value)), cut to `length` characters.
import { createHmac } from 'node:crypto';

/** The same value however it was typed: an ID number trimmed and upper-cased, a phone number its digits. */
export const normalise = (kind, value) =>
  kind === 'id_number' ? value.trim().toUpperCase() : value.replace(/\D/g, '');

export const blindIndexWith = (key, length, kind, value) =>
  createHmac('sm3', key)
    .update(kind)
    .update('\0')
    .update(normalise(kind, value))
    .digest('base64url')
    .slice(0, length);
