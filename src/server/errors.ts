// Every error leaves the API as { error: { code, message } } with one fitting status, never a stack trace.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { FactsError } from '../domain/facts.ts';
import { AppError, type ErrorCode } from '../shared/errors.ts';
import { fieldLabel } from '../shared/field-labels.ts';
import { hasChinese } from '../shared/zod-chinese.ts';
import { DATABASE_TROUBLE_REPLY, databaseTrouble } from './database-errors.ts';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  bad_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  password_change_required: 403,
  second_factor_required: 403,
  second_factor_invalid: 401,
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

/** A value quoted back in a message loses its long digit runs: it may be an ID number or a phone. */
export function withoutEchoedNumbers(message: string): string {
  return message.replace(/"[^"]*"/g, (quoted) => quoted.replace(/\d{6,}/g, '…'));
}

/** "页码（page）：应为数字": the field's Chinese label where known, then its path, then what is wrong. */
export function validationMessage(path: string, message: string | undefined): string {
  const label = fieldLabel(path);
  const what = message && hasChinese(message) ? withoutEchoedNumbers(message) : '输入无效';
  const where = ['body', 'querystring', 'params', 'headers'].includes(path)
    ? label
    : label
      ? `${label}（${path}）`
      : path;
  return `${where ?? path}：${what}`;
}

/** Fastify's and its plugins' own refusals, by their code: the status they deserve and words a person reads. */
const FASTIFY_CLIENT_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'bad_input',
    message: '请求内容不是有效的 JSON（内容类型为 application/json）',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'bad_input',
    message: '请求内容为空，却声明了 JSON 格式：没有请求内容时不要声明内容类型',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: '不支持这种内容类型：请以 application/json 发送（上传文件的接口另有说明）',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', message: '请求内容过大' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'bad_input',
    message: '请求头 Content-Length 与实际内容长度不符',
  },
  FST_ERR_BAD_URL: { status: 400, code: 'bad_input', message: '请求地址无效' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    status: 406,
    code: 'bad_input',
    message: '请以 multipart/form-data 上传文件',
  },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'payload_too_large', message: '上传的文件过大' },
  FST_FILES_LIMIT: { status: 413, code: 'payload_too_large', message: '一次只能上传一个文件' },
  FST_PARTS_LIMIT: { status: 413, code: 'payload_too_large', message: '表单内容过多' },
  FST_FIELDS_LIMIT: { status: 413, code: 'payload_too_large', message: '表单字段过多' },
  FST_PROTO_VIOLATION: { status: 400, code: 'bad_input', message: '表单字段名不允许' },
};

const CODE_BY_STATUS: Record<number, string> = {
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

const MESSAGE_BY_STATUS: Record<number, string> = {
  400: '请求无效',
  404: '没有找到',
  405: '不支持这种请求方法',
  406: '无法按要求的格式答复',
  408: '请求超时',
  411: '请求缺少 Content-Length',
  413: '请求内容过大',
  414: '请求地址过长',
  415: '不支持这种内容类型',
  429: '请求过于频繁，请稍后再试',
  431: '请求头过大',
};

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issue = error.validation[0];
      const where = error.validationContext ?? 'body';
      const path = issue?.instancePath?.replace(/^\//, '').replace(/\//g, '.') || where;
      return reply.code(400).send(
        body('bad_input', validationMessage(path, issue?.message), {
          field: path,
          // Every problem found, each naming its field, so that a form can mark them all at once.
          details: error.validation.map((v) => {
            const field = v.instancePath.replace(/^\//, '').replace(/\//g, '.') || where;
            return { field, code: v.keyword, message: validationMessage(field, v.message) };
          }),
        }),
      );
    }
    // A child's facts that cannot be read (e.g. no birth date) are bad input wherever they come from.
    if (error instanceof FactsError) {
      const field = error.field;
      const what = error.message.replace(/^[^:：]*[:：]\s*/, '');
      return reply.code(400).send(body('bad_input', validationMessage(field, what), { field }));
    }
    if (error instanceof AppError) {
      const field = typeof error.details?.field === 'string' ? error.details.field : undefined;
      // Where in an uploaded file the problem is (a roster's line or row), so that a page can name it.
      const line = typeof error.details?.line === 'number' ? error.details.line : undefined;
      const row = typeof error.details?.row === 'number' ? error.details.row : undefined;
      // A throttled sign-in says when to try again (login-throttle.ts).
      if (typeof error.details?.retryAfter === 'number')
        reply.header('retry-after', String(error.details.retryAfter));
      return reply.code(HTTP_STATUS[error.code]).send(
        body(error.code, error.message, {
          ...(field ? { field } : {}),
          ...(line !== undefined ? { line } : {}),
          ...(row !== undefined ? { row } : {}),
        }),
      );
    }
    const trouble = databaseTrouble(error);
    if (trouble) {
      const answer = DATABASE_TROUBLE_REPLY[trouble];
      request.log.warn({ err: error }, `database ${trouble}`);
      return reply
        .code(answer.status)
        .header('retry-after', String(answer.retryAfterSeconds))
        .send(body(answer.code, answer.message));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return reply.code(500).send(body('internal', '服务器内部错误'));
    }
    // Fastify's own client errors (malformed JSON, body too large, unsupported media type), in Chinese.
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      const known = FASTIFY_CLIENT_ERRORS[error.code];
      const status = known?.status ?? error.statusCode;
      const code = known?.code ?? CODE_BY_STATUS[status] ?? 'bad_input';
      const message =
        known?.message ??
        (hasChinese(error.message) ? error.message : (MESSAGE_BY_STATUS[status] ?? '请求无效'));
      return reply.code(status).send(body(code, message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send(body('internal', '服务器内部错误'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send(body('not_found', `没有这个接口：${request.method} ${request.url.split('?')[0]}`));
  });
}
