// npm run gen:api — writes web/src/api/schema.gen.ts, the web's API types, from the server's OpenAPI document
// (api-types.ts). Run it after changing a route's schema and commit the result; CI's type check then tells
// whether the web still fits the server.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { API_TYPES_FILE, apiTypesText } from './api-types.ts';

await writeFile(resolve(API_TYPES_FILE), await apiTypesText());
console.log(`wrote ${API_TYPES_FILE}`);
