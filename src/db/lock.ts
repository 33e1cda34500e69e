// One owner per embedded data folder. PGlite is a single-process database: two processes writing one folder
// each believe their own writes and lose the other's, and corrupt indexes on the way (issue 14). So whatever
// opens the folder first creates `tonghu.lock` in it atomically (O_EXCL), holding who it is; everyone else is
// refused before PGlite reads a byte. A lock left by a process that no longer runs on this host is taken over.
import { closeSync, openSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export const LOCK_FILE = 'tonghu.lock';

/** What the lock file holds. */
export interface LockHolder {
  pid: number;
  host: string;
  /** ISO time the holder took the lock. */
  since: string;
  /** The command that holds it (serve, import, backup…), to tell the operator what to stop. */
  command: string;
  /** The holder's process start time (Linux clock ticks since boot), to tell a reused pid from the holder. */
  processStart: string | null;
  /** Unique per lock taken, so a release never removes someone else's lock. */
  token: string;
  /**
   * A serving process's local door (issue 14.1): where on this host the CLI reaches it, and the admin token,
   * random per start, it accepts there (only from loopback). The lock file is 0600 in a 0700 folder.
   */
  server?: LocalServer;
}

export interface LocalServer {
  url: string;
  adminToken: string;
}

/** The folder is held by another process: exit code 3 with this message. */
export class DataDirLockedError extends Error {
  readonly exitCode = 3;
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder | null,
    /** A message of the command's own, in place of the general one. */
    message?: string,
  ) {
    super(message ?? lockedMessage(lockFile, holder));
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly file: string;
  readonly holder: LockHolder;
  /** A stale lock of a process that had died was taken over: the operator is told whose. */
  readonly tookOver: LockHolder | null;
  release(): void;
}

function lockedMessage(file: string, holder: LockHolder | null): string {
  const dir = path.dirname(file);
  if (!holder)
    return (
      `数据目录 ${dir} 正被另一个进程使用（锁文件 ${file} 无法读取）。` +
      `请先停止使用该目录的进程；确认没有进程在使用后，可删除该锁文件再试。`
    );
  const who = `进程 ${holder.pid}（主机 ${holder.host}，命令 ${holder.command}，自 ${holder.since} 起）`;
  const here = holder.host === hostname();
  return (
    `数据目录 ${dir} 已被${who}占用，同一数据目录同时只能由一个进程打开。` +
    (holder.command === 'serve' || holder.command === 'start'
      ? `服务运行期间请通过网页或接口操作（backup、users add、users reset-password、users list、import children、` +
        `regions load 会自动交给运行中的服务执行）；如需执行此命令，请先停止该服务（如 kill ${holder.pid}）后再试。`
      : `请等待该命令结束后再试。`) +
    (here ? '' : `该进程在另一台主机上，请在那台主机上确认它已停止；确认后可删除锁文件 ${file}。`)
  );
}

/** The process's start time from /proc (Linux); null where there is no /proc. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces and parentheses): state is field 3, start 22.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, owned by someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Locks held by this very process, by file: a second open in the same process is refused too. */
const held = new Map<string, string>();

/** Whether the recorded holder is gone: only judged on its own host, where its pid can be looked at. */
function isStale(file: string, holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return held.get(file) !== holder.token;
  if (!alive(holder.pid)) return true;
  // The pid lives, but if it started at another time it is a new process that reused the number.
  const start = processStart(holder.pid);
  return holder.processStart !== null && start !== null && start !== holder.processStart;
}

function readHolder(file: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return {
      pid: parsed.pid,
      host: parsed.host,
      since: String(parsed.since ?? '?'),
      command: String(parsed.command ?? '?'),
      processStart: typeof parsed.processStart === 'string' ? parsed.processStart : null,
      token: String(parsed.token ?? ''),
      ...(parsed.server &&
      typeof parsed.server.url === 'string' &&
      typeof parsed.server.adminToken === 'string'
        ? { server: { url: parsed.server.url, adminToken: parsed.server.adminToken } }
        : {}),
    };
  } catch {
    return null;
  }
}

const releasers = new Set<() => void>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // However the process ends short of SIGKILL, its locks go with it; SIGKILL leaves a stale lock that the
  // next opener takes over.
  process.on('exit', () => {
    for (const release of [...releasers]) release();
  });
}

/** The command line's own name for the lock, e.g. "serve" or "backup". */
export function commandName(argv: string[] = process.argv): string {
  // The command and its subcommand (`import children`), not the files or option values after them.
  const words: string[] = [];
  for (const arg of argv.slice(2)) {
    if (!/^[a-z][a-z0-9-]*$/.test(arg) || words.length === 2) break;
    words.push(arg);
  }
  return words.join(' ') || path.basename(argv[1] ?? 'node');
}

/**
 * Takes the folder's lock or throws DataDirLockedError naming the holder. The folder must exist.
 * `onTakeOver` hears about a stale lock taken over (the default prints a line on stderr).
 */
export function acquireDataDirLock(
  dir: string,
  options: { command?: string; onTakeOver?: (message: string) => void } = {},
): DataDirLock {
  const file = path.join(path.resolve(dir), LOCK_FILE);
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    command: options.command ?? commandName(),
    processStart: processStart(process.pid),
    token: randomBytes(12).toString('hex'),
  };
  let tookOver: LockHolder | null = null;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      try {
        writeSync(fd, `${JSON.stringify(holder)}\n`);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const existing = readHolder(file);
    // Unreadable: perhaps being written this very moment by another opener; look again once.
    if (!existing) {
      if (attempt < 3) {
        sleep(50);
        continue;
      }
      throw new DataDirLockedError(file, null);
    }
    if (!isStale(file, existing) || attempt >= 3) throw new DataDirLockedError(file, existing);
    // Move the stale lock aside under a name of our own, then make sure what we moved was that stale lock
    // and not a fresh one another opener took meanwhile; if it was fresh, put it back and give way.
    const aside = `${file}.stale-${holder.token}`;
    try {
      renameSync(file, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const moved = readHolder(aside);
    if (moved && moved.token !== existing.token) {
      try {
        renameSync(aside, file);
      } catch {
        // Nothing to do: the folder stays locked by whoever holds it now.
      }
      throw new DataDirLockedError(file, moved);
    }
    rmSync(aside, { force: true });
    tookOver = existing;
  }
  held.set(file, holder.token);
  if (tookOver) {
    const message =
      `提示：数据目录 ${path.dirname(file)} 留有进程 ${tookOver.pid}（主机 ${tookOver.host}，` +
      `命令 ${tookOver.command}，自 ${tookOver.since} 起）的锁，该进程已不在运行（可能异常退出），已接管。`;
    (options.onTakeOver ?? ((m: string) => process.stderr.write(`${m}\n`)))(message);
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    releasers.delete(release);
    held.delete(file);
    // Remove only our own lock: a folder taken over by someone else (after a mistaken deletion) stays theirs.
    if (readHolder(file)?.token === holder.token) {
      try {
        unlinkSync(file);
      } catch {
        // Already gone.
      }
    }
  };
  releasers.add(release);
  installExitHook();
  return { file, holder, tookOver, release };
}

/**
 * Writes the serving process's local door into the lock this process holds on `dir` (after it listens), so the
 * CLI on this host can have it carry out a command. The lock is replaced whole (a new file renamed over it).
 */
export function advertiseServer(dir: string, server: LocalServer): void {
  const file = path.join(path.resolve(dir), LOCK_FILE);
  const current = readHolder(file);
  if (!current || held.get(file) !== current.token) return;
  const partial = `${file}.${current.token}.tmp`;
  const fd = openSync(partial, 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify({ ...current, server })}\n`);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
}

/** Who holds the folder now, if anyone (for messages and tests). */
export function lockHolder(dir: string): LockHolder | null {
  return readHolder(path.join(path.resolve(dir), LOCK_FILE));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
