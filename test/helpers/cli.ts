// The real `tonghu` command, run as a county's script runs it: a new Node process per command, the output
// and exit code collected. One place for every CLI test, so that how the command is started (bin/tonghu.js,
// its bundle) changes here only. `tonghu` runs the same program in the test's own process, for the tests of
// what a command does rather than of the process around it (see there).
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { buildProgram } from '../../src/cli/program.ts';
import { useKeyring } from '../../src/crypto/active.ts';

export const TONGHU_BIN = fileURLToPath(new URL('../../bin/tonghu.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** The whole environment of the command (start from process.env to inherit). */
  env: NodeJS.ProcessEnv;
  input?: string;
  cwd?: string;
}

/** Runs the command and waits for it, blocking this process (for commands that need nothing from it). */
export function tonghuSync(args: readonly string[], options: CliOptions): CliResult {
  const result = spawnSync(process.execPath, [TONGHU_BIN, ...args], {
    encoding: 'utf8',
    env: options.env,
    input: options.input,
    cwd: options.cwd,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the command without blocking this process (when the test serves or answers it meanwhile). */
export function tonghuAsync(args: readonly string[], options: CliOptions): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TONGHU_BIN, ...args], { env: options.env, cwd: options.cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (options.input !== undefined) child.stdin.end(options.input);
  });
}

class Exited extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs the command's program (src/cli/program.ts) in this process, as bin/tonghu.js runs it in a new one: with
 * `options.env` as the whole environment, its own keyring read from the key file that environment names, its
 * writes to stdout and stderr (and the console) collected, its exit code the one it sets. What the process
 * around a command does — the bundle, signals, the data folder's lock against another process, a server
 * started — stays tested through tonghuSync/tonghuAsync (test/cli/lock, start, local-server, serve-web,
 * workers). A new Node process for each of the CLI tests' 147 commands cost ~1 s of the ~1.6 s each took: those
 * files took 176 s on 2 cores, 96 s this way (2026-12-07).
 * Commands run one at a time, as they would one after another from a shell, in `options.cwd` when given; with
 * `input` the command runs in a new process (this process's stdin is not the command's to read).
 */
export function tonghu(args: readonly string[], options: CliOptions): Promise<CliResult> {
  if (options.input !== undefined) return tonghuAsync(args, options);
  const run = queue.then(() => inThisProcess(args, options.env, options.cwd));
  queue = run.catch(() => undefined);
  return run;
}

async function inThisProcess(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string | undefined,
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const collect =
    (to: 'out' | 'err') =>
    (chunk: string | Uint8Array, encoding?: unknown, callback?: unknown): boolean => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      if (to === 'out') stdout += text;
      else stderr += text;
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
      return true;
    };
  const saved = {
    cwd: process.cwd(),
    env: process.env,
    argv: process.argv,
    exitCode: process.exitCode,
    out: process.stdout.write,
    err: process.stderr.write,
    log: console.log,
    error: console.error,
    warn: console.warn,
    info: console.info,
  };
  const keyring = useKeyring(null);
  if (cwd !== undefined) process.chdir(cwd);
  process.env = { ...env };
  process.argv = [process.execPath, TONGHU_BIN, ...args];
  process.exitCode = undefined;
  process.stdout.write = collect('out') as typeof process.stdout.write;
  process.stderr.write = collect('err') as typeof process.stderr.write;
  console.log = console.info = (...a: unknown[]) => void (stdout += `${format(...a)}\n`);
  console.error = console.warn = (...a: unknown[]) => void (stderr += `${format(...a)}\n`);
  let code: number;
  try {
    await buildProgram((exitCode) => {
      throw new Exited(exitCode);
    }).parseAsync(process.argv);
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    if (!(error instanceof Exited)) throw error;
    code = error.code;
  } finally {
    process.chdir(saved.cwd);
    process.env = saved.env;
    process.argv = saved.argv;
    process.exitCode = saved.exitCode;
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    Object.assign(console, { log: saved.log, error: saved.error, warn: saved.warn, info: saved.info });
    useKeyring(keyring);
  }
  return { code, stdout, stderr };
}
