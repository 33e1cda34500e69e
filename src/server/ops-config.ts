// The operator's settings for running the server (issue 14): log level, how long a request may wait for
// the database, how many requests use it at once, how long a shutdown may take. From the environment.
import { InputError } from '../shared/errors.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface OpsConfig {
  /** TONGHU_LOG_LEVEL, default info. */
  logLevel: LogLevel;
  /** TONGHU_DB_WAIT_MS: a request that cannot start its database work within this gets 503 (default 3000). */
  dbWaitMs: number;
  /** TONGHU_DB_CONCURRENCY: requests using the database at once; null = by back end (PGlite 2, pg 5). */
  dbConcurrency: number | null;
}

function integer(env: NodeJS.ProcessEnv, name: string, min: number, max: number): number | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new InputError(`${name} 应为${min}到${max}之间的整数，实际 "${raw}"`, { field: name });
  return value;
}

export function loadOpsConfig(env: NodeJS.ProcessEnv = process.env): OpsConfig {
  const level = (env.TONGHU_LOG_LEVEL?.trim().toLowerCase() || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(level))
    throw new InputError(
      `TONGHU_LOG_LEVEL 应为 ${LOG_LEVELS.join('、')} 之一，实际 "${env.TONGHU_LOG_LEVEL}"`,
      {
        field: 'TONGHU_LOG_LEVEL',
      },
    );
  return {
    logLevel: level,
    dbWaitMs: integer(env, 'TONGHU_DB_WAIT_MS', 100, 60_000) ?? 3000,
    dbConcurrency: integer(env, 'TONGHU_DB_CONCURRENCY', 1, 1000),
  };
}
