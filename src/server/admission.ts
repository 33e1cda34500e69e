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

/** A counting semaphore whose waiters give up after waitMs. */
export class Gate {
  private inside = 0;
  private readonly waiting: { admit: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(private readonly options: AdmissionOptions) {}

  /** How long a request holds its slot, smoothed over the last few (0 until one has left). */
  private holdMs = 0;

  /** Resolves with the function that lets the next one in; rejects with DatabaseBusyError on timeout. */
  enter(): Promise<() => void> {
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
      const waiter = {
        admit: () => resolve(this.leaver()),
        timer: setTimeout(() => {
          const at = this.waiting.indexOf(waiter);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(new DatabaseBusyError(this.options.waitMs));
        }, this.options.waitMs),
      };
      this.waiting.push(waiter);
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
    };
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
    const leave = await gate.enter();
    leavers.set(request, leave);
    // Whatever way the exchange ends — answered, failed, or the client gone — the slot is given back.
    reply.raw.once('close', leave);
  });
  app.addHook('onResponse', async (request) => {
    leavers.get(request)?.();
  });
}

export const admission = fp(admissionPlugin, { name: 'tonghu-admission' });
