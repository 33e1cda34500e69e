// The key file (TONGHU_KEY_FILE): the SM4 and HMAC-SM3 keys that seal ID and phone numbers, and the key of
// the blind index. It lives outside the data folder, so that a copy of the data folder or of a backup is
// not also a copy of its key; created 0600 on first start, and its owner is told to back it up.
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/errors.ts';

export const KEY_FILE_FORMAT = 'tonghu-keys/1';

export interface SealingKey {
  /** 8 hex digits, written into every value sealed with this key. */
  id: string;
  /** SM4 key, 16 bytes, hex. */
  sm4: string;
  /** HMAC-SM3 key of the seal's integrity check, 32 bytes, hex. */
  mac: string;
  created: string;
}

export interface KeyFile {
  format: typeof KEY_FILE_FORMAT;
  /** The key new values are sealed with; the others are kept for reading (rotation). */
  active: string;
  /** HMAC-SM3 key of the blind index, 32 bytes, hex. It does not rotate: the index must stay comparable. */
  index: string;
  keys: SealingKey[];
}

/** Where the key file goes when TONGHU_KEY_FILE is not set: beside the data folder, never inside it. */
export function defaultKeyFilePath(dataDir: string): string {
  const resolved = path.resolve(dataDir);
  return path.join(path.dirname(resolved), `${path.basename(resolved)}.keys.json`);
}

export function newSealingKey(taken: readonly SealingKey[] = []): SealingKey {
  let id: string;
  do id = randomBytes(4).toString('hex');
  while (taken.some((k) => k.id === id));
  return {
    id,
    sm4: randomBytes(16).toString('hex'),
    mac: randomBytes(32).toString('hex'),
    created: new Date().toISOString(),
  };
}

function invalid(file: string, what: string): AppError {
  return new AppError('bad_input', `密钥文件 ${file} 无效：${what}`, { field: 'TONGHU_KEY_FILE' });
}

export function parseKeyFile(file: string, text: string): KeyFile {
  let data: KeyFile;
  try {
    data = JSON.parse(text) as KeyFile;
  } catch {
    throw invalid(file, '不是 JSON');
  }
  if (data?.format !== KEY_FILE_FORMAT) throw invalid(file, `格式应为 ${KEY_FILE_FORMAT}`);
  if (!/^[0-9a-f]{64}$/.test(data.index ?? '')) throw invalid(file, 'index 应为 32 字节十六进制');
  if (!Array.isArray(data.keys) || data.keys.length === 0) throw invalid(file, '没有密钥');
  for (const k of data.keys)
    if (!/^[0-9a-f]{8}$/.test(k.id) || !/^[0-9a-f]{32}$/.test(k.sm4) || !/^[0-9a-f]{64}$/.test(k.mac))
      throw invalid(file, '密钥条目格式错误');
  if (!data.keys.some((k) => k.id === data.active)) throw invalid(file, 'active 不是文件中的密钥');
  return data;
}

export function readKeyFile(file: string): KeyFile {
  return parseKeyFile(file, readFileSync(file, 'utf8'));
}

/** Creates `file` (never over an existing one), 0600, with the key file's JSON, flushed to the disk. */
function writeNewFile(file: string, data: KeyFile): void {
  const fd = openSync(file, 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(data, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes the whole file anew (a temporary file renamed over it), 0600 whatever the umask. */
export function writeKeyFile(file: string, data: KeyFile): void {
  const partial = `${file}.${process.pid}.tmp`;
  writeNewFile(partial, data);
  chmodSync(partial, 0o600);
  renameSync(partial, file);
}

/**
 * Reads the key file, creating it (0600, in a 0700 folder if the folder is new) when absent. `dataDir` is
 * the data folder the key must stay out of. `warn` receives the reminder to back the new file up.
 */
export function ensureKeyFile(
  file: string,
  options: { dataDir?: string | null; warn?: (message: string) => void } = {},
): KeyFile {
  const resolved = path.resolve(file);
  if (options.dataDir) {
    const data = path.resolve(options.dataDir);
    if (resolved === data || resolved.startsWith(`${data}${path.sep}`))
      throw new AppError(
        'bad_input',
        `密钥文件不能放在数据目录 ${data} 之内：数据目录的副本不应同时带走密钥`,
        {
          field: 'TONGHU_KEY_FILE',
        },
      );
  }
  if (existsSync(resolved)) {
    // A key readable by others is no key: tighten it rather than refuse to start.
    if ((statSync(resolved).mode & 0o077) !== 0) chmodSync(resolved, 0o600);
    return readKeyFile(resolved);
  }
  const dir = path.dirname(resolved);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  const key = newSealingKey();
  const data: KeyFile = {
    format: KEY_FILE_FORMAT,
    active: key.id,
    index: randomBytes(32).toString('hex'),
    keys: [key],
  };
  // Written whole under a temporary name, then linked into place: link fails if the file exists, so of
  // two processes starting at once one key wins and the other never reads a half-written file.
  const partial = `${resolved}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeNewFile(partial, data);
  try {
    linkSync(partial, resolved);
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readKeyFile(resolved);
    throw error;
  } finally {
    rmSync(partial, { force: true });
  }
  chmodSync(resolved, 0o600);
  (options.warn ?? ((m: string) => console.warn(m)))(
    `已生成数据加密密钥文件 ${resolved}（权限 0600）。请立即将它备份到安全的地方，并与数据备份分开保存：` +
      '丢失这个文件，数据库中的身份证号码和电话号码将无法再读出。',
  );
  return data;
}
