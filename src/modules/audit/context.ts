// Who is asking, from where: the request's context for the audit writer. Set once per request in an onRequest
// hook (an AsyncLocalStorage, so that no service has to thread it through its parameters) and read by
// recordAudit, which fills client address, user agent, session hash and request id on every record.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { bearerSecret } from '../../shared/http/bearer-header.ts';
import { SESSION_COOKIE, tokenHash } from '../../shared/http/session-token.ts';

export interface AuditRequestContext {
  request: FastifyRequest;
  /** A session begun during this request (login): its hash is recorded rather than the cookie's. */
  newSessionToken?: string;
  /** How many audit records this request has written (the safety net for reads looks at it). */
  written: number;
}

const storage = new AsyncLocalStorage<AuditRequestContext>();

export function currentAuditContext(): AuditRequestContext | undefined {
  return storage.getStore();
}

/** The session id's hash as the trail keeps it: a hash of the stored session id, itself a hash of the token. */
export function sessionHashOf(token: string): string {
  return createHash('sha256')
    .update(`tonghu-audit-session:${tokenHash(token)}`)
    .digest('hex');
}

// A header is the caller's to write: keep it printable and short, so that it can neither break the insert
// (NUL, lone surrogates) nor bloat the trail.
function clean(value: string | undefined, max: number): string | null {
  if (!value) return null;
  const text = value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return text.slice(0, max);
}

export interface AuditContextColumns {
  client_address: string | null;
  user_agent: string | null;
  session_hash: string | null;
  request_id: string | null;
}

function sessionToken(request: FastifyRequest): string | undefined {
  const cookies = (request as { cookies?: Record<string, string | undefined> }).cookies ?? {};
  return cookies[`__Host-${SESSION_COOKIE}`] || cookies[SESSION_COOKIE] || undefined;
}

/** The context columns of a record written now: all null outside a request (the CLI, a nightly job). */
export function auditContextColumns(context = storage.getStore()): AuditContextColumns {
  if (!context) return { client_address: null, user_agent: null, session_hash: null, request_id: null };
  const { request } = context;
  // A system's token stands where a session would: the hash links its records to the client (whose row keeps
  // the same sha256 of the secret), never the secret itself.
  const token = context.newSessionToken ?? sessionToken(request) ?? bearerSecret(request);
  const agent = request.headers['user-agent'];
  return {
    client_address: clean(request.ip, 64),
    user_agent: clean(Array.isArray(agent) ? agent.join(' ') : agent, 512),
    session_hash: token ? sessionHashOf(token) : null,
    request_id: clean(String(request.id), 64),
  };
}

async function auditContextPlugin(app: FastifyInstance): Promise<void> {
  // Callback style: the rest of the request (hooks, handler, hooks after it) runs inside storage.run.
  app.addHook('onRequest', (request, _reply, done) => {
    storage.run({ request, written: 0 }, done);
  });
}

/** Registered before the auth plugin, so that every later hook and handler sees the context. */
export const auditContext = fp(auditContextPlugin, { name: 'tonghu-audit-context' });
