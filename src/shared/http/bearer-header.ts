// Reading a bearer token off a request, with no other dependency: the audit context and the origin check
// need it too, before and apart from resolving the token (bearer.ts).
interface HeaderRequest {
  headers: { authorization?: string | undefined; cookie?: string | undefined };
}

/** The secret of an `Authorization: Bearer` header; undefined when there is no such header. */
export function bearerSecret(request: HeaderRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer[ ]+(.*)$/i.exec(header.trim());
  // Another scheme (Basic from a proxy in front) is not ours to judge.
  return match ? (match[1] ?? '').trim() : undefined;
}

/** Whether the request is a bearer request without any cookie: a system's call, not a browser's form. */
export function isCookielessBearer(request: HeaderRequest): boolean {
  return bearerSecret(request) !== undefined && !request.headers.cookie;
}
