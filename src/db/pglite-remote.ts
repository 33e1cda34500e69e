// The server's PGlite, in a worker thread (src/db/pglite-worker.mjs), spoken to by messages. Only queries
// cross, with the data of a COPY FROM '/dev/blob' (an upload's import, copy.ts): the server never uses
// PGlite's other APIs (dumps and amcheck are the CLI's, in-process).
import { Worker } from 'node:worker_threads';

export interface QueryResultLike<R> {
  rows: R[];
  affectedRows?: number;
  command?: string;
}

/** What the Kysely dialect needs of PGlite; both PGlite and RemotePGlite have it. */
export interface PGliteLike {
  query<R>(sql: string, params?: unknown[]): Promise<QueryResultLike<R>>;
  readonly waitReady: Promise<void>;
  readonly closed: boolean;
  close(): Promise<void>;
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export class RemotePGlite implements PGliteLike {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private ended = false;
  readonly waitReady: Promise<void>;

  constructor(options: { dataDir?: string | null; sharedBuffers?: string | null }) {
    this.worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), {
      workerData: { dataDir: options.dataDir ?? null, sharedBuffers: options.sharedBuffers ?? null },
    });
    this.waitReady = new Promise((resolve, reject) => {
      const onMessage = (message: { ready?: boolean; error?: { message: string } }) => {
        if (message.ready === undefined) return;
        this.worker.off('message', onMessage);
        if (message.ready) resolve();
        else reject(new Error(message.error?.message ?? 'PGlite worker failed to start'));
      };
      this.worker.on('message', onMessage);
      this.worker.once('error', reject);
    });
    this.worker.on(
      'message',
      (message: { id?: number; result?: unknown; error?: Record<string, unknown> }) => {
        if (message.id === undefined) return;
        const pending = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (!pending) return;
        if (message.error) {
          const { message: text, name, ...fields } = message.error;
          const error = Object.assign(new Error(String(text)), fields);
          if (typeof name === 'string') error.name = name;
          pending.reject(error);
        } else pending.resolve(message.result);
      },
    );
    // A worker that dies fails whatever was in flight instead of leaving it waiting for ever.
    const failAll = (error: Error) => {
      this.ended = true;
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', failAll);
    this.worker.on('exit', (code) => failAll(new Error(`PGlite worker exited (${code})`)));
    // Avoid an unhandled rejection when nobody awaits waitReady before an early failure.
    this.waitReady.catch(() => {});
  }

  get closed(): boolean {
    return this.ended;
  }

  private send<T>(message: { op?: string; sql?: string; params?: unknown[]; blob?: Blob }): Promise<T> {
    if (this.ended) return Promise.reject(new Error('PGlite worker is closed'));
    const id = ++this.next;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, ...message });
    });
  }

  /** A query; `options.blob` is the data of a COPY … FROM '/dev/blob' (a Blob crosses to the worker as it is). */
  query<R>(sql: string, params: unknown[] = [], options?: { blob?: Blob }): Promise<QueryResultLike<R>> {
    return this.send(options?.blob ? { sql, params, blob: options.blob } : { sql, params });
  }

  /** Ends the worker at once (a failed start). */
  async terminate(): Promise<void> {
    this.ended = true;
    await this.worker.terminate();
  }

  async close(): Promise<void> {
    if (this.ended) return;
    await this.send({ op: 'close' });
    this.ended = true;
    await this.worker.terminate();
  }
}
