// The OpenAPI document without a running server or a database (issue 22 pt 1): the application is built
// and made ready, which is all @fastify/swagger needs; nothing is listened on and no database is opened.
// `npm run lint:api` writes it to a temporary file and has Redocly lint it (src/server/openapi-lint.ts).
import type { Database } from '../db/connect.ts';
import { loadConfig } from '../config.ts';
import { buildApp } from './app.ts';

/** A database that is never there: plugins may keep a handle on it, but any call through it throws. */
function absent(path: string): never {
  const fail = () => {
    throw new Error(`the OpenAPI document is built without a database (${path} was called)`);
  };
  return new Proxy(fail, {
    get: (_target, key) => (key === 'then' ? undefined : absent(`${path}.${String(key)}`)),
    apply: fail,
  }) as never;
}
const NO_DATABASE: Database = absent('database');

export async function openApiDocument(): Promise<Record<string, unknown>> {
  const app = await buildApp(
    // No sessions to cache either: the cache would open a connection of its own.
    { database: NO_DATABASE, config: { ...loadConfig({}), sessionCache: false }, clock: () => new Date() },
    { logger: false },
  );
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
  }
}
