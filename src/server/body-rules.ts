// What a request's body may be beyond its schema (issue 22.3): an operation that declares no body refuses one
// (POST …/lock with null, an array or text is a 400, not silently ignored), and a PATCH that would change
// nothing is a 400 rather than a quiet success. Upload routes, whose body is a file read by the handler,
// say so with config.takesFile.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { InputError } from '../shared/errors.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The body is a file (multipart or raw) read by the handler, not described by a body schema. */
    takesFile?: boolean;
  }
}

/** An empty JSON object carries nothing: clients that always send `{}` with a POST are not refused. */
function emptyObject(body: unknown): boolean {
  return body !== null && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0;
}

function sentBody(request: FastifyRequest): boolean {
  if (emptyObject(request.body)) return false;
  const length = request.headers['content-length'];
  if (length !== undefined && Number(length) > 0) return true;
  if (request.headers['transfer-encoding'] !== undefined) return true;
  return request.body !== undefined && request.body !== null && request.body !== '';
}

function nothingToChange(body: unknown): boolean {
  return (
    body !== null &&
    typeof body === 'object' &&
    !Array.isArray(body) &&
    Object.values(body as Record<string, unknown>).every((v) => v === undefined)
  );
}

async function bodyRulesPlugin(app: FastifyInstance): Promise<void> {
  app.addHook('preValidation', async (request) => {
    const options = request.routeOptions;
    if (options.config.takesFile || options.schema?.body !== undefined) return;
    if (sentBody(request))
      throw new InputError('请求内容：这个接口不接受请求内容，请不要发送', { field: 'body' });
  });
  // After validation: unknown keys are gone, so {"foo":1} is as empty as {}.
  app.addHook('preHandler', async (request) => {
    if (request.method !== 'PATCH' || request.routeOptions.schema?.body === undefined) return;
    if (nothingToChange(request.body))
      throw new InputError('请求内容：没有要修改的内容，请至少给出一个要修改的字段', { field: 'body' });
  });
}

export const bodyRules = fp(bodyRulesPlugin, { name: 'tonghu-body-rules' });
