// How the OpenAPI document says who may call what (issue 22 pt 1): the session cookie of the web app and the
// bearer token of a department's system as securitySchemes, and on each operation the ones it accepts — none
// for a public route, the cookie for every other, the token too where a scope opens it (with the scopes in
// x-token-scopes and in the description, since OpenAPI 3.0 gives a bearer scheme no scopes of its own).
import type { SwaggerTransform } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import { SESSION_COOKIE } from '../shared/http/session-token.ts';
import { API_SCOPE_NAMES, scopesGranting } from '../modules/api-clients/scopes.ts';

export const SECURITY_SCHEMES = {
  sessionCookie: {
    type: 'apiKey' as const,
    in: 'cookie' as const,
    name: SESSION_COOKIE,
    description:
      '网页登录后的会话 Cookie（经 HTTPS 访问时名为 __Host-tonghu_session）。供浏览器使用；跨站的写请求会被拒绝。',
  },
  bearerToken: {
    type: 'http' as const,
    scheme: 'bearer',
    bearerFormat: 'thk_…',
    description:
      '部门系统的访问令牌：县级民政部门在“接口客户端”中创建，密钥只显示一次。请求头 `Authorization: Bearer thk_…`，' +
      '不得同时携带会话 Cookie。令牌只能调用其权限范围（roster.upload、referrals.read、referrals.answer）所开放的接口。',
  },
};

type Requirement = Record<string, string[]>;
const COOKIE: Requirement = { sessionCookie: [] };
const TOKEN: Requirement = { bearerToken: [] };

export function withSecurity(transform: SwaggerTransform): SwaggerTransform {
  return (input) => {
    const result = transform(input);
    const permission = (input.route.config as { permission?: string } | undefined)?.permission;
    if (!result.schema || permission === undefined) return result;
    if (permission === 'public') return { ...result, schema: { ...result.schema, security: [] } };
    const scopes = scopesGranting(permission);
    if (!scopes.length) return { ...result, schema: { ...result.schema, security: [COOKIE] } };
    const note = `访问令牌可调用，须具备权限范围：${scopes.map((s) => `${s}（${API_SCOPE_NAMES[s]}）`).join(' 或 ')}`;
    const schema = result.schema as FastifySchema & { description?: string };
    return {
      ...result,
      schema: {
        ...schema,
        security: [COOKIE, TOKEN],
        description: schema.description ? `${schema.description}\n\n${note}` : note,
        // @fastify/swagger copies x- keys of a route's schema onto its operation.
        ...({ 'x-token-scopes': scopes } as object),
      },
    };
  };
}
