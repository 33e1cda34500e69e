// How every command ends: 0 on success; 2 with a located message on bad input, nothing half-written;
// 3 when another process holds the embedded data folder; 1 with the details for anything unexpected.
import { AppError, InputError } from '../shared/errors.ts';
import { FactsError } from '../domain/facts.ts';
import { DataDirLockedError } from '../db/lock.ts';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;
/** The embedded data folder is held by another process (src/db/lock.ts). */
export const EXIT_LOCKED = 3;

export function reportFailure(command: string, error: unknown): number {
  if (error instanceof DataDirLockedError) {
    process.stderr.write(`tonghu ${command}: ${error.message}\n`);
    return EXIT_LOCKED;
  }
  if (error instanceof InputError) {
    process.stderr.write(`tonghu ${command}: ${error.located}\n`);
    return EXIT_BAD_INPUT;
  }
  if (error instanceof FactsError) {
    process.stderr.write(`tonghu ${command}: ${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  if (error instanceof AppError && error.code !== 'internal') {
    process.stderr.write(`tonghu ${command}: ${error.message}\n`);
    return error.code === 'bad_input' || error.code === 'not_found' ? EXIT_BAD_INPUT : EXIT_FAILURE;
  }
  process.stderr.write(
    `tonghu ${command}: 内部错误: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return EXIT_FAILURE;
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
