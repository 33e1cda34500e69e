// When the database cannot serve a request — PostgreSQL away (restart, failover, a terminated session,
// refused connections), the embedded database too busy to start it within the bound, or the request's
// transaction rolled back by the server for a deadlock with another — the caller gets
// 503 with Retry-After and a Chinese message, never a 500 and never a dead process. The request changed
// nothing it did not commit, and it may simply be tried again.
import { DatabaseBusyError } from '../db/pglite-dialect.ts';

export type DatabaseTrouble = 'unavailable' | 'busy';

// SQLSTATE: class 08 connection exception; 57P01 admin shutdown (pg_terminate_backend), 57P02 crash
// shutdown, 57P03 cannot connect now (starting up or shutting down); 53300 too many connections.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;
// Two transactions in each other's way, one rolled back whole by the server: 40P01 deadlock detected (e.g.
// two writers of children in two villages, each holding one village's worklist counts: migration 0074),
// 40001 serialization failure, 55P03 lock not available. Nothing of the request was kept: busy, try again.
const CONTENTION_SQLSTATE = /^(40P01|40001|55P03)$/;
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// What node-postgres says when the socket went away under it (these errors carry no code).
const UNAVAILABLE_MESSAGE =
  /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|Connection ended unexpectedly)/;
// pg-pool: no client could be had within connectionTimeoutMillis (pool exhausted or server hanging).
const POOL_TIMEOUT_MESSAGE = /^timeout exceeded when trying to connect/;

export function databaseTrouble(error: unknown, depth = 0): DatabaseTrouble | null {
  if (!error || typeof error !== 'object' || depth > 4) return null;
  if (error instanceof DatabaseBusyError) return 'busy';
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code)))
    return 'unavailable';
  if (typeof code === 'string' && CONTENTION_SQLSTATE.test(code)) return 'busy';
  if (typeof message === 'string') {
    if (UNAVAILABLE_MESSAGE.test(message)) return 'unavailable';
    if (POOL_TIMEOUT_MESSAGE.test(message)) return 'busy';
  }
  // Connecting to "localhost" tries each address and fails with an AggregateError of them.
  if (Array.isArray(errors))
    for (const inner of errors) {
      const found = databaseTrouble(inner, depth + 1);
      if (found) return found;
    }
  return databaseTrouble(cause, depth + 1);
}

export const DATABASE_TROUBLE_REPLY: Record<
  DatabaseTrouble,
  { status: 503; code: string; message: string; retryAfterSeconds: number }
> = {
  unavailable: {
    status: 503,
    code: 'database_unavailable',
    message: '数据库暂时无法连接，请稍后重试',
    retryAfterSeconds: 5,
  },
  busy: {
    status: 503,
    code: 'database_busy',
    message: '系统繁忙，请稍后重试',
    retryAfterSeconds: 2,
  },
};
