// Blind indexes off the main thread (issue 16.2): a comparison indexes every roster row while the file is read,
// and at ~2.5 µs (node:crypto; ~1.3 µs since sm3.mjs) an HMAC-SM3 was a third of the main thread's work on
// PostgreSQL. Plain JavaScript: a worker does not inherit the tsx loader; the construction is blind-index.mjs,
// the keyring's own.
import { createSecretKey } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { blindIndexWith } from './blind-index.mjs';

let keyHex = '';
let key = null;

parentPort.on('message', ({ id, kind, values, indexKey, length }) => {
  try {
    const hex = indexKey.toString('hex');
    if (hex !== keyHex) {
      key = createSecretKey(indexKey);
      keyHex = hex;
    }
    const out = new Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      out[i] =
        value === null || value === undefined || value === ''
          ? null
          : blindIndexWith(key, length, kind, value);
    }
    parentPort.postMessage({ id, result: out });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.message ?? error) });
  }
});
