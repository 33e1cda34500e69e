// Sealing: SM4-CTR under a random IV, then HMAC-SM3 over what was encrypted (encrypt-then-MAC), with the id
// of the key in the sealed text so that keys can rotate while old values stay readable. And the blind
// index: HMAC-SM3 of the normalised value under a key of its own, for exact lookups and uniqueness
// without ever storing the value in clear.
import {
  createCipheriv,
  createHmac,
  createSecretKey,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
  type Cipher,
  type KeyObject,
} from 'node:crypto';
import { statSync } from 'node:fs';
import { AppError } from '../shared/errors.ts';
import { readKeyFile, type KeyFile } from './keyfile.ts';
import { blindIndexesInWorker } from './blind-index-pool.ts';
import { blindIndexWith, normalise } from './blind-index.mjs';
import { HmacSm3 } from './sm3.mjs';

const IV_BYTES = 16;
/**
 * IVs are cut from a buffer of random bytes filled 256 at a time: one call to the CSPRNG per 256 sealed values
 * instead of one each (the call, not the bytes, is the cost: 0.5 s of a 50,000-child import's CPU profile).
 * Every IV is used once, as before.
 */
const IV_POOL_BYTES = 256 * IV_BYTES;
let ivPool = Buffer.alloc(0);
let ivAt = 0;

function freshIv(): Buffer {
  if (ivAt + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_POOL_BYTES);
    ivAt = 0;
  }
  ivAt += IV_BYTES;
  return ivPool.subarray(ivAt - IV_BYTES, ivAt);
}
const MAC_BYTES = 32;
const MAC_CONTEXT = Buffer.from('tonghu.sealed.v1\0');

/** `sm4.<key id>.<base64url of iv ‖ ciphertext ‖ mac>`. */
export const SEALED = /^sm4\.([0-9a-f]{8})\.([A-Za-z0-9_-]{64,})$/;
export const SEALED_PREFIX = 'sm4.';

export type BlindKind = 'id_number' | 'phone';

/**
 * Characters of the base64url HMAC-SM3 digest kept as a blind index: 22, i.e. 132 bits. A birthday collision
 * among n values has probability about n² / 2¹³³ — 2 × 10⁻²⁵ at fifty million ID numbers — so uniqueness and exact
 * lookups hold as with the whole digest, while the key the comparison joins and the unique indexes sort on is
 * about half as long as the 43 characters of the whole digest (issue 16.2: at most 20 % for sealing). Shortening
 * it again means re-indexing every stored value, as 0064 did.
 */
export const BLIND_INDEX_LENGTH = 22;
/** Batches smaller than this are indexed on the caller's thread: a round trip to the worker costs more. */
const IN_THREAD_BELOW = 200;

interface LoadedKey {
  id: string;
  idBytes: Buffer;
  sm4: KeyObject;
  mac: KeyObject;
  /** The same MAC key's HMAC-SM3 in JavaScript (sm3.mjs: the same bytes, without an Hmac object a value). */
  macer: HmacSm3;
  /** SM4 in ECB mode without padding under the sealing key: the block cipher that sm4Ctr counts with. */
  ecb: Cipher;
}

/**
 * SM4-CTR (encryption and decryption alike): `data` XOR the SM4 encryption of the counter blocks iv, iv + 1, …
 * (the 16 bytes as one big-endian number, as OpenSSL's sm4-ctr counts). One call of a cipher kept per key
 * instead of a new createCipheriv('sm4-ctr') for each value: 6.3 → 2.4 µs for an ID number. ECB without padding
 * keeps nothing between calls when each is whole blocks. crypto/sm3.test.ts holds it equal to sm4-ctr.
 */
function sm4Ctr(key: LoadedKey, iv: Buffer, data: Buffer): Buffer {
  const blocks = Math.ceil(data.length / 16);
  const counters = Buffer.allocUnsafe(blocks * 16);
  iv.copy(counters, 0, 0, 16);
  for (let b = 16; b < counters.length; b += 16) {
    counters.copy(counters, b, b - 16, b);
    for (let i = b + 15; i >= b; i--) {
      counters[i] = (counters[i]! + 1) & 0xff;
      if (counters[i] !== 0) break;
    }
  }
  const stream = key.ecb.update(counters);
  const out = Buffer.allocUnsafe(data.length);
  for (let i = 0; i < data.length; i++) out[i] = data[i]! ^ stream[i]!;
  return out;
}

/** HMAC-SM3 over the context, the key id, the IV and the ciphertext: what a sealed value ends with. */
function sealMac(key: LoadedKey, iv: Buffer, ct: Buffer): Buffer {
  return key.macer.digest(Buffer.concat([MAC_CONTEXT, key.idBytes, iv, ct]));
}

/** How a value is normalised before its blind index: an ID number upper-cased, a phone its digits only. */
export { normalise };

export class IntegrityError extends AppError {
  constructor() {
    super('internal', '加密数据完整性校验失败（数据可能被篡改，或密钥文件不匹配）');
  }
}

export class Keyring {
  private keys = new Map<string, LoadedKey>();
  private activeKey!: LoadedKey;
  private indexKey!: KeyObject;
  private indexKeyBytes!: Buffer;
  private sealing!: KeyFile;
  private loadedAt = 0;
  private mtimeMs = 0;
  private checkedAt = 0;

  /** `file` is re-read when a value names a key not yet known, and every few seconds for a new active key. */
  constructor(
    data: KeyFile,
    private readonly file: string | null = null,
  ) {
    this.load(data);
  }

  static fromFile(file: string): Keyring {
    return new Keyring(readKeyFile(file), file);
  }

  get activeId(): string {
    return this.activeKey.id;
  }

  get keyIds(): string[] {
    return [...this.keys.keys()];
  }

  private load(data: KeyFile): void {
    const keys = new Map<string, LoadedKey>();
    for (const k of data.keys)
      keys.set(k.id, {
        id: k.id,
        idBytes: Buffer.from(k.id, 'ascii'),
        sm4: createSecretKey(Buffer.from(k.sm4, 'hex')),
        mac: createSecretKey(Buffer.from(k.mac, 'hex')),
        macer: new HmacSm3(Buffer.from(k.mac, 'hex')),
        ecb: createCipheriv('sm4-ecb', Buffer.from(k.sm4, 'hex'), null).setAutoPadding(false),
      });
    this.keys = keys;
    this.activeKey = keys.get(data.active)!;
    this.sealing = { ...data, keys: data.keys.filter((k) => k.id === data.active) };
    this.indexKeyBytes = Buffer.from(data.index, 'hex');
    this.indexKey = createSecretKey(this.indexKeyBytes);
    this.loadedAt = Date.now();
    if (this.file) this.mtimeMs = statSync(this.file).mtimeMs;
  }

  /**
   * What another thread of this process needs to seal and index as this keyring does (the import's judging
   * thread): the active key and the index key, not the older keys kept for reading. Never leaves the process.
   */
  sealingKeys(): KeyFile {
    this.maybeReload();
    return this.sealing;
  }

  /** Re-reads the key file (after `keys rotate` in another process); false when there is none to read. */
  reload(): boolean {
    if (!this.file) return false;
    const data = readKeyFile(this.file);
    // The index key never changes under a running process: every stored index would stop matching.
    const index = createHmac('sm3', this.indexKey).update('check').digest('hex');
    const next = createHmac('sm3', createSecretKey(Buffer.from(data.index, 'hex')))
      .update('check')
      .digest('hex');
    if (index !== next)
      throw new AppError('internal', '密钥文件的索引密钥已改变：盲索引将不再匹配，拒绝使用该密钥文件');
    this.load(data);
    return true;
  }

  /** Picks up a new active key within a few seconds of a rotation, without a restart. */
  private maybeReload(): void {
    if (!this.file) return;
    const now = Date.now();
    if (now - this.checkedAt < 5000) return;
    this.checkedAt = now;
    try {
      if (statSync(this.file).mtimeMs !== this.mtimeMs) this.reload();
    } catch {
      // The file gone for a moment (being replaced): keep the keys in memory.
    }
  }

  seal(plain: string): string {
    this.maybeReload();
    const key = this.activeKey;
    const iv = freshIv();
    const ct = sm4Ctr(key, iv, Buffer.from(plain, 'utf8'));
    const mac = sealMac(key, iv, ct);
    return `${SEALED_PREFIX}${key.id}.${Buffer.concat([iv, ct, mac]).toString('base64url')}`;
  }

  /** The key id a sealed value names, or null when the text is not a sealed value. */
  static keyIdOf(text: string): string | null {
    return SEALED.exec(text)?.[1] ?? null;
  }

  open(sealed: string): string {
    const match = SEALED.exec(sealed);
    if (!match) throw new IntegrityError();
    const [, keyId, body] = match as unknown as [string, string, string];
    let key = this.keys.get(keyId);
    // Sealed by a key added since this process read the file (a rotation under way): read it again.
    if (!key && this.file && Date.now() - this.loadedAt > 1000 && this.reload()) key = this.keys.get(keyId);
    if (!key)
      throw new AppError('internal', `缺少密钥 ${keyId}：请使用包含该密钥的密钥文件（TONGHU_KEY_FILE）`);
    const bytes = Buffer.from(body, 'base64url');
    if (bytes.length < IV_BYTES + MAC_BYTES) throw new IntegrityError();
    const iv = bytes.subarray(0, IV_BYTES);
    const ct = bytes.subarray(IV_BYTES, bytes.length - MAC_BYTES);
    const mac = bytes.subarray(bytes.length - MAC_BYTES);
    const expected = sealMac(key, iv, ct);
    if (!timingSafeEqual(mac, expected)) throw new IntegrityError();
    return sm4Ctr(key, iv, ct).toString('utf8');
  }

  /**
   * A key for another purpose (the backups' encryption and MAC), derived from the sealing key `keyId` (default:
   * the active one) with HKDF-SM3 under a label and a salt, so that no key is used raw for two purposes.
   * Null when the key file holds no key of that id.
   */
  derive(label: string, salt: Buffer, bytes: number, keyId?: string): { id: string; key: Buffer } | null {
    if (keyId === undefined) this.maybeReload();
    let key = keyId === undefined ? this.activeKey : this.keys.get(keyId);
    if (!key && keyId !== undefined && this.file && this.reload()) key = this.keys.get(keyId);
    if (!key) return null;
    const material = Buffer.concat([key.sm4.export(), key.mac.export()]);
    return { id: key.id, key: Buffer.from(hkdfSync('sm3', material, salt, `tonghu.${label}`, bytes)) };
  }

  /**
   * The blind index of a value: the first BLIND_INDEX_LENGTH characters of base64url(HMAC-SM3(index key, kind ‖
   * normalised value)).
   */
  blindIndex(kind: BlindKind, value: string): string {
    return blindIndexWith(this.indexKey, BLIND_INDEX_LENGTH, kind, value);
  }

  /**
   * The blind indexes of many values (null for a missing one), in order. A batch of more than a few hundred is
   * computed on another thread (blind-index-pool.ts), so the caller's thread goes on meanwhile.
   */
  async blindIndexes(
    kind: BlindKind,
    values: readonly (string | null | undefined)[],
  ): Promise<(string | null)[]> {
    if (values.length < IN_THREAD_BELOW)
      return values.map((v) => (v === null || v === undefined || v === '' ? null : this.blindIndex(kind, v)));
    return blindIndexesInWorker(this.indexKeyBytes, BLIND_INDEX_LENGTH, kind, values);
  }
}
