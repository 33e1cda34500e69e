// Assembles the HTTP application: schemas, errors, permissions, OpenAPI and the capability modules.
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import type { Database } from '../db/connect.ts';
import { auth } from './auth.ts';
import { ROUTE_MODULES } from './modules.ts';
import { installErrorHandling } from './errors.ts';
import { requirePermissionDeclarations } from './permissions.ts';
import { webApp } from './static.ts';

export interface AppContext {
  database: Database;
  config: Config;
  /** Today's date and the current time, injectable so tests can move the clock. */
  clock: () => Date;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}

export async function buildApp(
  ctx: AppContext,
  options: { logger?: boolean; webRoot?: string } = {},
): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 64 * 1024 * 1024 });
  app.decorate('ctx', ctx);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  requirePermissionDeclarations(app);
  installErrorHandling(app);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: '童护 Tonghu API',
        description: '农村留守儿童和困境儿童关爱服务信息系统',
        version: '1',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(auth);
  for (const routes of ROUTE_MODULES) await app.register(routes);
  // After the API, so that its wildcard route only catches what no API route matched.
  await app.register(webApp, { root: options.webRoot });
  return app;
}
