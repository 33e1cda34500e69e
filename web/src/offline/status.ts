// What the phone shows about its connection: whether the last answer came from the kept copy (and when that copy
// was saved), and how many records wait in the outbox. A tiny store read with useSyncExternalStore.
import { useSyncExternalStore } from 'react';

export interface SyncStatus {
  /** The last read fell back to the kept copy: the server could not be reached. */
  offline: boolean;
  /** When the copy shown was saved from the server (ms since epoch). */
  savedAt: number | null;
  /** Records in the outbox. */
  pending: number;
}

let state: SyncStatus = { offline: false, savedAt: null, pending: 0 };
const listeners = new Set<() => void>();

export function setSyncStatus(change: Partial<SyncStatus>): void {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribe, () => state);
}

const time = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** A moment in China time, as 11月23日 10:05. */
export const timeText = (at: Date | number) => time.format(at);

export const savedAtText = (savedAt: number) => `数据同步于 ${timeText(savedAt)}`;
