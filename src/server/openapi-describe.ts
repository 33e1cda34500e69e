// What the OpenAPI document says about every operation beyond its zod schemas (issue 22 pt 1), by one rule
// each, in one place, so that no route has to repeat it:
// - operationId: the method and the path in camelCase (GET /api/v1/children/{id}/audit → getChildrenByIdAudit),
//   unless a route's schema names its own;
// - the error responses an operation can give, all with the one error schema `Error`;
// - xlsx downloads (a path ending in .xlsx, or config.xlsxDownload) as a binary spreadsheet, and upload bodies (config.takesFile) as
//   multipart/form-data with the field `file`, or the file itself as the body, as config.fileTypes says.
// Nothing here changes what the server does: the document only.
import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import type { OpenAPIV3 } from 'openapi-types';
import { z } from 'zod';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The content types a takesFile route accepts: multipart/form-data (a form with the field `file`) and
     * those taking the file itself as the body. Omitted: multipart/form-data only.
     */
    fileTypes?: readonly string[];
    /** The answer is an xlsx workbook though the path does not end in .xlsx. */
    xlsxDownload?: boolean;
  }
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every problem a request's validation found, each naming its field (server/errors.ts). */
export const validationProblemsSchema = z.array(
  z.object({
    field: z.string().describe('出错的字段，如 name、parents.0.phone、page'),
    code: z.string().describe('校验规则，如 too_small、invalid_type'),
    message: z.string().describe('中文说明，含字段名'),
  }),
);

/** The one shape of every error the API gives (server/errors.ts). */
export const errorSchema = z
  .object({
    error: z.object({
      code: z
        .string()
        .describe(
          '错误代码：bad_input、unauthenticated、forbidden、password_change_required、not_found、conflict、locked、' +
            'too_many_requests、payload_too_large、unsupported_media_type、service_unavailable、internal 等',
        ),
      message: z.string().describe('给人看的中文说明'),
      field: z.string().optional().describe('出错的字段（如 body.name、querystring.page、file）'),
      line: z.number().int().optional().describe('上传文件中出错的行（文本文件）'),
      row: z.number().int().optional().describe('上传文件中出错的行（电子表格）'),
      details: validationProblemsSchema.optional().describe('参数或请求内容不符合要求时：逐项列出每处问题'),
    }),
  })
  .describe('错误：所有接口出错时都返回这个结构');

const ERROR_REF = { $ref: '#/components/schemas/Error' };

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: '请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容）',
  401: '未登录、会话已过期或访问令牌无效',
  403: '无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码',
  404: '记录不存在或不在您的辖区内',
  409: '与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作）',
  413: '请求内容或上传的文件过大',
  415: '不支持的请求内容类型',
  423: '账号已停用或被锁定',
  429: '请求过于频繁，请稍后再试',
};

/** The error statuses an operation can give, by what the route is. */
export function errorStatuses(route: {
  method: string;
  url: string;
  permission: string | undefined;
  hasBody: boolean;
  takesFile: boolean;
  tokenScopes: boolean;
}): number[] {
  const statuses = new Set<number>([400]);
  const isPublic = route.permission === 'public';
  const writes = route.method !== 'GET' && route.method !== 'HEAD';
  if (!isPublic) statuses.add(401).add(403);
  if (/\{[^}]+\}|\/:/.test(route.url)) statuses.add(404);
  if (writes && !isPublic) statuses.add(409);
  if (route.hasBody || route.takesFile) statuses.add(413).add(415);
  if (route.url === '/api/v1/auth/login') statuses.add(401).add(423).add(429);
  // Anyone not signed in is rate-limited (anonymous-limit.ts), and so is every token (api-clients).
  if (isPublic || route.tokenScopes) statuses.add(429);
  return [...statuses].sort((a, b) => a - b);
}

/** GET /api/v1/children/{id}/audit → getChildrenByIdAudit; …/export.xlsx → …ExportXlsx. */
export function operationIdFor(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1\//, '/')
    .replace(/^\/api\//, '/')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const param = /^\{(.+)\}$/.exec(segment) ?? /^:(.+)$/.exec(segment);
      if (param) return ['by', ...param[1]!.split(/[^A-Za-z0-9]+/)];
      return segment.split(/[^A-Za-z0-9]+/);
    })
    .filter(Boolean);
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return method.toLowerCase() + words.map(capital).join('');
}

type Schema = FastifySchema & {
  operationId?: string;
  hide?: boolean;
  response?: Record<string, unknown>;
  'x-token-scopes'?: string[];
};

/** Components shared by every operation: the error schema. */
export const SHARED_COMPONENTS: Record<string, OpenAPIV3.SchemaObject> = {
  Error: z.toJSONSchema(errorSchema, { target: 'openapi-3.0' }) as OpenAPIV3.SchemaObject,
};

/**
 * The document's components with what the per-route transform referenced: the named zod schemas (the
 * output form; the input form only where a request uses it) and the shared ones.
 */
export function withComponents(transformObject: SwaggerTransformObject): SwaggerTransformObject {
  return (input) => {
    const document = transformObject(input) as { components?: { schemas?: Record<string, unknown> } };
    const schemas = document.components?.schemas ?? {};
    const { components: _, ...rest } = document as Record<string, unknown>;
    let text = JSON.stringify(rest);
    const kept: Record<string, unknown> = {};
    // Named schemas refer to each other: keep adding what the kept ones refers to.
    for (let changed = true; changed;) {
      changed = false;
      for (const [name, schema] of Object.entries(schemas))
        if (!(name in kept) && text.includes(`"#/components/schemas/${name}"`)) {
          kept[name] = schema;
          text += JSON.stringify(schema);
          changed = true;
        }
    }
    // By name: the registry lists them in the order their modules were first imported, which differs between
    // the server and a process that loaded the CLI's commands first (the CLI tests share the test processes).
    const sorted = Object.fromEntries(Object.entries(kept).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const result = { ...document, components: { ...document.components, schemas: sorted } };
    typeNullableRefs(result, sorted);
    return result as ReturnType<SwaggerTransformObject>;
  };
}

/**
 * A nullable named schema comes out of zod as `{ nullable: true, allOf: [{ $ref }] }`; OpenAPI 3.0 wants
 * `nullable` beside a `type`, so the referenced schema's type is written beside it.
 */
function typeNullableRefs(node: unknown, schemas: Record<string, unknown>): void {
  if (Array.isArray(node)) for (const item of node) typeNullableRefs(item, schemas);
  else if (node && typeof node === 'object') {
    const schema = node as Record<string, unknown>;
    const ref = (schema.allOf as { $ref?: string }[] | undefined)?.[0]?.$ref;
    if (schema.nullable === true && schema.type === undefined && ref) {
      const target = schemas[ref.replace('#/components/schemas/', '')] as { type?: string } | undefined;
      if (target?.type) schema.type = target.type;
    }
    for (const value of Object.values(schema)) typeNullableRefs(value, schemas);
  }
}

export function withDescriptions(transform: SwaggerTransform): SwaggerTransform {
  return (input) => {
    const result = transform(input);
    const schema = result.schema as Schema | undefined;
    if (!schema || schema.hide) return result;
    const method = String(input.route.method).toUpperCase();
    const url = result.url ?? input.url;
    const config = (input.route.config ?? {}) as {
      permission?: string;
      takesFile?: boolean;
      fileTypes?: readonly string[];
      xlsxDownload?: boolean;
    };
    const response: Record<string, unknown> = { ...schema.response };
    if (url.endsWith('.xlsx') || config.xlsxDownload)
      response['200'] = {
        description: 'Excel 工作簿（.xlsx），以附件下载',
        content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } },
      };
    // A route that documents no success yet still answers: said so, with a body of no declared shape.
    if (!Object.keys(response).some((status) => status.startsWith('2')))
      response['200'] = {
        description: '成功（返回内容的结构尚未描述）',
        content: { 'application/json': { schema: {} } },
      };
    for (const status of errorStatuses({
      method,
      url,
      permission: config.permission,
      hasBody: schema.body !== undefined,
      takesFile: config.takesFile === true,
      tokenScopes: schema['x-token-scopes'] !== undefined,
    }))
      response[String(status)] ??= {
        description: ERROR_DESCRIPTIONS[status]!,
        content: { 'application/json': { schema: ERROR_REF } },
      };
    const described: Schema = {
      ...schema,
      operationId: schema.operationId ?? operationIdFor(method, url),
      response,
    };
    if (config.takesFile && schema.body === undefined) {
      const binary = { type: 'string', format: 'binary' };
      const content: Record<string, { schema: object }> = {};
      for (const type of config.fileTypes ?? ['multipart/form-data'])
        content[type] =
          type === 'multipart/form-data'
            ? {
                schema: {
                  type: 'object',
                  required: ['file'],
                  properties: { file: { ...binary, description: '要上传的文件（.ndjson、.csv 或 .xlsx）' } },
                },
              }
            : { schema: { ...binary, description: '文件内容本身' } };
      described.body = { content } as FastifySchema['body'];
    }
    return { ...result, schema: described as FastifySchema };
  };
}

/** Where the API is: the same origin as the web app, on whatever host the county deploys it. */
export const OPENAPI_SERVERS = [
  {
    url: '{scheme}://{host}',
    description: '部署本系统的服务器（与网页同源）',
    variables: {
      scheme: { enum: ['https', 'http'], default: 'https', description: '经 nginx 对外时为 https' },
      host: { default: 'localhost:3000', description: '主机名和端口，如本县民政局的系统地址' },
    },
  },
];
