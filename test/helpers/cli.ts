// The real `tonghu` command, run as a county's script runs it: a new Node process per command, the output
// and exit code collected. One place for every CLI test, so that how the command is started (bin/tonghu.js,
// its bundle) changes here only.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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
