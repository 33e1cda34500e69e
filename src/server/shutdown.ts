// A clean stop on SIGTERM/SIGINT (issue 14.5): readiness turns 503 at once, the listening socket closes so
// new connections are refused, every request already accepted is answered, then the database is closed and
// the process exits 0. A stop that cannot finish within the grace period (a request hanging) is cut short
// with exit code 1 rather than left hanging past what a supervisor waits (30 s is common).
import type { IncomingMessage } from 'node:http';
import net, { type Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ShutdownOptions {
  /** What to stop after the HTTP server: background jobs, the database. */
  cleanup: () => Promise<void>;
  /** Longest a stop may take before it is cut short (default 25 s). */
  graceMs?: number;
  /**
   * How long to keep accepting after the signal before closing the listening socket, so that connections
   * the kernel has already accepted on our behalf (the backlog) are taken in and answered, not reset.
   */
  settleMs?: number;
  /** The longest to wait for accepted connections to get their request read (see below). */
  settleMaxMs?: number;
  exit?: (code: number) => void;
}

export function installShutdown(app: FastifyInstance, options: ShutdownOptions): void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  // Node's server.close() destroys every connection it counts as idle, and a connection whose request is
  // still unread in its buffer (the event loop was busy when it came in) counts as idle: its client sees a
  // reset. So connections are watched from acceptance to their first request, and the listening socket is
  // closed only once none is waiting to be read.
  const unread = new Set<Socket>();
  app.server.on('connection', (socket: Socket) => {
    unread.add(socket);
    socket.once('close', () => unread.delete(socket));
  });
  app.server.on('request', (request: IncomingMessage) => unread.delete(request.socket));
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.lifecycle.draining = true;
    app.log.info({ signal }, '收到停止信号：不再接受新连接，处理完已接受的请求后退出');
    const force = setTimeout(() => {
      app.log.error('停止超时：仍有请求未完成，强制退出');
      app.server.closeAllConnections();
      exit(1);
    }, options.graceMs ?? 25_000);
    force.unref();
    try {
      const settleUntil = Date.now() + (options.settleMaxMs ?? 2000);
      await sleep(options.settleMs ?? 200);
      for (;;) {
        // setImmediate runs right after the poll phase, where libuv accepts what waits in the backlog and
        // reads what the accepted connections sent: past it, a connection still unread is merely slow.
        await new Promise((resolve) => setImmediate(resolve));
        if (unread.size === 0 || Date.now() >= settleUntil) break;
        await sleep(20);
      }
      // In the same tick as the check, so no connection can slip in between: stop listening (new connections
      // are refused) — net.Server's own close, which keeps the connections already accepted. http.Server's
      // close would also destroy every connection it counts as idle, and on a loaded machine one accepted
      // just before the deadline above may still have its request unread: its client would see a reset.
      net.Server.prototype.close.call(app.server);
      // No connection can arrive now, so this ends: each accepted one gets its request read (or is closed by
      // its client) before the idle ones are let go.
      while (unread.size > 0 && Date.now() < settleUntil + (options.settleMaxMs ?? 2000) * 2) await sleep(20);
      app.server.closeIdleConnections();
      await app.close(); // answers 503 on kept-alive connections, waits for the requests in flight
      await options.cleanup();
      app.log.info('已停止');
      clearTimeout(force);
      exit(0);
    } catch (error) {
      app.log.error({ err: error }, '停止时出错');
      clearTimeout(force);
      exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
