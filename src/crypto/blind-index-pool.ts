// One worker thread that computes blind indexes in batches (blind-index-worker.mjs), for the work that indexes
// many values while doing something else on the main thread: the comparison's staging hands it the ID numbers
// of each thousand roster rows and goes on reading the file. Started on first use and kept for the process, it
// holds the process open only while a batch is out (an idle worker must not keep a CLI command running).
import { Worker } from 'node:worker_threads';

type Pending = { resolve: (out: (string | null)[]) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let next = 0;

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
  worker = null;
}

function started(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./blind-index-worker.mjs', import.meta.url));
  w.on('message', (message: { id: number; out?: (string | null)[]; error?: string }) => {
    const p = pending.get(message.id);
    if (!p) return;
    pending.delete(message.id);
    if (pending.size === 0) w.unref();
    if (message.error !== undefined) p.reject(new Error(`盲索引计算失败：${message.error}`));
    else p.resolve(message.out!);
  });
  w.on('error', (error) => failAll(error));
  w.on('exit', (code) => {
    if (worker === w) failAll(new Error(`盲索引计算线程意外退出（${code}）`));
  });
  w.unref();
  worker = w;
  return w;
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
  const w = started();
  const id = ++next;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.ref();
    w.postMessage({ id, kind, values, indexKey, length });
  });
}

/** Ends the worker (tests; a process that exits needs not call it, the worker does not hold it open). */
export async function stopBlindIndexWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
