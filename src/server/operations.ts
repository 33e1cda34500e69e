// What running the server in production needs, in one plugin (issue 14): the request log and request id,
// the door that bounds waiting for the database, liveness/readiness, and the draining flag a shutdown sets.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { admission, type AdmissionOptions } from './admission.ts';
import { healthRoutes } from './health.ts';
import { requestLogging } from './logging.ts';

export interface Lifecycle {
  /** Set when shutdown begins: readiness answers 503 while accepted requests are finished. */
  draining: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    lifecycle: Lifecycle;
  }
}

export interface OperationsOptions {
  /** Bound the requests using the database at once; false leaves them unbounded (tests, CLI tools). */
  admission: AdmissionOptions | false;
}

async function operationsPlugin(app: FastifyInstance, options: OperationsOptions): Promise<void> {
  app.decorate('lifecycle', { draining: false });
  await app.register(requestLogging);
  if (options.admission) await app.register(admission, options.admission);
  await app.register(healthRoutes);
}

export const operations = fp(operationsPlugin, { name: 'tonghu-operations' });
