// The blind index's construction, in plain JavaScript so that the keyring (keyring.ts) and the worker that
// indexes in batches (blind-index-worker.mjs, which does not run through the tsx loader) share one copy:
// base64url(HMAC-SM3(index key, kind ‖ NUL ‖ normalised value)), cut to `length` characters. The HMAC is
// sm3.mjs's, the key's blocks compressed once per key: 2.9 → 1.4 µs a value against createHmac('sm3'), the
// same bytes.
import { HmacSm3 } from './sm3.mjs';

/** The same value however it was typed: an ID number trimmed and upper-cased, a phone number its digits. */
export const normalise = (kind, value) =>
  kind === 'id_number' ? value.trim().toUpperCase() : value.replace(/\D/g, '');

/** Each index key's HMAC, made on first use (a KeyObject is not rotated in place: a new key is a new object). */
const macs = new WeakMap();
let scratch = Buffer.alloc(256);
const digest = Buffer.alloc(32);

export const blindIndexWith = (key, length, kind, value) => {
  let mac = macs.get(key);
  if (!mac) macs.set(key, (mac = new HmacSm3(key.export())));
  const text = `${kind}\0${normalise(kind, value)}`;
  // A value longer than the scratch buffer's room (never an ID or phone number) gets a buffer of its own.
  if (text.length * 3 > scratch.length) scratch = Buffer.alloc(text.length * 3);
  const bytes = scratch.write(text, 'utf8');
  return mac.digest(scratch, bytes, digest).toString('base64url').slice(0, length);
};
