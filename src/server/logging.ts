// The server's log (issue 14.4): Fastify's own logger (pino), JSON lines on stdout — readable lines when
// stdout is a terminal — one line per request (method, route, status, duration, user id, request id) and
// every 5xx with its stack. What a log must never hold (DOMAIN.md §9): a body, a cookie or authorization
// header, a password, an ID number or phone number. Requests are therefore logged only through the fields
// named here, the serializers emit nothing else, redaction covers what a careless log call might pass, and
// error messages and stacks are scrubbed of anything shaped like an ID or phone number.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { DestinationStream } from 'pino';
import type { LogLevel } from './ops-config.ts';

export type LoggerOption =
  | false
  | {
      level?: LogLevel;
      /** Where the JSON lines go (tests capture them); default stdout. */
      stream?: DestinationStream;
      /** Readable lines (pino-pretty); default when stdout is a terminal and no stream is given. */
      pretty?: boolean;
    };

/** A client's X-Request-Id is kept when it is this tame; otherwise the server makes one. */
export const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

const ID_NUMBER = /(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])/g;
const PHONE = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g;

/** Text for a log line with ID numbers and mobile numbers blanked out. */
export function scrub(text: string): string {
  return text.replace(ID_NUMBER, '[已隐去]').replace(PHONE, '[已隐去]');
}

export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'body',
  'req.body',
  'password',
  '*.password',
  'idNumber',
  '*.idNumber',
  'id_number',
  '*.id_number',
  'phone',
  '*.phone',
  'cookie',
  '*.cookie',
  'token',
  '*.token',
];

interface LoggedError {
  [key: string]: unknown;
  type: string;
  message: string;
  code?: string;
  statusCode?: number;
  stack: string;
}

// Only these fields of an error: a pg error's `detail` names the offending key's value (an ID number).
function serializeError(error: unknown): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: scrub(String(error)), stack: '' };
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  return {
    type: error.name,
    message: scrub(error.message),
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof statusCode === 'number' ? { statusCode } : {}),
    stack: scrub(error.stack ?? ''),
  };
}

const SERIALIZERS = {
  err: serializeError,
  error: serializeError,
  // The route pattern, never the URL: a query string may carry a name or an ID number.
  req: (req: { method: string; routeOptions?: { url?: string }; id: string }) => ({
    method: req.method,
    route: req.routeOptions?.url ?? null,
    requestId: req.id,
  }),
  res: (res: { statusCode: number }) => ({ status: res.statusCode }),
};

function generateRequestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** The Fastify constructor options for the log and the request id. */
export function loggingOptions(
  logger: LoggerOption,
  defaultLevel: LogLevel,
): Pick<FastifyServerOptions, 'logger' | 'genReqId' | 'logController'> {
  const common = {
    genReqId: generateRequestId,
    // Fastify's own request lines print the URL; ours print the route (requestLogging below).
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
  };
  if (logger === false) return { ...common, logger: false };
  const pretty = logger.pretty ?? (!logger.stream && process.stdout.isTTY === true);
  return {
    ...common,
    logger: {
      level: logger.level ?? defaultLevel,
      redact: { paths: REDACT_PATHS, censor: '[已隐去]' },
      serializers: SERIALIZERS,
      ...(logger.stream ? { stream: logger.stream } : {}),
      ...(pretty
        ? {
            transport: {
              target: 'pino-pretty',
              options: { translateTime: 'SYS:yyyy-mm-dd HH:MM:ss', ignore: 'pid,hostname' },
            },
          }
        : {}),
    },
  };
}

async function requestLoggingPlugin(app: FastifyInstance): Promise<void> {
  // Every answer names its request, errors and 404s included, so an operator can find its log line.
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    const status = reply.statusCode;
    const line = {
      method: request.method,
      route: request.routeOptions.url ?? null,
      status,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      userId: request.actor?.id ?? null,
    };
    if (status >= 500) request.log.error(line, 'request');
    else request.log.info(line, 'request');
  });
}

export const requestLogging = fp(requestLoggingPlugin, { name: 'tonghu-request-logging' });
