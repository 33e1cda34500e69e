// Bounded waiting (issue 14.7). The embedded database runs one statement at a time, and a request takes
// several turns on it (its session, its reads, its audit record). When fifty requests queue for every
// turn, each turn waits behind all fifty and a request's answer takes ten seconds. So only a few requests
// use the database at once and the rest wait at the door, first come first served: a request admitted
// finishes quickly, and one that cannot get in within the bound is told 503 database_busy with
// Retry-After at once instead of hanging. On PostgreSQL the door is as wide as the pool.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DatabaseBusyError } from '../db/pglite-dialect.ts';

export interface AdmissionOptions {
  /** Requests served at once. */
  slots: number;
  /** How long a request may wait for a slot before 503 database_busy. */
  waitMs: number;
}

/** The client closed its connection while its request waited at the door: nobody is left to answer. */
export class ClientGoneError extends Error {
  constructor() {
    super('client closed the connection while waiting');
    this.name = 'ClientGoneError';
  }
}

/** A counting semaphore whose waiters give up after waitMs. */
export class Gate {
  private inside = 0;
  private readonly waiting: { admit: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(private readonly options: AdmissionOptions) {}

  /** How long a request holds its slot, smoothed over the last few (0 until one has left). */
  private holdMs = 0;

  /**
   * Resolves with the function that lets the next one in; rejects with DatabaseBusyError on timeout. A
   * waiter whose `gone` signal fires (its client left) gives up its place in the queue and is rejected.
   */
  enter(gone?: AbortSignal): Promise<() => void> {
    if (this.inside < this.options.slots) {
      this.inside++;
      return Promise.resolve(this.leaver());
    }
    // The embedded database blocks the event loop while it works, so a timer set for the bound fires
    // late exactly when the server is busiest. A request that, by the pace of those before it, would wait
    // more than half the bound is therefore told at once: waiting would most likely end in 503 anyway,
    // only later, and a short queue keeps the answers of those admitted quick.
    const expectedWaitMs = ((this.waiting.length + 1) * this.holdMs) / this.options.slots;
    if (expectedWaitMs > this.options.waitMs / 2) return Promise.reject(new DatabaseBusyError(0));
    return new Promise((resolve, reject) => {
      // Settled once: admitted, timed out, or its client gone. A waiter chosen for a slot is let in on the
      // next turn of the event loop (below); if its client leaves in between, the slot goes on to the next.
      let settled = false;
      const giveUp = (error: Error) => {
        if (settled) return;
        settled = true;
        const at = this.waiting.indexOf(waiter);
        if (at >= 0) this.waiting.splice(at, 1);
        clearTimeout(waiter.timer);
        gone?.removeEventListener('abort', left);
        reject(error);
      };
      const left = () => giveUp(new ClientGoneError());
      const waiter = {
        admit: () => {
          if (settled) return this.passOn();
          settled = true;
          gone?.removeEventListener('abort', left);
          resolve(this.leaver());
        },
        timer: setTimeout(() => giveUp(new DatabaseBusyError(this.options.waitMs)), this.options.waitMs),
      };
      this.waiting.push(waiter);
      gone?.addEventListener('abort', left, { once: true });
    });
  }

  private leaver(): () => void {
    let left = false;
    const entered = performance.now();
    return () => {
      if (left) return;
      left = true;
      const held = performance.now() - entered;
      this.holdMs = this.holdMs === 0 ? held : 0.8 * this.holdMs + 0.2 * held;
      this.passOn();
    };
  }

  /** A slot given back: to the next in line, or free. */
  private passOn(): void {
    const next = this.waiting.shift();
    if (!next) {
      this.inside--;
      return;
    }
    clearTimeout(next.timer);
    // The slot passes straight to the next in line, but through the event loop: handed over as a mere
    // promise, the queue would run request after request in microtasks and the loop would never get to
    // read new connections or fire the timers that bound the wait.
    setImmediate(next.admit);
  }
}

/** Routes that never wait at the door: liveness/readiness and the API description. */
function exempt(route: string | undefined): boolean {
  return (
    !route || !route.startsWith('/api/') || route.startsWith('/api/health') || route === '/api/openapi.json'
  );
}

async function admissionPlugin(app: FastifyInstance, options: AdmissionOptions): Promise<void> {
  const gate = new Gate(options);
  const leavers = new WeakMap<FastifyRequest, () => void>();
  // Before the session is looked up: that lookup is the request's first turn on the database.
  app.addHook('onRequest', async (request, reply) => {
    if (exempt(request.routeOptions.url)) return;
    // A client that leaves while waiting gives up its place. Without this, its request was let in later,
    // when its connection's 'close' had already been and gone, and the slot it took was never given back:
    // after a load test's end, every slot was held by a vanished client and the door answered only 503.
    const gone = new AbortController();
    const abort = () => gone.abort();
    reply.raw.once('close', abort);
    let leave: () => void;
    try {
      leave = await gate.enter(gone.signal);
    } catch (error) {
      // Nobody to answer: no handler runs, nothing is sent, nothing logged as a failure.
      if (error instanceof ClientGoneError) return void reply.hijack();
      throw error;
    } finally {
      reply.raw.off('close', abort);
    }
    leavers.set(request, leave);
    // Whatever way the exchange ends — answered, failed, or the client gone — the slot is given back.
    if (reply.raw.closed || request.raw.socket?.destroyed) leave();
    else reply.raw.once('close', leave);
  });
  app.addHook('onResponse', async (request) => {
    leavers.get(request)?.();
  });
}

export const admission = fp(admissionPlugin, { name: 'tonghu-admission' });
