// One worker thread that computes blind indexes in batches (blind-index-worker.mjs), for the work that indexes
// many values while doing something else on the main thread: the comparison's staging hands it the ID numbers
// of each thousand roster rows and goes on reading the file. Started on first use and kept for the process, it
// holds the process open only while a batch is out (an idle worker must not keep a CLI command running).
import { Worker } from 'node:worker_threads';
import { WorkerCalls } from '../shared/worker-calls.ts';

let calls: WorkerCalls<(string | null)[]> | null = null;

function started(): WorkerCalls<(string | null)[]> {
  // A worker that failed or left is replaced at the next batch.
  if (!calls || calls.failure) {
    calls = new WorkerCalls(
      new Worker(new URL('./blind-index-worker.mjs', import.meta.url)),
      {
        failed: (error) => `盲索引计算失败：${error}`,
        exited: (code) => `盲索引计算线程意外退出（${code}）`,
      },
      true,
    );
  }
  return calls;
}

/**
 * The blind indexes of `values` (null for a missing value), computed in the worker with `indexKey` and cut to
 * `length` characters: what Keyring.blindIndex gives for each, in order.
 */
export function blindIndexesInWorker(
  indexKey: Buffer,
  length: number,
  kind: string,
  values: readonly (string | null | undefined)[],
): Promise<(string | null)[]> {
  return started().call({ kind, values, indexKey, length });
}

/** Ends the worker (tests; a process that exits needs not call it, the worker does not hold it open). */
export async function stopBlindIndexWorker(): Promise<void> {
  const c = calls;
  calls = null;
  if (c) await c.stop();
}
