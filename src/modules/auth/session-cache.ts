// Sessions held in memory for a few seconds (issue 20.3), so that a burst of requests reads a session from the
// database once rather than once each. PostgreSQL only, where several server processes share the database:
// a session's end or an account's change is announced by the database (migration 0068, channel
// `tonghu_session`, the account's id) and each process drops that account's sessions on hearing it; this
// process's own changes drop them before and after the statement runs (src/db/table-writes.ts). Nothing is
// cached while this process is not listening (before LISTEN is acknowledged, after the connection drops until
// it is back), and a copy read before a change was heard is never kept. Expiry, the absolute limit and the
// sliding of a session's expiry are still decided by resolveSession on every request (a copy is used only while
// its expiry slide is not yet due); the copy's age is bounded by SESSION_CACHE_MS besides.
import type { Kysely } from 'kysely';
import pg from 'pg';
import type { DB } from '../../db/schema.ts';
import { whenClosing } from '../../db/connect.ts';
import { tableWritesOf } from '../../db/table-writes.ts';

/** How long a copy of a session is used at most, even with no announcement (a safety net, not the mechanism). */
export const SESSION_CACHE_MS = 10_000;
/** Copies kept at most; the oldest go first. */
const MAX_ENTRIES = 20_000;
const CHANNEL = 'tonghu_session';
const RECONNECT_MS = 1_000;

interface Entry<T> {
  row: T;
  userId: string;
  storedAt: number;
}

export class SessionCache<T extends { id: string }> {
  readonly #entries = new Map<string, Entry<T>>();
  /** Moves on with every announcement and every write of ours: a copy read before it moved is not kept. */
  #epoch = 0;
  #listening = false;

  /** Where a lookup starts: pass it back to put(). */
  epoch(): number {
    return this.#epoch;
  }

  get(tokenHash: string, nowMs = performance.now()): T | undefined {
    if (!this.#listening) return undefined;
    const entry = this.#entries.get(tokenHash);
    if (!entry) return undefined;
    if (nowMs - entry.storedAt >= SESSION_CACHE_MS) {
      this.#entries.delete(tokenHash);
      return undefined;
    }
    return entry.row;
  }

  put(tokenHash: string, row: T, startedAt: number, nowMs = performance.now()): void {
    if (!this.#listening || startedAt !== this.#epoch) return;
    if (this.#entries.size >= MAX_ENTRIES) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.delete(tokenHash);
    this.#entries.set(tokenHash, { row, userId: row.id, storedAt: nowMs });
  }

  /** An account changed or one of its sessions ended. */
  revokeUser(userId: string): void {
    this.#epoch++;
    for (const [hash, entry] of this.#entries) if (entry.userId === userId) this.#entries.delete(hash);
  }

  clear(): void {
    this.#epoch++;
    this.#entries.clear();
  }

  setListening(listening: boolean): void {
    this.clear();
    this.#listening = listening;
  }

  /** Copies are kept and used (LISTEN acknowledged on a live connection). */
  get listening(): boolean {
    return this.#listening;
  }

  get size(): number {
    return this.#entries.size;
  }
}

interface Running {
  cache: SessionCache<never>;
  /** Starts not yet stopped. */
  starts: number;
  /** Stops listening and drops the cache, whatever the count. */
  end: () => Promise<void>;
}

const caches = new WeakMap<object, Running>();

/** The cache of `db`'s sessions, when this process keeps one. */
export function sessionCacheOf<T extends { id: string }>(db: Kysely<DB>): SessionCache<T> | undefined {
  return caches.get(db)?.cache as SessionCache<T> | undefined;
}

/**
 * Starts caching `db`'s sessions (PostgreSQL: `pool` given) and listening for their revocation on a
 * connection of its own. Several starts on one database share one cache, which ends with the last stop or
 * when the database is closed (its connection must not outlive the pool's).
 */
export function startSessionCache(
  db: Kysely<DB>,
  pool: pg.Pool,
  onError: (error: Error) => void = () => {},
): () => Promise<void> {
  const running = caches.get(db) ?? begin(db, pool, onError);
  running.starts++;
  let stopped = false;
  return async () => {
    if (stopped) return;
    stopped = true;
    if (--running.starts === 0) await running.end();
  };
}

function begin(db: Kysely<DB>, pool: pg.Pool, onError: (error: Error) => void): Running {
  const cache = new SessionCache<never>();
  // This process's own changes: an account changed or removed, a session ended. Not a session's expiry sliding
  // forward (an UPDATE of user_session), nor the time of an account's last sign-in (written at every login).
  const unwatch = tableWritesOf(db)?.watch(['app_user', 'user_session'], (table, set) => {
    if (table === 'user_session' && set !== null) return;
    if (table === 'app_user' && set !== null && set.every((c) => c === 'last_login_at')) return;
    cache.clear();
  });
  let ended = false;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    if (ended) return;
    let c: pg.Client;
    try {
      c = new pg.Client(pool.options as pg.ClientConfig);
    } catch (error) {
      // Settings the pool took but a client refuses: said once, and nothing cached (never listening).
      onError(error as Error);
      return;
    }
    client = c;
    const lost = (error?: Error) => {
      if (client !== c) return;
      client = null;
      cache.setListening(false);
      if (error) onError(error);
      c.end().catch(() => {});
      if (!ended) timer = setTimeout(() => void connect(), RECONNECT_MS);
    };
    c.on('error', lost);
    c.on('end', () => lost());
    c.on('notification', (message) => {
      if (message.channel !== CHANNEL) return;
      if (message.payload) cache.revokeUser(message.payload);
      else cache.clear();
    });
    try {
      await c.connect();
      await c.query(`listen ${CHANNEL}`);
      if (client === c && !ended) cache.setListening(true);
      else await c.end().catch(() => {}); // ended, or lost and replaced, meanwhile
    } catch (error) {
      lost(error as Error);
    }
  };

  const running: Running = {
    cache,
    starts: 0,
    end: async () => {
      if (ended) return;
      ended = true;
      caches.delete(db);
      unclose();
      if (timer) clearTimeout(timer);
      unwatch?.();
      cache.setListening(false);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
  const unclose = whenClosing(db, () => running.end());
  caches.set(db, running);
  void connect();
  return running;
}
