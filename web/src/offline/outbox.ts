// Records made without signal (issue 17.2): a visit, contact or work-log entry that cannot reach the server is
// kept in the phone's outbox under an id the phone made, shown as 待同步, and sent when the network returns
// (the browser's `online` event, the app starting, or 立即同步). Every record carries its id even when sent at
// once, so a send whose answer was lost can be repeated: the server stores one record per id.
import { ApiError, apiCall } from '../api/client';
import { isNetworkError } from './cache';
import { idbAll, idbDelete, idbPut } from './idb';
import { setSyncStatus } from './status';

export interface OutboxItem {
  clientId: string;
  path: string;
  body: Record<string, unknown>;
  childId: string;
  childName: string;
  /** What it is, in Chinese: 入户走访、电话联系、工作日志… */
  label: string;
  /** When it was recorded on the phone (ISO). */
  recordedAt: string;
  /** The server's refusal, when it refused (bad input): kept for the director to see, not retried. */
  error?: string;
  /** An edit of the file whose fields someone else changed meanwhile: both values, for her to choose. */
  conflicts?: MergeConflict[];
}

/** One field of an offline edit changed on both sides (POST /children/:id/merge answered 409). */
export interface MergeConflict {
  field: string;
  label: string;
  mine: unknown;
  theirs: unknown;
}

/** The body of an edit made offline: the version it was based on, the changed fields, their values then. */
export interface MergeBody {
  baseVersion: number;
  changes: Record<string, unknown>;
  base: Record<string, unknown>;
  resolved?: Record<string, 'mine' | 'theirs'>;
}

/** A version 4 UUID; crypto.randomUUID exists only on HTTPS, an intranet server may be plain HTTP. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const listeners = new Set<() => void>();
/** Called after records were sent: the app refreshes what it shows. */
export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function outboxItems(): Promise<OutboxItem[]> {
  const items = await idbAll<OutboxItem>('outbox').catch(() => []);
  return items.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
}

async function counted(): Promise<void> {
  setSyncStatus({ pending: (await outboxItems()).length });
}

async function changed(): Promise<void> {
  await counted();
  for (const listener of listeners) listener();
}

export type Sent<T> = { queued: false; result: T } | { queued: true; item: OutboxItem };

/** Sends a record now, or keeps it in the outbox when the server cannot be reached. */
export async function sendOrKeep<T>(
  record: Omit<OutboxItem, 'clientId' | 'recordedAt' | 'error'>,
): Promise<Sent<T>> {
  const clientId = newClientId();
  const recordedAt = new Date().toISOString();
  const body = { ...record.body, clientId };
  try {
    return { queued: false, result: await apiCall<T>('POST', record.path, { body }) };
  } catch (error) {
    if (!isNetworkError(error)) throw error;
    // A contact says when it was recorded: a red finding synced later opens its report from the visit.
    const kept = record.path.endsWith('/contacts') ? { ...body, recordedAt } : body;
    const item: OutboxItem = { ...record, body: kept, clientId, recordedAt };
    await idbPut('outbox', item);
    await changed();
    return { queued: true, item };
  }
}

/** Keeps a record in the outbox without trying to send it first (the caller already met the lost network). */
export async function keepInOutbox(
  record: Omit<OutboxItem, 'clientId' | 'recordedAt' | 'error' | 'conflicts'>,
): Promise<OutboxItem> {
  const item: OutboxItem = { ...record, clientId: newClientId(), recordedAt: new Date().toISOString() };
  await idbPut('outbox', item);
  await changed();
  return item;
}

function conflictsOf(error: ApiError): MergeConflict[] | null {
  const details = error.details as { conflicts?: MergeConflict[] } | undefined;
  return error.status === 409 && Array.isArray(details?.conflicts) && details.conflicts.length
    ? details.conflicts
    : null;
}

let running: Promise<number> | null = null;
let queued: Promise<number> | null = null;

/**
 * Sends what waits, oldest first; stops at the first network failure or ended session. Returns how many went.
 * Called while a pass is under way, it runs one more pass after that one: the running pass read the outbox
 * before the caller's change (a conflict just chosen, a record just kept), and would have left it waiting
 * with nothing to send it again — 用我的 chosen during the sync 立即同步 started wrote nothing (seen in CI).
 */
export function syncOutbox(): Promise<number> {
  if (running) {
    const again = () => {
      queued = null;
      return syncOutbox();
    };
    queued ??= running.then(again, again);
    return queued;
  }
  return pass();
}

function pass(): Promise<number> {
  running = (async () => {
    let sent = 0;
    // Only a sync that sent or marked something tells the listeners (the app then reads its pages again): one
    // that found nothing to send — every start of the app — made it read everything twice (offline: her worklist
    // shown ~100 ms later; online: a second /auth/me and list request on every start).
    let touched = false;
    try {
      for (const item of await outboxItems()) {
        if (item.error || item.conflicts?.length) continue;
        try {
          // The path was checked where the record was made (pathFor); kept records are replayed as they are.
          await apiCall('POST', item.path, { body: item.body });
          await idbDelete('outbox', item.clientId);
          sent += 1;
          touched = true;
        } catch (error) {
          if (!(error instanceof ApiError) || error.status === 0 || error.status === 401) break;
          // Her edit met someone else's on the same fields: the others are applied; these wait for her choice.
          const conflicts = conflictsOf(error);
          if (conflicts) {
            const body = item.body as unknown as MergeBody;
            const open = new Set(conflicts.map((c) => c.field));
            const keep = <T>(record: Record<string, T>) =>
              Object.fromEntries(Object.entries(record).filter(([field]) => open.has(field)));
            await idbPut('outbox', {
              ...item,
              body: { ...body, changes: keep(body.changes), base: keep(body.base) },
              conflicts,
            });
            touched = true;
            continue;
          }
          // Refused for what it says (a date before birth, a child moved away): kept with the reason.
          if (error.status >= 400 && error.status < 500) {
            await idbPut('outbox', { ...item, error: error.message });
            touched = true;
          } else break;
        }
      }
    } finally {
      running = null;
      await (touched ? changed() : counted());
    }
    return sent;
  })();
  return running;
}

/** Drops a refused record, once the director has seen why. */
export async function discard(clientId: string): Promise<void> {
  await idbDelete('outbox', clientId);
  await changed();
}

/**
 * Her choice on one conflicting field: her value (用我的) or the one on file now (用现在的). Either is sent
 * again with the value now on file as its base, so the server applies it (or keeps the file as it is) and
 * records her choice. Sent once every conflict of the record is chosen.
 */
export async function resolveConflict(
  clientId: string,
  field: string,
  choice: 'mine' | 'theirs',
): Promise<void> {
  const items = await outboxItems();
  const item = items.find((i) => i.clientId === clientId);
  const conflict = item?.conflicts?.find((c) => c.field === field);
  if (!item || !conflict) return;
  const body = item.body as unknown as MergeBody;
  const next: MergeBody = {
    ...body,
    changes: { ...body.changes, [field]: choice === 'mine' ? body.changes[field] : conflict.theirs },
    base: { ...body.base, [field]: conflict.theirs },
    resolved: { ...body.resolved, [field]: choice },
  };
  const conflicts = item.conflicts!.filter((c) => c.field !== field);
  await idbPut('outbox', {
    ...item,
    body: next as unknown as Record<string, unknown>,
    conflicts: conflicts.length ? conflicts : undefined,
  });
  await changed();
  if (!conflicts.length) await syncOutbox();
}

/** Whether anything still waits, after one more try to send it. */
export async function pendingAfterSync(): Promise<number> {
  await syncOutbox().catch(() => 0);
  return (await outboxItems()).length;
}
