// COPY … FROM STDIN for bulk loads on PostgreSQL, inside a Kysely transaction. Kysely does not hand out the
// pg client a transaction runs on, so the pool given to Kysely records each client it lends by its server
// process id, and a transaction finds its own client by asking the server for pg_backend_pid(). PGlite has
// no COPY stream: there the caller falls back to INSERT (copyInFor gives null).
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { sql, type Kysely } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DB } from './schema.ts';

type ClientsByPid = Map<number, pg.PoolClient>;

const registries = new WeakMap<Kysely<DB>, ClientsByPid>();

/** A pool for Kysely's PostgresDialect that remembers which client serves which server process. */
export function recordingPool(pool: pg.Pool): {
  pool: {
    connect(): Promise<pg.PoolClient>;
    end(): Promise<void>;
    options: object;
    Client: typeof pg.Client;
  };
  clients: ClientsByPid;
} {
  const clients: ClientsByPid = new Map();
  return {
    clients,
    pool: {
      async connect() {
        const client = await pool.connect();
        // processID is set once the session is up (Kysely reads it too, to cancel queries).
        const pid = (client as unknown as { processID?: number }).processID;
        if (pid !== undefined && clients.get(pid) !== client) {
          clients.set(pid, client);
          client.once('end', () => {
            if (clients.get(pid) === client) clients.delete(pid);
          });
        }
        return client;
      },
      end: () => pool.end(),
      // What Kysely reads of a pool besides connect(): the settings and client class, to cancel a query.
      options: pool.options,
      Client: (pool as unknown as { Client: typeof pg.Client }).Client,
    },
  };
}

export function registerCopy(db: Kysely<DB>, clients: ClientsByPid): void {
  registries.set(db, clients);
}

/** A COPY … FROM STDIN under way: write text-format lines, then end(); a failed COPY rejects end(). */
export interface CopyStream {
  /** Resolves at once, or when the server has taken what was sent before (back-pressure). */
  write(text: string): Promise<void>;
  end(): Promise<number>;
  /** Gives the COPY up (CopyFail): nothing of it stays, and the session can go on to roll back. */
  abort(reason: Error): Promise<void>;
}

export type CopyIn = (statement: string) => CopyStream;

/**
 * COPY for the transaction `trx` of `db`, or null when the back end has none (PGlite). The statement runs
 * on the transaction's own session, so the rows it loads are the transaction's and go with it.
 */
export async function copyInFor(db: Kysely<DB>, trx: Kysely<DB>): Promise<CopyIn | null> {
  const clients = registries.get(db);
  if (!clients) return null;
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
  const client = clients.get(rows[0]!.pid);
  if (!client) return null;
  return (statement) => {
    const stream: Writable = client.query(copyFrom(statement));
    let failure: Error | null = null;
    stream.on('error', (error: Error) => {
      failure ??= error;
    });
    return {
      async write(text) {
        if (failure) throw failure;
        if (!stream.write(text)) {
          await Promise.race([once(stream, 'drain'), once(stream, 'close')]);
          if (failure) throw failure;
        }
      },
      async end() {
        if (failure) throw failure;
        const done = Promise.race([once(stream, 'finish'), once(stream, 'close')]);
        stream.end();
        await done;
        if (failure) throw failure;
        return (stream as unknown as { rowCount: number }).rowCount;
      },
      async abort(reason) {
        if (stream.destroyed) return;
        const closed = once(stream, 'close').catch(() => undefined);
        stream.destroy(reason);
        await closed;
      },
    };
  };
}

/** A value in COPY's text format: \N for NULL, backslash, tab and line breaks escaped. */
export function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = String(value);
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, (c) => ESCAPES[c]!) : text;
}
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPED = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
