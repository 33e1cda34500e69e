// Every error leaves the API as { error: { code, message } } with one fitting status, never a stack trace.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode } from '../shared/errors.ts';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  bad_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  too_many_requests: 429,
  internal: 500,
};

export interface ErrorBody {
  error: { code: string; message: string; field?: string; line?: number; row?: number; details?: unknown };
}

function body(
  code: string,
  message: string,
  extra: Omit<ErrorBody['error'], 'code' | 'message'> = {},
): ErrorBody {
  return { error: { code, message, ...extra } };
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issue = error.validation[0];
      const where = error.validationContext ?? 'body';
      const path = issue?.instancePath?.replace(/^\//, '').replace(/\//g, '.') || where;
      return reply.code(400).send(
        body('bad_input', `${path}: ${issue?.message ?? '输入无效'}`, {
          field: path,
          details: error.validation,
        }),
      );
    }
    if (error instanceof AppError) {
      const field = typeof error.details?.field === 'string' ? error.details.field : undefined;
      // Where in an uploaded file the problem is (a roster's line or row), so that a page can name it.
      const line = typeof error.details?.line === 'number' ? error.details.line : undefined;
      const row = typeof error.details?.row === 'number' ? error.details.row : undefined;
      return reply.code(HTTP_STATUS[error.code]).send(
        body(error.code, error.message, {
          ...(field ? { field } : {}),
          ...(line !== undefined ? { line } : {}),
          ...(row !== undefined ? { row } : {}),
        }),
      );
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return reply.code(500).send(body('internal', '服务器内部错误'));
    }
    // Fastify's own client errors (malformed JSON, body too large, unsupported media type).
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      const code =
        error.statusCode === 404 ? 'not_found' : error.statusCode === 429 ? 'too_many_requests' : 'bad_input';
      return reply.code(error.statusCode).send(body(code, error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send(body('internal', '服务器内部错误'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send(body('not_found', `没有这个接口：${request.method} ${request.url.split('?')[0]}`));
  });
}
