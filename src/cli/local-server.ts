// The CLI's writing commands against an embedded data folder that a running `tonghu serve` holds (issue 14.1):
// instead of being refused, they are carried out by that server. The server writes its local address and an
// admin token, random per start, into the folder's lock file (0600, in the 0700 folder); the CLI on the same
// host reads them there and calls POST /api/internal/commands/<name>, which the server accepts only from
// loopback with that token (server/local-door.ts) and runs the very same command body as the CLI would,
// audited as the command line. With no server holding the folder, or on PostgreSQL (no lock), the command
// runs here as before.
import { request as httpRequest } from 'node:http';
import { hostname, userInfo } from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../config.ts';
import type { Database } from '../db/connect.ts';
import { DataDirLockedError, LOCK_FILE, lockHolder, type LocalServer } from '../db/lock.ts';
import { withDatabase, withDatabaseAsIs } from './database.ts';

/** Where a command writes what it has to say: the terminal, or the reply of the server that ran it. */
export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
  /** Who runs the command: the operating-system user at the terminal, for the audit trail. */
  who: string;
  /** Run at a terminal (progress may be shown); false when a server carries the command out. */
  tty?: boolean;
}

export type CommandBody = (
  database: Database,
  config: Config,
  io: CommandIo,
  args: Record<string, unknown>,
) => Promise<void>;

export interface LocalCommand {
  body: CommandBody;
  /** Whether the command needs the database migrated and its regions loaded (withDatabase) or as it is. */
  open: 'configured' | 'as-is';
}

/** The commands a running server may carry out for the CLI, by name. */
export const LOCAL_COMMANDS = new Map<string, LocalCommand>();

export function localCommand(name: string, command: LocalCommand): LocalCommand {
  LOCAL_COMMANDS.set(name, command);
  return command;
}

/** What the server answers: the command's output and how it ended. */
export interface CommandReply {
  stdout: string[];
  stderr: string[];
  /** 0, or the exit code of the failure and its message (as `tonghu <command>:` would print it). */
  exitCode: number;
  message?: string;
}

/** The header carrying the admin token. */
export const ADMIN_TOKEN_HEADER = 'x-tonghu-admin-token';

/** A command the server ran and that failed there: exit with its code, print its message. */
export class RemoteCommandError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'RemoteCommandError';
  }
}

export function whoRuns(): string {
  try {
    return userInfo().username;
  } catch {
    // A container user without a passwd entry.
    return process.env.USER ?? String(process.getuid?.() ?? '?');
  }
}

const terminal: CommandIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  who: whoRuns(),
  tty: process.stderr.isTTY === true,
};

/** The server holding this deployment's embedded data folder, when one on this host advertises its door. */
function servingHere(config: Config): { pid: number; server: LocalServer } | null {
  if (config.databaseUrl) return null;
  const holder = lockHolder(config.dataDir);
  if (!holder?.server || holder.host !== hostname()) return null;
  return { pid: holder.pid, server: holder.server };
}

function post(
  server: LocalServer,
  name: string,
  payload: unknown,
): Promise<{ status: number; body: string }> {
  const url = new URL(`/api/internal/commands/${encodeURIComponent(name)}`, server.url);
  const data = Buffer.from(JSON.stringify(payload), 'utf8');
  return new Promise((resolve, reject) => {
    // node:http rather than fetch: a backup of a large county may take longer than fetch's own time limits.
    const req = httpRequest(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': data.length,
          [ADMIN_TOKEN_HEADER]: server.adminToken,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/**
 * Runs a command: through the server holding the data folder when there is one (saying so on stderr), else
 * here on a database of its own. `args` must be JSON (files as absolute paths: the server's working folder is
 * not the terminal's).
 */
export async function runCommand(name: string, args: Record<string, unknown>): Promise<void> {
  const command = LOCAL_COMMANDS.get(name);
  if (!command) throw new Error(`unknown local command ${name}`);
  const config = loadConfig();
  const serving = servingHere(config);
  if (serving) {
    let answer: { status: number; body: string } | null = null;
    try {
      answer = await post(serving.server, name, { args, who: terminal.who });
    } catch (error) {
      // Nobody answers there (the server died without removing its lock): open the folder here, which
      // takes over the stale lock or names who holds it.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ECONNREFUSED' && code !== 'ECONNRESET') throw error;
    }
    if (answer) {
      let reply: Partial<CommandReply> & { error?: { message?: string } };
      try {
        reply = JSON.parse(answer.body) as typeof reply;
      } catch {
        throw new Error(`运行中的服务（进程 ${serving.pid}）答复无法解析（HTTP ${answer.status}）`);
      }
      if (typeof reply.exitCode !== 'number')
        throw new DataDirLockedError(
          path.join(path.resolve(config.dataDir), LOCK_FILE),
          lockHolder(config.dataDir),
          `运行中的服务（进程 ${serving.pid}）拒绝执行此命令：${reply.error?.message ?? `HTTP ${answer.status}`}`,
        );
      process.stderr.write(`（由运行中的服务（进程 ${serving.pid}）执行）\n`);
      for (const line of reply.stdout ?? []) terminal.out(line);
      for (const line of reply.stderr ?? []) terminal.err(line);
      if (reply.exitCode !== 0) throw new RemoteCommandError(reply.exitCode, reply.message ?? '');
      return;
    }
  }
  const open = command.open === 'configured' ? withDatabase : withDatabaseAsIs;
  await open((database, cfg) => command.body(database, cfg, terminal, args));
}
