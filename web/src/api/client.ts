// The one way the app talks to the server: JSON in and out, the session cookie, and the API's error shape
// turned into ApiError. Any 401 (other than a failed login) means the session has ended: the registered
// handler takes the person back to the login page.
import type { paths } from './schema.gen';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** What the API put beside the message (a merge's conflicts, for one). */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The route itself does not exist on this server yet (a module not deployed), not a missing record. */
  get routeMissing(): boolean {
    return this.status === 404 && this.message.startsWith('没有这个接口');
  }
}

let onUnauthenticated: () => void = () => {};

export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export type Query = Record<string, string | number | boolean | null | undefined | string[]>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; field?: string; details?: unknown };
    };
    if (body.error?.message)
      return new ApiError(
        response.status,
        body.error.code ?? 'error',
        body.error.message,
        body.error.field,
        body.error.details,
      );
  } catch {
    // not JSON: fall through to a generic message
  }
  return new ApiError(response.status, 'error', `服务器返回错误（${response.status}），请稍后再试`);
}

export async function request(
  method: string,
  path: string,
  options: { body?: unknown; query?: Query } = {},
): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(withQuery(`/api/v1${path}`, options.query), {
      method,
      credentials: 'same-origin',
      headers: options.body === undefined ? {} : { 'content-type': 'application/json' },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试');
  }
  if (response.ok) return response;
  const error = await errorOf(response);
  if (response.status === 401 && path !== '/auth/login') onUnauthenticated();
  throw error;
}

/**
 * The untyped call the typed client below is built on; pages use `api` instead. The offline outbox replays
 * kept records with it (their paths were checked with pathFor when they were made).
 */
export async function apiCall<T>(
  method: string,
  path: string,
  options: { body?: unknown; query?: Query } = {},
): Promise<T> {
  const response = await request(method, path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

// ---------------------------------------------------------------------------------------------------------
// The typed client (issue 21 pt 1, "one contract"): paths, parameters, query, body and answer all come from
// the server's OpenAPI document through schema.gen.ts (`npm run gen:api`), so a server change that breaks a
// page fails `npm run typecheck`. Paths are written as the document names them, without /api/v1:
//   api.get('/children/{id}', { params: { id } })   api.post('/children/{id}/contacts', { params, body })
// Errors are the same ApiError as above, the 401 handler the same.

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The document's /api/v1 paths, keyed without the prefix. */
type V1 = { [P in keyof paths as P extends `/api/v1${infer Rest}` ? Rest : never]: paths[P] };
export type ApiPath = keyof V1;
/** The paths that answer to a method. */
export type PathOf<M extends Method> = {
  [P in ApiPath]: [NonNullable<V1[P][M]>] extends [never] ? never : P;
}[ApiPath];
export type Operation<P extends ApiPath, M extends Method> = NonNullable<V1[P][M]>;

type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : undefined;
/** What an operation answers on success (200, else 201, else 204: nothing). */
export type Answer<O> = O extends { responses: infer R }
  ? 200 extends keyof R
    ? JsonOf<R[200]>
    : 201 extends keyof R
      ? JsonOf<R[201]>
      : 204 extends keyof R
        ? undefined
        : never
  : never;
/** The JSON answer of a path and method, e.g. `ApiAnswer<'/children/{id}', 'get'>`. */
export type ApiAnswer<P extends ApiPath, M extends Method = 'get'> = Answer<Operation<P, M>>;
/** The query of a path and method, as the document declares it. */
export type ApiQuery<P extends ApiPath, M extends Method = 'get'> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? Q : never;
/** The JSON body of a path and method. */
export type ApiBody<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

// Query values as withQuery writes them: arrays joined by commas, booleans as 'true'/'false', empty skipped.
type QueryValue<V> =
  V | null | undefined | '' | (string extends V ? string[] : never) | ('true' extends V ? boolean : never);
type QueryOf<O> = O extends { parameters: { query?: infer Q } }
  ? [NonNullable<Q>] extends [never]
    ? never
    : { [K in keyof NonNullable<Q>]?: QueryValue<NonNullable<Q>[K]> }
  : never;
type ParamsOf<O> = O extends { parameters: { path: infer A } }
  ? [NonNullable<A>] extends [never]
    ? never
    : { [K in keyof A]: string | number }
  : never;

type Opt<K extends string, T, Required extends boolean> = [T] extends [never]
  ? { [_ in K]?: never }
  : Required extends true
    ? { [_ in K]: T }
    : { [_ in K]?: T };
export type CallOptions<O> = Opt<'params', ParamsOf<O>, true> &
  Opt<'query', QueryOf<O>, false> &
  Opt<
    'body',
    O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never,
    O extends { requestBody: { content: { 'application/json': unknown } } } ? true : false
  >;
/** The options argument, required only when a path parameter or a body is. */
export type Rest<O> =
  Record<never, never> extends CallOptions<O> ? [options?: CallOptions<O>] : [options: CallOptions<O>];

/** A path of the document with its {parameters} filled in, as `request` takes it. */
export function pathFor(path: ApiPath, params?: Record<string, string | number>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}

/** The URL of a path of the document (links, uploads through XMLHttpRequest). */
export function apiUrl(path: ApiPath, params?: Record<string, string | number>): string {
  return `/api/v1${pathFor(path, params)}`;
}

function typed<M extends Method>(method: M) {
  return <P extends PathOf<M>>(path: P, ...[options]: Rest<Operation<P, M>>) => {
    const { params, query, body } = (options ?? {}) as {
      params?: Record<string, string | number>;
      query?: Query;
      body?: unknown;
    };
    return apiCall<Answer<Operation<P, M>>>(method.toUpperCase(), pathFor(path, params), { query, body });
  };
}

export const api = {
  get: typed('get'),
  post: typed('post'),
  put: typed('put'),
  patch: typed('patch'),
  delete: typed('delete'),
};
