// How every command ends: 0 on success; 2 with a located message on bad input, nothing half-written;
// 3 when another process holds the embedded data folder; 1 with the details for anything unexpected.
import { AppError, InputError } from '../shared/errors.ts';
import { FactsError } from '../domain/facts.ts';
import { DataDirLockedError } from '../db/lock.ts';
import { RemoteCommandError } from './local-server.ts';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;
/** The embedded data folder is held by another process (src/db/lock.ts). */
export const EXIT_LOCKED = 3;

/** How a failure ends a command: its exit code and the message after `tonghu <command>: `. */
export function describeFailure(error: unknown): { exitCode: number; message: string } {
  if (error instanceof RemoteCommandError) return { exitCode: error.exitCode, message: error.message };
  if (error instanceof DataDirLockedError) return { exitCode: EXIT_LOCKED, message: error.message };
  if (error instanceof InputError) return { exitCode: EXIT_BAD_INPUT, message: error.located };
  if (error instanceof FactsError) return { exitCode: EXIT_BAD_INPUT, message: error.message };
  if (error instanceof AppError && error.code !== 'internal')
    return {
      exitCode: error.code === 'bad_input' || error.code === 'not_found' ? EXIT_BAD_INPUT : EXIT_FAILURE,
      message: error.message,
    };
  return {
    exitCode: EXIT_FAILURE,
    message: `内部错误: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  };
}

export function reportFailure(command: string, error: unknown): number {
  const { exitCode, message } = describeFailure(error);
  process.stderr.write(`tonghu ${command}: ${message}\n`);
  return exitCode;
}

/** Wraps a command's action so that failures end the process with the right code and message. */
export function action<A extends unknown[]>(command: string, fn: (...args: A) => Promise<void>) {
  return async (...args: A): Promise<void> => {
    try {
      await fn(...args);
      // A command that found something wrong without failing (`check`) has set its own exit code.
      process.exitCode ??= EXIT_OK;
    } catch (error) {
      process.exitCode = reportFailure(command, error);
    }
  };
}
