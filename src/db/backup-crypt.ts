// The encryption of backup files (issue 16.2: "backups are encrypted with the same key"). A backup holds every
// name, address and note in clear inside its rows (only ID and phone numbers are sealed column by column), so
// the whole file is encrypted: SM4-CTR over the gzip stream, then HMAC-SM3 over the clear header and all of the
// ciphertext (encrypt-then-MAC), the tag written last.
//
//   {"format":"tonghu-backup-sm4",...,"key":"<key id>","salt":"<hex>","iv":"<hex>"}\n  ciphertext  tag(32)
//
// The header names the sealing key of the key file (TONGHU_KEY_FILE) the file was written under; the
// encryption and MAC keys are derived from it with HKDF-SM3 under labels of their own and the file's random
// salt, so the column keys are never used raw here. After `keys rotate` the old key stays in the key file, so
// old backups still open. A file is verified whole (its tag) before one byte of it is decrypted or restored.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import type { Keyring } from '../crypto/keyring.ts';
import { InputError } from '../shared/errors.ts';

export const ENCRYPTED_FORMAT = 'tonghu-backup-sm4';
export const ENCRYPTED_VERSION = 1;
const TAG_BYTES = 32;
const SALT_BYTES = 16;
const IV_BYTES = 16;
/** The header is one short JSON line; anything longer is not ours. */
const MAX_HEADER = 1024;

export interface EncryptedHeader {
  format: typeof ENCRYPTED_FORMAT;
  version: number;
  cipher: 'sm4-ctr';
  mac: 'hmac-sm3';
  kdf: 'hkdf-sm3';
  /** The id of the sealing key in the key file. */
  key: string;
  salt: string;
  iv: string;
}

function backupKeys(
  ring: Keyring,
  salt: Buffer,
  keyId?: string,
): { id: string; enc: Buffer; mac: Buffer } | null {
  const enc = ring.derive('backup.sm4', salt, 16, keyId);
  const mac = ring.derive('backup.hmac-sm3', salt, 32, keyId);
  if (!enc || !mac) return null;
  return { id: enc.id, enc: enc.key, mac: mac.key };
}

/**
 * A Transform that turns the (gzip) stream into an encrypted backup file: the clear header first, the
 * ciphertext, and the tag when the input ends. Under the key file's active key.
 */
export function encryptingStream(ring: Keyring): Transform {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const keys = backupKeys(ring, salt)!;
  const header: EncryptedHeader = {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    cipher: 'sm4-ctr',
    mac: 'hmac-sm3',
    kdf: 'hkdf-sm3',
    key: keys.id,
    salt: salt.toString('hex'),
    iv: iv.toString('hex'),
  };
  const headerBytes = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
  const cipher = createCipheriv('sm4-ctr', keys.enc, iv);
  const hmac = createHmac('sm3', keys.mac).update(headerBytes);
  let started = false;
  const emit = (stream: Transform, ct: Buffer) => {
    if (!started) {
      started = true;
      stream.push(headerBytes);
    }
    if (ct.length) {
      hmac.update(ct);
      stream.push(ct);
    }
  };
  return new Transform({
    transform(this: Transform, chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      emit(this, cipher.update(chunk));
      done();
    },
    flush(this: Transform, done: TransformCallback) {
      emit(this, cipher.final());
      this.push(hmac.digest());
      done();
    },
  });
}

/** Whether the file begins like an encrypted backup (else it may be an older, gzip-only one). */
export async function isEncryptedBackup(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const start = Buffer.alloc(32);
    const { bytesRead } = await handle.read(start, 0, 32, 0);
    return start.subarray(0, bytesRead).toString('latin1').startsWith(`{"format":"${ENCRYPTED_FORMAT}"`);
  } finally {
    await handle.close();
  }
}

function refused(file: string, message: string): InputError {
  return new InputError(`${message}；未恢复任何数据`, { file });
}

async function readHeader(file: string): Promise<{ header: EncryptedHeader; bytes: Buffer }> {
  const handle = await open(file, 'r');
  let start: Buffer;
  try {
    start = Buffer.alloc(MAX_HEADER);
    const { bytesRead } = await handle.read(start, 0, MAX_HEADER, 0);
    start = start.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const end = start.indexOf(0x0a);
  if (end < 0) throw refused(file, '不是童护加密备份文件（文件头不完整）');
  const bytes = start.subarray(0, end + 1);
  let header: EncryptedHeader;
  try {
    header = JSON.parse(bytes.toString('utf8')) as EncryptedHeader;
  } catch {
    throw refused(file, '不是童护加密备份文件（文件头无法解析）');
  }
  if (header?.format !== ENCRYPTED_FORMAT) throw refused(file, '不是童护加密备份文件');
  if (header.version !== ENCRYPTED_VERSION)
    throw refused(file, `加密备份格式版本 ${header.version} 不受支持（本程序读取版本 ${ENCRYPTED_VERSION}）`);
  if (
    header.cipher !== 'sm4-ctr' ||
    header.mac !== 'hmac-sm3' ||
    header.kdf !== 'hkdf-sm3' ||
    !/^[0-9a-f]{8}$/.test(header.key ?? '') ||
    !/^[0-9a-f]{32}$/.test(header.salt ?? '') ||
    !/^[0-9a-f]{32}$/.test(header.iv ?? '')
  )
    throw refused(file, '加密备份的文件头无效（文件可能被改动过）');
  return { header, bytes };
}

/**
 * Verifies an encrypted backup whole (its HMAC-SM3 tag over header and ciphertext) and only then returns the
 * decrypted stream (the gzip bytes). A file cut short, altered in any byte, or written under a key that is
 * not this key file's is refused with a message saying which, before anything is read from it.
 */
export async function openEncryptedBackup(
  file: string,
  ring: Keyring,
  keyFile: string,
): Promise<{ stream: Readable; header: EncryptedHeader }> {
  const { header, bytes } = await readHeader(file);
  const salt = Buffer.from(header.salt, 'hex');
  const keys = backupKeys(ring, salt, header.key);
  if (!keys)
    throw refused(
      file,
      `此备份由密钥 ${header.key} 加密，而密钥文件 ${keyFile} 中没有这个密钥：请用写入该备份的部署所用的密钥文件（TONGHU_KEY_FILE）恢复`,
    );
  const size = (await stat(file)).size;
  const bodyEnd = size - TAG_BYTES; // exclusive
  if (bodyEnd < bytes.length) throw refused(file, '备份文件不完整（被截断），完整性校验无法通过');

  // First pass: the tag over everything, before a byte is decrypted.
  const hmac = createHmac('sm3', keys.mac).update(bytes);
  if (bodyEnd > bytes.length)
    await pipeline(
      createReadStream(file, { start: bytes.length, end: bodyEnd - 1 }),
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          hmac.update(chunk);
          done();
        },
      }),
    );
  const tag = Buffer.alloc(TAG_BYTES);
  const handle = await open(file, 'r');
  try {
    await handle.read(tag, 0, TAG_BYTES, bodyEnd);
  } finally {
    await handle.close();
  }
  if (!timingSafeEqual(hmac.digest(), tag))
    throw refused(
      file,
      `备份文件完整性校验失败：文件被截断或改动过，或密钥文件 ${keyFile} 中的密钥 ${header.key} 与写入该备份时所用的不同`,
    );

  const decipher = createDecipheriv('sm4-ctr', keys.enc, Buffer.from(header.iv, 'hex'));
  const input = createReadStream(file, { start: bytes.length, end: bodyEnd - 1 });
  input.on('error', (error) => decipher.destroy(error));
  // An empty range still has to end the decipher.
  if (bodyEnd === bytes.length) {
    input.destroy();
    decipher.end();
  } else input.pipe(decipher);
  return { stream: decipher, header };
}
