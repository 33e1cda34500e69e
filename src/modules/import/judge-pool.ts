// The import's judging thread, seen from the import (issue 20.1): a large file is judged, planned, sealed and
// encoded in a worker on the second core while the import's own thread reads the file, finds the registered
// children each chunk names and hands the server what the worker made. One worker per import, ended with it.
import { Worker } from 'node:worker_threads';
import { keyring } from '../../crypto/active.ts';
import type { JudgedChunk, JudgeSetup } from './judge.ts';
import type { JudgeMessage, JudgeReply } from './judge-thread.ts';
import type { ReadRecord } from './record.ts';
import type { StoredChild } from './stored.ts';

type Pending = { resolve: (result: JudgedChunk) => void; reject: (error: Error) => void };

export class JudgeThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private failure: Error | null = null;

  constructor(setup: JudgeSetup) {
    this.worker = new Worker(new URL('./judge-thread.mjs', import.meta.url));
    this.worker.on('message', (reply: JudgeReply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if ('error' in reply) p.reject(new Error(`导入的校验线程出错：${reply.error}`));
      else p.resolve(reply.result);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`导入的校验线程意外退出（${code}）`)));
    this.post({ type: 'setup', setup, keys: keyring().sealingKeys() });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
  }

  private post(message: JudgeMessage): void {
    this.worker.postMessage(message);
  }

  /** Judges a chunk in the worker; chunks are judged in the order they are sent. */
  judge(records: readonly ReadRecord[], found: readonly (StoredChild | null)[]): Promise<JudgedChunk> {
    if (this.failure) return Promise.reject(this.failure);
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post({
        type: 'chunk',
        id,
        records: records as ReadRecord[],
        found: found as (StoredChild | null)[],
      });
    });
  }

  async stop(): Promise<void> {
    this.failure ??= new Error('导入的校验线程已结束');
    await this.worker.terminate();
  }
}
