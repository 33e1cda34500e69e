// The embedded database's folder is its owner's alone (issue 16.2): the folder and every folder in it 0700,
// every file 0600, whatever the umask the process was started with. The umask is narrowed for the life of
// the process so that files PGlite creates later (WAL segments, new relations) are born private too, and
// whatever is already there is tightened on open.
import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const FOLDER_MODE = 0o700;
export const FILE_MODE = 0o600;

/** Narrows the process umask so that nothing it creates is readable by group or others. */
export function privateUmask(): void {
  try {
    process.umask(process.umask() | 0o077);
  } catch {
    // Worker threads cannot change the umask; the chmod walk below still tightens what exists.
  }
}

/** Creates `dir` if needed and makes it and everything in it private (symbolic links are left alone). */
export function makePrivate(dir: string): void {
  privateUmask();
  mkdirSync(dir, { recursive: true, mode: FOLDER_MODE });
  walk(path.resolve(dir));
}

function walk(target: string): void {
  const stat = lstatSync(target);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    if ((stat.mode & 0o777) !== FOLDER_MODE) chmodSync(target, FOLDER_MODE);
    for (const name of readdirSync(target)) walk(path.join(target, name));
  } else if ((stat.mode & 0o777) !== FILE_MODE) chmodSync(target, FILE_MODE);
}
