// The process's keyring, from TONGHU_KEY_FILE or, when it is not set, the file beside the data folder. One
// per process, like the configuration it comes from: every read and write of a sealed column uses it, and
// threading it through every service would change every signature for no gain.
import path from 'node:path';
import { ensureKeyFile, defaultKeyFilePath } from './keyfile.ts';
import { Keyring, type BlindKind } from './keyring.ts';

let current: Keyring | null = null;

/** The key file this process uses: TONGHU_KEY_FILE, else `<data folder>.keys.json` beside the data folder. */
export function keyFilePath(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env.TONGHU_KEY_FILE?.trim();
  if (explicit) return path.resolve(explicit);
  return defaultKeyFilePath(env.TONGHU_DATA_DIR?.trim() || './data');
}

/** The process's keyring, reading (or on first start creating) the key file the first time it is needed. */
export function keyring(): Keyring {
  if (!current) {
    const file = keyFilePath();
    const dataDir = path.resolve(process.env.TONGHU_DATA_DIR?.trim() || './data');
    ensureKeyFile(file, { dataDir });
    current = Keyring.fromFile(file);
  }
  return current;
}

/**
 * Uses `ring` from now on (tests, `keys rotate`); null forgets it so the next use reads the file again.
 * Returns the one used until now (a test running a command in its own process puts it back after).
 */
export function useKeyring(ring: Keyring | null): Keyring | null {
  const previous = current;
  current = ring;
  return previous;
}

export const seal = (plain: string): string => keyring().seal(plain);
export const sealOrNull = (plain: string | null | undefined): string | null =>
  plain === null || plain === undefined ? null : keyring().seal(plain);
export const open = (sealed: string): string => keyring().open(sealed);
export const blindIndex = (kind: BlindKind, value: string): string => keyring().blindIndex(kind, value);
export const blindIndexOrNull = (kind: BlindKind, value: string | null | undefined): string | null =>
  value === null || value === undefined || value === '' ? null : keyring().blindIndex(kind, value);
/** Many blind indexes at once, off this thread when there are enough of them (Keyring.blindIndexes). */
export const blindIndexes = (
  kind: BlindKind,
  values: readonly (string | null | undefined)[],
): Promise<(string | null)[]> => keyring().blindIndexes(kind, values);
