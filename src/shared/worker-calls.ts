// Calls to a worker thread by message, each answered once: the call goes as `{ id, ...message }`, the worker
// answers `{ id, result }` or `{ id, error }` (a message, never a value it was given). Shared by the blind-index
// worker (crypto/blind-index-pool.ts) and the import's judging thread (modules/import/judge-remote.ts).
import type { Worker } from 'node:worker_threads';

type Reply<Result> = { id: number; result: Result } | { id: number; error: string };
type Pending<Result> = { resolve: (result: Result) => void; reject: (error: Error) => void };

export class WorkerCalls<Result> {
  private readonly pending = new Map<number, Pending<Result>>();
  private next = 0;
  /** Why no call can be answered any more (the worker failed, left, or was stopped); null while it works. */
  failure: Error | null = null;

  /**
   * `failed` names a worker's error for the caller, `exited` an exit nobody asked for. `idleUnref`: the worker
   * holds the process open only while a call is out (a worker kept for the process must not keep a CLI
   * command running).
   */
  constructor(
    readonly worker: Worker,
    names: { failed: (error: string) => string; exited: (code: number) => string },
    private readonly idleUnref = false,
  ) {
    worker.on('message', (reply: Reply<Result>) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if (idleUnref && this.pending.size === 0) worker.unref();
      if ('error' in reply) p.reject(new Error(names.failed(reply.error)));
      else p.resolve(reply.result);
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(names.exited(code))));
    if (idleUnref) worker.unref();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
  }

  /** Sends `message` and resolves with the worker's answer to it. */
  call(message: object): Promise<Result> {
    if (this.failure) return Promise.reject(this.failure);
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.idleUnref) this.worker.ref();
      this.worker.postMessage({ ...message, id });
    });
  }

  /** Sends a message that has no answer (the worker's setup). */
  tell(message: object): void {
    this.worker.postMessage(message);
  }

  /** Ends the worker; calls still out are refused. */
  async stop(): Promise<void> {
    this.failure ??= new Error('工作线程已结束');
    await this.worker.terminate();
  }
}
