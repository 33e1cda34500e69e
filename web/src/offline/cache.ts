// A copy of what a village director last read — her worklist and the files of the children on it — kept on
// her phone so that the app opens without signal (issue 17.1). Minors' data on a phone that may be lost: it is
// kept only for the person who signed in on this phone, only for a director (her village, nothing wider), it
// is wiped on sign-out and when another person signs in, and it expires with the session's absolute
// lifetime (12 hours from sign-in, SESSION_MAX_MS in src/modules/auth/sessions.ts).
import {
  ApiError,
  apiCall,
  pathFor,
  withQuery,
  type ApiAnswer,
  type Operation,
  type PathOf,
  type Query,
  type Rest,
} from '../api/client';
import type { Me } from '../api/types';
import { idbClear, idbGet, idbPut } from './idb';
import { setSyncStatus } from './status';

const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** Roles whose data may be kept offline: a village director's scope is her own village. */
const OFFLINE_ROLES = new Set(['director']);
const OWNER = 'owner';

interface Owner {
  userId: string;
  expiresAt: number;
}
interface Kept<T> {
  data: T;
  savedAt: number;
}

export const isNetworkError = (e: unknown): e is ApiError => e instanceof ApiError && e.status === 0;

/**
 * A flag (no data of hers) that a director signed in on this phone: at start the app then fetches her pages'
 * chunks side by side at once; a first visit fetches only the login page, so the visit page's chunks do not
 * share a slow 3G link with it (web/src/router.tsx).
 */
export const RETURNING_KEY = 'tonghu-offline-returning';
function markReturning(): void {
  try {
    localStorage.setItem(RETURNING_KEY, '1');
  } catch {
    // no storage: nothing is fetched early
  }
}
function forgetReturning(): void {
  try {
    localStorage.removeItem(RETURNING_KEY);
  } catch {
    // no storage
  }
}

/** Bumped by every wipe: an answer that was on its way when the phone was wiped is not kept. */
let generation = 0;

/** Everything kept on this phone, outbox included. */
export async function wipeOffline(): Promise<void> {
  generation += 1;
  ahead.clear();
  forgetReturning();
  await Promise.all([idbClear('data'), idbClear('outbox')]);
  setSyncStatus({ offline: false, savedAt: null, pending: 0 });
}

/** At sign-in: the phone's copy becomes this person's, for as long as her session can last. */
export async function beginOfflineSession(me: Me): Promise<void> {
  try {
    const owner = await idbGet<Owner>('data', OWNER);
    if (!owner || owner.userId !== me.id || !OFFLINE_ROLES.has(me.role)) await wipeOffline();
    if (!OFFLINE_ROLES.has(me.role)) return;
    await idbPut('data', { userId: me.id, expiresAt: Date.now() + SESSION_MAX_MS } satisfies Owner, OWNER);
    markReturning();
    await idbPut('data', { data: me, savedAt: Date.now() } satisfies Kept<Me>, '/auth/me');
  } catch {
    // No IndexedDB (a private window): the app works online only.
  }
}

/** The owner of the phone's copy, when there is one still within its lifetime; an expired copy is wiped. */
export async function liveOwner(): Promise<Owner | null> {
  const owner = await idbGet<Owner>('data', OWNER);
  if (!owner) return null;
  if (owner.expiresAt > Date.now()) return owner;
  await idbClear('data');
  return null;
}

async function keep(key: string, data: unknown, since: number): Promise<void> {
  if ((await liveOwner()) && since === generation)
    await idbPut('data', { data, savedAt: Date.now() } satisfies Kept<unknown>, key);
}

async function recall<T>(key: string): Promise<Kept<T> | undefined> {
  if (!(await liveOwner())) return undefined;
  return idbGet<Kept<T>>('data', key);
}

/**
 * A read that works without signal: from the server when it answers (and kept for later), else the kept copy,
 * with the time it was saved shown by the app.
 */
export async function readThrough<P extends PathOf<'get'>>(
  path: P,
  ...[options]: Rest<Operation<P, 'get'>>
): Promise<ApiAnswer<P>> {
  type T = ApiAnswer<P>;
  const { params, query } = (options ?? {}) as { params?: Record<string, string | number>; query?: Query };
  const filled = pathFor(path, params);
  const key = withQuery(filled, query);
  const started = ahead.get(key);
  if (started) {
    ahead.delete(key);
    return started as Promise<T>;
  }
  const since = generation;
  try {
    const data = await apiCall<T>('GET', filled, { query });
    setSyncStatus({ offline: false });
    await keep(key, data, since).catch(() => undefined);
    return data;
  } catch (error) {
    if (!isNetworkError(error)) throw error;
    const kept = await recall<T>(key).catch(() => undefined);
    if (!kept) throw error;
    setSyncStatus({ offline: true, savedAt: kept.savedAt });
    return kept.data;
  }
}

/** Reads begun before the app's first render, each taken once by the first readThrough of its key. */
const ahead = new Map<string, Promise<unknown>>();
const AHEAD_MS = 10_000;

/**
 * Begins a read that the first screen is about to make (web/src/router.tsx, for a director coming back to this
 * phone): her phone's store is then read while the app renders, not after (issue 17.7, offline start). A read
 * nobody takes within a few seconds is dropped.
 */
export function readAhead<P extends PathOf<'get'>>(path: P, ...[options]: Rest<Operation<P, 'get'>>): void {
  const { params, query } = (options ?? {}) as { params?: Record<string, string | number>; query?: Query };
  const key = withQuery(pathFor(path, params), query);
  if (ahead.has(key)) return;
  const read = readThrough(path, ...([options] as Rest<Operation<P, 'get'>>));
  read.catch(() => undefined);
  ahead.set(key, read);
  setTimeout(() => {
    if (ahead.get(key) === read) ahead.delete(key);
  }, AHEAD_MS);
}

/** A kept file is read again after this long even when her list shows no change in it. */
const REFRESH_MS = 4 * 60 * 60 * 1000;

/** What a list row tells of a file: when any of it moved, the kept file is stale. */
interface RowState {
  id: string;
  version: number;
  level: string | null;
  nextDue: string | null;
  lastVisitOn: string | null;
  lastContactOn: string | null;
}
const stateOf = (row: RowState) =>
  [row.version, row.level, row.nextDue, row.lastVisitOn, row.lastContactOn].join('|');

/**
 * Keeps the files of the children on her list, one at a time in the background. Each read is audited on the
 * server like any other, so a file is read again only when her list shows it changed, or after some hours.
 */
export async function keepFiles(rows: RowState[]): Promise<void> {
  if (!(await liveOwner().catch(() => null))) return;
  for (const row of rows) {
    const kept = await recall<RowState>(pathFor('/children/{id}', { id: row.id })).catch(() => undefined);
    if (kept && stateOf(kept.data) === stateOf(row) && Date.now() - kept.savedAt < REFRESH_MS) continue;
    try {
      await readThrough('/children/{id}', { params: { id: row.id } });
    } catch (error) {
      if (isNetworkError(error)) return;
    }
  }
}
