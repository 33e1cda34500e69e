// No string of a request may hold NUL or half of a UTF-16 surrogate pair: PostgreSQL refuses NUL in text and
// neither can be written as UTF-8, so they would surface as a 500 deep inside a service (issue 15.1). Checked
// once for every route, after parsing and before validation: a 400 naming the field, nothing changed.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { InputError } from '../shared/errors.ts';

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// eslint-disable-next-line no-control-regex -- finding the NUL is the point
const BAD = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string (value or key) holding a forbidden character, or null. */
export function badStringPath(value: unknown, root: string): string | null {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length) {
    const [item, path] = stack.pop()!;
    if (typeof item === 'string') {
      if (BAD.test(item)) return path;
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push([item[i], path ? `${path}.${i}` : String(i)]);
    } else if (item !== null && typeof item === 'object' && !Buffer.isBuffer(item)) {
      for (const [key, child] of Object.entries(item)) {
        const at = path ? `${path}.${key}` : key;
        if (BAD.test(key)) return at;
        stack.push([child, at]);
      }
    }
  }
  return null;
}

async function stringGuardPlugin(app: FastifyInstance): Promise<void> {
  app.addHook('preValidation', async (request) => {
    const field =
      badStringPath(request.body, '') ??
      badStringPath(request.query, '') ??
      badStringPath(request.params, '');
    if (field !== null)
      throw new InputError(`${field || '请求内容'}：含有不允许的字符（空字符或不完整的 Unicode 字符）`, {
        field: field || 'body',
      });
  });
}

export const stringGuard = fp(stringGuardPlugin, { name: 'tonghu-string-guard' });
