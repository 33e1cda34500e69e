// The phone's own store for work without signal: `data` (what was last read from the server, by key) and
// `outbox` (records made offline, by their client id). A few promise helpers over IndexedDB, no library.
const NAME = 'tonghu-offline';
export type StoreName = 'data' | 'outbox';

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('data');
      request.result.createObjectStore('outbox', { keyPath: 'clientId' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(request.error);
    };
  });
  return opening;
}

function run<T>(
  store: StoreName,
  mode: IDBTransactionMode,
  act: (s: IDBObjectStore) => IDBRequest,
): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(store, mode);
        const request = act(tx.objectStore(store));
        tx.oncomplete = () => resolve(request.result as T);
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      }),
  );
}

export const idbGet = <T>(store: StoreName, key: string) =>
  run<T | undefined>(store, 'readonly', (s) => s.get(key));
export const idbPut = (store: StoreName, value: unknown, key?: string) =>
  run<void>(store, 'readwrite', (s) => s.put(value, key));
export const idbDelete = (store: StoreName, key: string) =>
  run<void>(store, 'readwrite', (s) => s.delete(key));
export const idbAll = <T>(store: StoreName) => run<T[]>(store, 'readonly', (s) => s.getAll());
export const idbClear = (store: StoreName) => run<void>(store, 'readwrite', (s) => s.clear());
