// The session cookie's name and how a session token is kept (only its hash is stored): shared by the auth
// module, which issues and resolves sessions, and the audit trail, which records a hash of it per request.
import { createHash } from 'node:crypto';

export const SESSION_COOKIE = 'tonghu_session';

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
