// Assembles the HTTP application: schemas, errors, permissions, OpenAPI and the capability modules.
import fastifySwagger from '@fastify/swagger';
import { startSessionCache } from '../modules/auth/session-cache.ts';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import type { Database } from '../db/connect.ts';
import { auditContext } from '../modules/audit/context.ts';
import { authEvents } from '../modules/audit/auth-events.ts';
import { childReads } from '../modules/audit/child-reads.ts';
import { apiClientLimit } from '../modules/api-clients/rate-limit.ts';
import { anonymousLimit } from './anonymous-limit.ts';
import { auth } from './auth.ts';
import { ROUTE_MODULES } from './modules.ts';
import { installErrorHandling } from './errors.ts';
import { securityHeaders } from './headers.ts';
import { originCheck } from './origin-check.ts';
import { SECURITY_SCHEMES, withSecurity } from './openapi-security.ts';
import { OPENAPI_SERVERS, SHARED_COMPONENTS, withComponents, withDescriptions } from './openapi-describe.ts';
import { requirePermissionDeclarations } from './permissions.ts';
import { webApp } from './static.ts';
import type { AdmissionOptions } from './admission.ts';
import { loggingOptions, type LoggerOption } from './logging.ts';
import { loadOpsConfig } from './ops-config.ts';
import { operations } from './operations.ts';
import { stringGuard } from './string-guard.ts';
import { bodyRules } from './body-rules.ts';
import { installChineseZodMessages } from '../shared/zod-chinese.ts';

// zod's own messages in Chinese before any schema is used (issue 22.2).
installChineseZodMessages();

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
  options: {
    /** The request log; on by default at TONGHU_LOG_LEVEL, false for quiet tests. */
    logger?: LoggerOption;
    webRoot?: string;
    /** The bound on requests using the database at once (tonghu serve sets it); off by default. */
    admission?: AdmissionOptions | false;
  } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    ...loggingOptions(options.logger ?? {}, loadOpsConfig().logLevel),
    bodyLimit: 64 * 1024 * 1024,
    // Behind nginx the client's address and scheme come from X-Forwarded-* (README: TONGHU_TRUST_PROXY).
    // (A hop count is accepted at run time; the types leave it out.)
    trustProxy: ctx.config.trustProxy as boolean | string,
  });
  app.decorate('ctx', ctx);
  if (ctx.config.sessionCache && ctx.database.backend === 'postgres' && ctx.database.pool) {
    const stop = startSessionCache(ctx.database.db, ctx.database.pool, (error) =>
      app.log.warn(`会话缓存的数据库通知连接中断，已暂停缓存并将重连：${error.message}`),
    );
    app.addHook('onClose', stop);
  }
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
      servers: OPENAPI_SERVERS,
      components: { securitySchemes: SECURITY_SCHEMES, schemas: SHARED_COMPONENTS },
    },
    // Zod schemas registered with an id (.meta({ id })) become named components, referenced where used.
    transform: withDescriptions(withSecurity(jsonSchemaTransform)),
    transformObject: withComponents(jsonSchemaTransformObject),
  });
  await app.register(auditContext);
  // Before auth: the request id, the log line and the door to the database come first.
  await app.register(operations, { admission: options.admission ?? false });
  // Headers first (even a refused request gets them), then what is refused before the body is read.
  await app.register(securityHeaders);
  await app.register(originCheck, { allowedOrigins: ctx.config.allowedOrigins });
  await app.register(stringGuard);
  await app.register(bodyRules);
  await app.register(auth);
  await app.register(authEvents);
  await app.register(childReads);
  await app.register(anonymousLimit, { max: ctx.config.anonymousRateLimit });
  await app.register(apiClientLimit, { max: ctx.config.apiClientRateLimit });
  for (const routes of ROUTE_MODULES) await app.register(routes);
  // After the API, so that its wildcard route only catches what no API route matched.
  await app.register(webApp, { root: options.webRoot });
  return app;
}
