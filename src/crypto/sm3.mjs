// SM3 (GB/T 32905-2016) and HMAC-SM3 in JavaScript, for the blind index's many short messages. Node's own
// createHmac('sm3') costs ~2.9 µs a value, nearly all of it in making the Hmac object and crossing into C++ for
// three updates and a digest; an HMAC is two SM3 compressions once the key's inner and outer blocks have been
// compressed (once per key, kept here). The result is the same bytes as createHmac('sm3', key) — sm3.test.ts
// holds the two equal on the standard's examples and on random keys and messages of every length up to 300 bytes.
// Plain JavaScript, like blind-index.mjs, so that the worker (blind-index-worker.mjs) loads it without tsx.

const IV = Int32Array.of(
  0x7380166f,
  0x4914b2b9,
  0x172442d7,
  0xda8a0600 | 0,
  0xa96f30bc | 0,
  0x163138aa,
  0xe38dee4d | 0,
  0xb0fb0e4e | 0,
);

const rotl = (x, n) => (x << n) | (x >>> (32 - n));

/** T_j rotated left by j mod 32, as the compression function adds it. */
const T = new Int32Array(64);
for (let j = 0; j < 64; j++) T[j] = rotl(j < 16 ? 0x79cc4519 : 0x7a879d8a, j % 32);

const W = new Int32Array(68);

/** Compresses the 64-byte block at `bytes[offset]` into `v` (8 words), in place. */
function compress(v, bytes, offset) {
  for (let i = 0; i < 16; i++, offset += 4)
    W[i] = (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
  for (let j = 16; j < 68; j++) {
    const x = W[j - 16] ^ W[j - 9] ^ rotl(W[j - 3], 15);
    W[j] = x ^ rotl(x, 15) ^ rotl(x, 23) ^ rotl(W[j - 13], 7) ^ W[j - 6];
  }
  let a = v[0];
  let b = v[1];
  let c = v[2];
  let d = v[3];
  let e = v[4];
  let f = v[5];
  let g = v[6];
  let h = v[7];
  for (let j = 0; j < 64; j++) {
    const a12 = rotl(a, 12);
    const ss1 = rotl((a12 + e + T[j]) | 0, 7);
    const low = j < 16;
    const ff = low ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
    const gg = low ? e ^ f ^ g : (e & f) | (~e & g);
    const tt1 = (ff + d + (ss1 ^ a12) + (W[j] ^ W[j + 4])) | 0;
    const tt2 = (gg + h + ss1 + W[j]) | 0;
    d = c;
    c = rotl(b, 9);
    b = a;
    a = tt1;
    h = g;
    g = rotl(f, 19);
    f = e;
    e = tt2 ^ rotl(tt2, 9) ^ rotl(tt2, 17);
  }
  v[0] ^= a;
  v[1] ^= b;
  v[2] ^= c;
  v[3] ^= d;
  v[4] ^= e;
  v[5] ^= f;
  v[6] ^= g;
  v[7] ^= h;
}

const tail = new Uint8Array(128);
const work = new Int32Array(8);

/**
 * Finishes a hash begun at `state` (after `before` bytes, a multiple of 64) over `bytes[0, length)`: the 32-byte
 * digest written to `out`. `state` is left as it was.
 */
function finish(state, before, bytes, length, out) {
  const v = work;
  v.set(state);
  let offset = 0;
  for (; offset + 64 <= length; offset += 64) compress(v, bytes, offset);
  const rest = length - offset;
  const blocks = rest < 56 ? 1 : 2;
  const end = blocks * 64;
  tail.fill(0, 0, end);
  tail.set(bytes.subarray(offset, length));
  tail[rest] = 0x80;
  const bits = (before + length) * 8;
  // The length in bits as a 64-bit big-endian number (messages here are far below 2^53 bits).
  const high = Math.floor(bits / 0x100000000);
  tail[end - 8] = high >>> 24;
  tail[end - 7] = high >>> 16;
  tail[end - 6] = high >>> 8;
  tail[end - 5] = high;
  tail[end - 4] = bits >>> 24;
  tail[end - 3] = bits >>> 16;
  tail[end - 2] = bits >>> 8;
  tail[end - 1] = bits;
  compress(v, tail, 0);
  if (blocks === 2) compress(v, tail, 64);
  for (let i = 0; i < 8; i++) {
    out[i * 4] = v[i] >>> 24;
    out[i * 4 + 1] = v[i] >>> 16;
    out[i * 4 + 2] = v[i] >>> 8;
    out[i * 4 + 3] = v[i];
  }
}

/** SM3 of `bytes`. */
export function sm3(bytes) {
  const out = Buffer.alloc(32);
  finish(IV, 0, bytes, bytes.length, out);
  return out;
}

/** HMAC-SM3 under one key, its inner and outer blocks compressed once. */
export class HmacSm3 {
  constructor(key) {
    const block = new Uint8Array(64);
    block.set(key.length > 64 ? sm3(key) : key);
    const pad = new Uint8Array(64);
    this.inner = Int32Array.from(IV);
    for (let i = 0; i < 64; i++) pad[i] = block[i] ^ 0x36;
    compress(this.inner, pad, 0);
    this.outer = Int32Array.from(IV);
    for (let i = 0; i < 64; i++) pad[i] = block[i] ^ 0x5c;
    compress(this.outer, pad, 0);
    this.innerDigest = new Uint8Array(32);
  }

  /** The MAC of `bytes[0, length)` (default: all of it), written to `out` (default: a new 32-byte Buffer). */
  digest(bytes, length = bytes.length, out = Buffer.alloc(32)) {
    finish(this.inner, 64, bytes, length, this.innerDigest);
    finish(this.outer, 64, this.innerDigest, 32, out);
    return out;
  }
}
