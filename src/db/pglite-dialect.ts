// Kysely over PGlite: PostgreSQL compiled to WebAssembly, in-process. PGlite is one session, so the
// driver hands out that one connection to one caller at a time; a transaction holds it until it ends.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { PGliteLike } from './pglite-remote.ts';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

class PGliteConnection implements DatabaseConnection {
  constructor(private readonly pg: PGliteLike) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pg.query<R>(compiled.sql, compiled.parameters as unknown[]);
    const command = result.command;
    const changes =
      command === 'INSERT' || command === 'UPDATE' || command === 'DELETE' || command === 'MERGE';
    return changes
      ? { rows: result.rows, numAffectedRows: BigInt(result.affectedRows ?? 0) }
      : { rows: result.rows };
  }

  // PGlite has no cursors over its wire; results come whole and are handed out in chunks.
  async *streamQuery<R>(compiled: CompiledQuery, chunkSize = 1000): AsyncIterableIterator<QueryResult<R>> {
    const { rows } = await this.executeQuery<R>(compiled);
    for (let i = 0; i < rows.length; i += chunkSize) yield { rows: rows.slice(i, i + chunkSize) };
  }
}

/** The embedded database could not start a caller's work within the wait bound (answered 503 database_busy). */
export class DatabaseBusyError extends Error {
  constructor(waitedMs: number) {
    super(`database busy: no turn within ${waitedMs} ms`);
    this.name = 'DatabaseBusyError';
  }
}

// Work that must wait its turn however long it takes (the nightly reassessment, start-up, a shutdown's
// last writes) runs inside unboundedWaiting; everything else obeys the dialect's wait bound.
const unbounded = new AsyncLocalStorage<true>();

export function unboundedWaiting<T>(fn: () => T): T {
  return unbounded.run(true, fn);
}

interface Waiter {
  grant: (release: () => void) => void;
  timer: NodeJS.Timeout | null;
}

/**
 * A FIFO lock: PGlite must not interleave statements of different callers inside a transaction. A caller
 * that cannot have it within waitMs leaves the queue with DatabaseBusyError instead of waiting on.
 */
class Lock {
  private held = false;
  private readonly waiters: Waiter[] = [];

  constructor(private readonly waitMs: number | null) {}

  acquire(): Promise<() => void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { grant: resolve, timer: null };
      const bound = unbounded.getStore() ? null : this.waitMs;
      if (bound !== null)
        waiter.timer = setTimeout(() => {
          const at = this.waiters.indexOf(waiter);
          if (at >= 0) this.waiters.splice(at, 1);
          reject(new DatabaseBusyError(bound));
        }, bound);
      this.waiters.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      if (!next) {
        this.held = false;
        return;
      }
      if (next.timer) clearTimeout(next.timer);
      // Through the event loop, not as a mere promise: PGlite works synchronously, so a queue handed on in
      // microtasks would keep the loop from reading sockets and firing timers until it is empty.
      const release = this.releaser();
      setImmediate(() => next.grant(release));
    };
  }
}

export interface PGliteDialectOptions {
  /** How long a caller may wait for its turn before DatabaseBusyError; null waits for ever. */
  waitMs?: number | null;
}

class PGliteDriver implements Driver {
  private readonly lock: Lock;
  private readonly releases = new WeakMap<DatabaseConnection, () => void>();
  private readonly connection: PGliteConnection;

  constructor(
    private readonly pg: PGliteLike,
    options: PGliteDialectOptions,
  ) {
    this.connection = new PGliteConnection(pg);
    this.lock = new Lock(options.waitMs ?? null);
  }

  async init(): Promise<void> {
    await this.pg.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.lock.acquire();
    this.releases.set(this.connection, release);
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const parts = ['begin'];
    if (settings.isolationLevel) parts.push(`isolation level ${settings.isolationLevel}`);
    if (settings.accessMode) parts.push(settings.accessMode);
    await connection.executeQuery(CompiledQuery.raw(parts.join(' ')));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${name}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to savepoint ${name}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release savepoint ${name}`));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const release = this.releases.get(connection);
    this.releases.delete(connection);
    release?.();
  }

  async destroy(): Promise<void> {
    if (!this.pg.closed) await this.pg.close();
  }
}

export class PGliteDialect implements Dialect {
  constructor(
    private readonly pg: PGliteLike,
    private readonly options: PGliteDialectOptions = {},
  ) {}

  createAdapter() {
    return new PostgresAdapter();
  }

  createDriver(): Driver {
    return new PGliteDriver(this.pg, this.options);
  }

  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db);
  }
}
