// The web's API types, generated from the server's OpenAPI document (issue 21 pt 1, "one contract"): the
// text of web/src/api/schema.gen.ts, made by openapi-typescript and formatted by prettier with the project's
// settings, so that `npm run gen:api` writes it and api-types.test.ts can tell when the committed file is stale.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { openApiDocument } from './openapi-document.ts';

export const API_TYPES_FILE = 'web/src/api/schema.gen.ts';

const HEADER = `// GENERATED FILE — do not edit. Made from the server's OpenAPI document by \`npm run gen:api\`
// (src/server/gen-api-types.ts, openapi-typescript). The web's typed client (web/src/api/client.ts) reads it;
// src/server/api-types.test.ts fails when it no longer matches the server.
`;

export async function apiTypesText(root = process.cwd()): Promise<string> {
  const body = astToString(await openapiTS((await openApiDocument()) as never));
  const file = resolve(root, API_TYPES_FILE);
  const options = (await resolveConfig(file)) ?? {};
  return format(HEADER + '\n' + body, { ...options, filepath: file });
}

export async function committedApiTypes(root = process.cwd()): Promise<string> {
  return readFile(resolve(root, API_TYPES_FILE), 'utf8');
}
