// The import's judging thread, seen from the import (issue 20.1): a large file is judged, planned, sealed and
// encoded in a worker (judge-thread.ts) on the second core while the import's own thread reads the file, finds
// the registered children each chunk names and hands the server what the worker made. One worker per import,
// ended with it; `judge` answers as ChunkJudge.judge does on the import's own thread.
import { Worker } from 'node:worker_threads';
import { keyring } from '../../crypto/active.ts';
import { WorkerCalls } from '../../shared/worker-calls.ts';
import type { JudgedChunk, JudgeSetup } from './judge.ts';
import type { JudgeCall, JudgeSetupMessage } from './judge-thread.ts';
import type { ReadRecord } from './record.ts';
import type { StoredChild } from './stored.ts';

export class RemoteJudge {
  private readonly calls = new WorkerCalls<JudgedChunk>(
    new Worker(new URL('./judge-thread.mjs', import.meta.url)),
    {
      failed: (error) => `导入的校验线程出错：${error}`,
      exited: (code) => `导入的校验线程意外退出（${code}）`,
    },
  );

  constructor(setup: JudgeSetup) {
    this.calls.tell({ type: 'setup', setup, keys: keyring().sealingKeys() } satisfies JudgeSetupMessage);
  }

  /** Judges a chunk in the worker; chunks are judged in the order they are sent. */
  judge(records: readonly ReadRecord[], found: readonly (StoredChild | null)[]): Promise<JudgedChunk> {
    return this.calls.call({ type: 'chunk', records, found } satisfies Omit<JudgeCall, 'id'>);
  }

  stop(): Promise<void> {
    return this.calls.stop();
  }
}
