// COPY … FROM STDIN for bulk loads on PostgreSQL, inside a Kysely transaction. Kysely does not hand out the
// pg client a transaction runs on, so the pool given to Kysely records each client it lends by its server
// process id, and a transaction finds its own client by asking the server for pg_backend_pid(). PGlite has
// no COPY stream, but reads COPY data from a blob attached to the query (`FROM '/dev/blob'`): the text is
// gathered and sent that way, to the PGlite in this process (the CLI, tests) or in the server's worker.
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { sql, type Kysely } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DB } from './schema.ts';

type ClientsByPid = Map<number, pg.PoolClient>;

const registries = new WeakMap<Kysely<DB>, ClientsByPid>();
/** What copyInFor needs of a PGlite: a query with a blob for COPY FROM '/dev/blob'. */
export interface BlobQuery {
  query(sql: string, params: unknown[], options: { blob: Blob }): Promise<{ affectedRows?: number }>;
}
const blobEngines = new WeakMap<Kysely<DB>, BlobQuery>();

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

/** COPY for `db` on a PGlite (its one session is every transaction's). */
export function registerBlobCopy(db: Kysely<DB>, engine: BlobQuery): void {
  blobEngines.set(db, engine);
}

const FROM_STDIN = / from stdin\b/i;

/**
 * On PGlite a COPY … FROM STDIN runs as COPY … FROM '/dev/blob' with the text written to it, when end() is
 * called. The caller holds the transaction, and PGlite has one session: the statement is the transaction's.
 */
function blobCopy(engine: BlobQuery): CopyIn {
  return (statement) => {
    if (!FROM_STDIN.test(statement))
      throw new Error(`COPY: not a COPY … FROM STDIN: ${statement.slice(0, 80)}`);
    let parts: (string | Uint8Array<ArrayBuffer>)[] | null = [];
    return {
      async write(text) {
        if (!parts) throw new Error('COPY: written after its end');
        parts.push(text);
      },
      async end() {
        if (!parts) throw new Error('COPY: ended twice');
        const blob = new Blob(parts);
        parts = null;
        const result = await engine.query(statement.replace(FROM_STDIN, " from '/dev/blob'"), [], { blob });
        return result.affectedRows ?? 0;
      },
      async abort() {
        parts = null;
      },
    };
  };
}

/** A COPY … FROM STDIN under way: write text-format lines, then end(); a failed COPY rejects end(). */
export interface CopyStream {
  /** Resolves at once, or when the server has taken what was sent before (back-pressure). Text or its UTF-8. */
  write(text: string | Uint8Array<ArrayBuffer>): Promise<void>;
  end(): Promise<number>;
  /** Gives the COPY up (CopyFail): nothing of it stays, and the session can go on to roll back. */
  abort(reason: Error): Promise<void>;
}

export type CopyIn = (statement: string) => CopyStream;

/**
 * COPY for the transaction `trx` of `db`, or null when the back end has none. The statement runs on the
 * transaction's own session, so the rows it loads are the transaction's and go with it. On PGlite only with
 * `onPGlite`: its COPY holds the text in memory until end() (an import sends a chunk at a time; the
 * comparison's one COPY of a whole roster would hold the file).
 */
export async function copyInFor(
  db: Kysely<DB>,
  trx: Kysely<DB>,
  options: { onPGlite?: boolean } = {},
): Promise<CopyIn | null> {
  const engine = blobEngines.get(db);
  if (engine) return options.onPGlite ? blobCopy(engine) : null;
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
