// Blind indexes off the main thread (issue 16.2): a comparison indexes every roster row while the file is read,
// and at ~2.5 µs an HMAC-SM3 that was a third of the main thread's work on PostgreSQL. Plain JavaScript: a
// worker does not inherit the tsx loader. The construction must stay Keyring.blindIndex's (keyring.ts); the
// test beside the pool (blind-index-pool.test.ts) compares the two on every kind.
import { createHmac, createSecretKey } from 'node:crypto';
import { parentPort } from 'node:worker_threads';

/** keyring.ts normalise(): the same value however it was typed. */
const normalise = (kind, value) =>
  kind === 'id_number' ? value.trim().toUpperCase() : value.replace(/\D/g, '');

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
          : createHmac('sm3', key)
              .update(kind)
              .update('\0')
              .update(normalise(kind, value))
              .digest('base64url')
              .slice(0, length);
    }
    parentPort.postMessage({ id, out });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.message ?? error) });
  }
});
