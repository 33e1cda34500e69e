// Several server processes sharing one port (issue 20.3): on PostgreSQL one process per core by default
// (TONGHU_WORKERS), so that a busy county's requests use every core, not one event loop. The first process
// (the supervisor) prepares the database once — key file, migrations, regions, the demo county — then starts
// the workers, replaces one that dies, and passes a stop signal on. The once-a-day jobs (re-assessment,
// backup) run in worker 1 only. On the embedded database there is one process: its folder is one process's.
import cluster, { type Worker } from 'node:cluster';
import os from 'node:os';
import { InputError } from '../shared/errors.ts';

export const WORKERS_ENV = 'TONGHU_WORKERS';
const INDEX_ENV = 'TONGHU_WORKER_INDEX';
const COUNT_ENV = 'TONGHU_WORKER_COUNT';
/** A worker that dies this often within a minute is not started again: something is wrong with every start. */
const MAX_RESTARTS_PER_MINUTE = 5;

/** How many server processes to run: TONGHU_WORKERS, else one per core; always one on the embedded database. */
export function workerCount(env: NodeJS.ProcessEnv, backend: 'pglite' | 'postgres'): number {
  const raw = env[WORKERS_ENV];
  const asked = raw === undefined || raw === '' ? os.availableParallelism() : Number(raw);
  if (!Number.isInteger(asked) || asked < 1 || asked > 64)
    throw new InputError(`${WORKERS_ENV} 无效："${raw}"（应为 1 到 64 的整数）`, { field: WORKERS_ENV });
  return backend === 'postgres' ? asked : 1;
}

/** This process's place: 0 for a server that runs alone, 1…N for the workers of a supervisor. */
export function workerIndex(): number {
  return cluster.isWorker ? Number(process.env[INDEX_ENV] ?? 0) : 0;
}

/**
 * This process's share of the requests that may use the database at once (TONGHU_DB_CONCURRENCY is the whole
 * server's): N processes each admitting the whole number put N times the work on the database and turned more
 * requests away than one did (bench/README.md, load).
 */
export function shareOfSlots(slots: number): number {
  const count = cluster.isWorker ? Number(process.env[COUNT_ENV] ?? 1) : 1;
  return Math.max(1, Math.ceil(slots / Math.max(1, count)));
}

/** Whether this process runs the deployment's daily jobs: a lone server, or worker 1 of several. */
export function runsDailyJobs(): boolean {
  return workerIndex() <= 1;
}

export const isClusterWorker = (): boolean => cluster.isWorker;

export interface Supervision {
  /**
   * Resolves with the address the workers listen on, once every one of them does: announced when only the first
   * was listening, a server of "2 processes" was one process for a while, and a worker stopped in that time took
   * the port with it (the supervisor closes a port no worker listens on).
   */
  listening: Promise<string>;
  /** Resolves when every worker has exited after a stop signal (or the supervisor gave up). */
  done: Promise<number>;
}

/** Starts `count` workers (this program again, as cluster workers) and looks after them. */
export function superviseWorkers(count: number, log: (line: string) => void): Supervision {
  const byIndex = new Map<number, Worker>();
  const restarts: number[] = [];
  let stopping = false;
  let resolveListening: (address: string) => void = () => undefined;
  const listening = new Promise<string>((resolve) => (resolveListening = resolve));
  const listened = new Set<number>();
  let resolveDone: (code: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => (resolveDone = resolve));

  const start = (index: number) => {
    const worker = cluster.fork({ [INDEX_ENV]: String(index), [COUNT_ENV]: String(count) });
    byIndex.set(index, worker);
    worker.on('listening', (address) => {
      const host = address.address === null || address.address === '0.0.0.0' ? 'localhost' : address.address;
      listened.add(index);
      if (listened.size === count) resolveListening(`http://${host}:${address.port}`);
    });
    worker.on('exit', (code, signal) => {
      if (byIndex.get(index) === worker) byIndex.delete(index);
      if (stopping) {
        if (byIndex.size === 0) resolveDone(0);
        return;
      }
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && restarts[0]! < now - 60_000) restarts.shift();
      if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
        log(`服务进程一分钟内退出超过 ${MAX_RESTARTS_PER_MINUTE} 次，停止服务，请查看日志`);
        stop('SIGTERM');
        if (byIndex.size === 0) resolveDone(1);
        return;
      }
      log(`服务进程 ${index} 意外退出（${signal ?? `退出码 ${code}`}），正在重新启动`);
      setTimeout(() => {
        if (!stopping) start(index);
      }, 1000);
    });
  };

  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of byIndex.values()) worker.process.kill(signal);
    if (byIndex.size === 0) resolveDone(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => stop(signal));
  for (let index = 1; index <= count; index++) start(index);
  return { listening, done };
}
