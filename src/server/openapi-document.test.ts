// The OpenAPI document an integrator builds on (issue 22 pt 1), read as they would: every operation named
// once, its success and its errors described, downloads and uploads with their content types, and the types
// openapi-typescript generates from it free of `unknown` where the server knows the shape.
import openapiTS, { astToString } from 'openapi-typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { XLSX_TYPE, operationIdFor } from './openapi-describe.ts';
import { openApiDocument } from './openapi-document.ts';

interface Operation {
  operationId?: string;
  responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
  requestBody?: { content: Record<string, { schema?: Record<string, unknown> }> };
  security?: unknown[];
}
let doc: {
  servers?: { url: string }[];
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
  paths: Record<string, Record<string, Operation>>;
};
let ops: { method: string; path: string; op: Operation }[];

beforeAll(async () => {
  doc = (await openApiDocument()) as typeof doc;
  ops = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ method, path, op })),
  );
});

describe('the OpenAPI document', () => {
  it('names every operation once, by the one rule unless a route names its own', () => {
    expect(ops.length).toBeGreaterThan(100);
    const ids = ops.map(({ op }) => op.operationId);
    for (const { method, path, op } of ops)
      expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z0-9]+$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/api/v1/children/{id}/audit']!.get!.operationId).toBe('getChildrenByIdAudit');
    expect(operationIdFor('GET', '/api/v1/reports/annex1.xlsx')).toBe('getReportsAnnex1Xlsx');
  });

  it('says where the API is and how callers prove who they are', () => {
    expect(doc.servers?.length).toBeGreaterThan(0);
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['bearerToken', 'sessionCookie']);
  });

  it('describes a success and the errors of every operation, errors with the one Error schema', () => {
    expect(doc.components.schemas.Error).toMatchObject({
      type: 'object',
      required: ['error'],
      properties: { error: { required: ['code', 'message'] } },
    });
    for (const { method, path, op } of ops) {
      const where = `${method.toUpperCase()} ${path}`;
      const statuses = Object.keys(op.responses);
      expect(
        statuses.some((s) => s.startsWith('2')),
        where,
      ).toBe(true);
      expect(statuses, where).toContain('400');
      // 4xx: the Error schema, or a route's own narrower form of it (the import's refusal).
      for (const status of statuses.filter((s) => s >= '400' && s < '500')) {
        const schema = op.responses[status]!.content!['application/json']!.schema!;
        if (schema.$ref) expect(schema.$ref, `${where} ${status}`).toBe('#/components/schemas/Error');
        else
          expect(schema, `${where} ${status}`).toMatchObject({
            properties: { error: { required: ['code', 'message'] } },
          });
      }
      if (op.security?.length) expect(statuses, where).toEqual(expect.arrayContaining(['401', '403']));
      if (path.includes('{')) expect(statuses, where).toContain('404');
    }
  });

  it('gives xlsx downloads their content type and upload bodies as multipart with a file', () => {
    const downloads = ops.filter(
      ({ path }) => path.endsWith('.xlsx') || path === '/api/v1/children/{id}/subject-access-export',
    );
    expect(downloads.length).toBeGreaterThanOrEqual(9);
    for (const { op } of downloads)
      expect(op.responses['200']!.content).toEqual({
        [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } },
      });
    for (const path of ['/api/v1/comparison/runs', '/api/v1/imports/children']) {
      const body = doc.paths[path]!.post!.requestBody!.content;
      expect(body['multipart/form-data']!.schema, path).toMatchObject({
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary' } },
      });
    }
    expect(doc.paths['/api/v1/imports/children']!.post!.requestBody!.content['text/csv']).toBeDefined();
    // The workforce import takes the file itself as the body, named by ?fileName=.
    const raw = doc.paths['/api/v1/workforce/import']!.post!.requestBody!.content;
    expect(raw['multipart/form-data']).toBeUndefined();
    expect(raw['text/csv']!.schema).toMatchObject({ type: 'string', format: 'binary' });
  });
});

/**
 * The `unknown`s left in the generated types, each where the server does not know the shape either:
 * the key of the object holding it and how many there may be.
 */
const UNKNOWN_ALLOWANCE: Record<string, number> = {
  // A field's value before and after a change: the field's own type, any JSON value (FieldChange).
  old: 1,
  new: 1,
  // The further facts of an audit event: their keys differ from one action to another (AuditDetail).
  AuditDetail: 1,
  // A row of a department's roster as read: the roster's own columns, which differ by roster (RosterRow).
  RosterRow: 1,
  // What confirming a finding changed beyond its action: set by each roster's rule (FindingOutcome).
  FindingOutcome: 1,
  // An import preview's record as read from the file, before it is a child's file: the file's fields.
  child: 1,
  // assess-preview's request: the facts of a form still being filled in, read by the server's own parser.
  facts: 1,
  // An offline edit merged field by field (children/:id/merge): the value each field had when the phone read
  // it (base), and a conflict's two values (mine, theirs) — each field's own type, any JSON value.
  base: 1,
  mine: 2,
  theirs: 2,
};

describe('the types openapi-typescript generates', () => {
  it('hold no unknown beyond the documented allowance', async () => {
    const text = astToString(await openapiTS(doc as never));
    const found: Record<string, number> = {};
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      // Every response's headers are open-ended in openapi-typescript's output: not a shape we lost.
      if (/^\s*\[name: string\]: unknown;$/.test(line)) return;
      const count = line.replace(/"[^"]*"/g, '').match(/\bunknown\b/g)?.length ?? 0;
      if (!count) return;
      // The property holding it: on this line ("reasons: unknown"), else the object opened above.
      let key = /^\s*"?([\w/.{}-]+)"?\??:/.exec(line)?.[1];
      if (!key || key === 'application/json' || line.includes('[key: string]')) {
        for (let j = i - 1; j >= 0; j--) {
          const opened = /^\s*"?([\w/.{}-]+)"?\??: \{$/.exec(lines[j]!);
          if (opened) {
            key = key === 'application/json' ? `${opened[1]}→json` : opened[1];
            break;
          }
        }
      }
      found[key ?? '?'] = (found[key ?? '?'] ?? 0) + count;
    });
    const over = Object.entries(found).filter(([key, n]) => n > (UNKNOWN_ALLOWANCE[key] ?? 0));
    expect(Object.fromEntries(over)).toEqual({});
  });
});
