// The server's local door for the command line (issue 14.1): POST /api/internal/commands/<name> runs a CLI
// command (backup, users add, …) in the process that owns the embedded data folder. Accepted only over a
// loopback connection that no proxy forwarded, and only with the admin token this process drew at start and
// wrote into the folder's lock file (0600): whoever can read that file could open the database anyway. The
// token is never logged (the request log names method, route and status only). The commands audit as the
// command line, as they do when run by the CLI itself.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Database } from '../db/connect.ts';
import { z } from 'zod';
import { AppError } from '../shared/errors.ts';

export const ADMIN_TOKEN_HEADER = 'x-tonghu-admin-token';

/** What a command run here said and how it ended (the CLI prints it as its own). */
export interface DoorReply {
  stdout: string[];
  stderr: string[];
  exitCode: number;
  message?: string;
}

export interface DoorCommand {
  body: (
    database: Database,
    config: Config,
    io: { out(line: string): void; err(line: string): void; who: string },
    args: Record<string, unknown>,
  ) => Promise<void>;
}

export interface LocalDoorOptions {
  token: string;
  commands: ReadonlyMap<string, DoorCommand>;
  /** How a failure ends the command (the CLI's own rule, cli/run.ts). */
  describeFailure: (error: unknown) => { exitCode: number; message: string };
}

export function newAdminToken(): string {
  return randomBytes(32).toString('base64url');
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Whether the request comes from this host's command line: loopback, not forwarded, with the token. */
function fromCommandLine(request: FastifyRequest, token: string): boolean {
  // The connection's own peer, not request.ip (which may come from X-Forwarded-For behind a proxy).
  if (!LOOPBACK.has(request.socket.remoteAddress ?? '')) return false;
  // A proxy on this host forwarding someone else's request is loopback too: its requests name the client.
  if (request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined)
    return false;
  const given = request.headers[ADMIN_TOKEN_HEADER];
  if (typeof given !== 'string' || !given) return false;
  return timingSafeEqual(digest(given), digest(token));
}

const Body = z.object({
  args: z.record(z.string(), z.unknown()).optional(),
  who: z.string().max(64).optional(),
});

export function localDoor(options: LocalDoorOptions) {
  return async function localDoorRoutes(app: FastifyInstance): Promise<void> {
    app.post<{ Params: { name: string }; Body: { args?: Record<string, unknown>; who?: string } }>(
      '/api/internal/commands/:name',
      {
        schema: { body: Body, hide: true },
        // Not a session's or an API client's: the door checks its own token, before the body is read.
        config: { permission: 'public' },
        onRequest: async (request) => {
          if (!fromCommandLine(request, options.token))
            throw new AppError('forbidden', '此接口只接受本机命令行（tonghu 命令）的请求');
        },
      },
      async (request): Promise<DoorReply> => {
        const command = options.commands.get(request.params.name);
        if (!command) throw new AppError('not_found', `服务不能代为执行命令 ${request.params.name}`);
        const body = request.body ?? {};
        const args = body.args && typeof body.args === 'object' ? body.args : {};
        const who = typeof body.who === 'string' && body.who.length <= 64 ? body.who : '未知用户';
        const reply: DoorReply = { stdout: [], stderr: [], exitCode: 0 };
        const io = {
          out: (l: string) => reply.stdout.push(l),
          err: (l: string) => reply.stderr.push(l),
          who,
        };
        try {
          await command.body(app.ctx.database, app.ctx.config, io, args);
        } catch (error) {
          const failure = options.describeFailure(error);
          if (failure.exitCode === 1) request.log.error({ err: error }, `命令 ${request.params.name} 失败`);
          reply.exitCode = failure.exitCode;
          reply.message = failure.message;
        }
        return reply;
      },
    );
  };
}
