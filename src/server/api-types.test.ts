// The web's generated API types (web/src/api/schema.gen.ts) are the server's own: regenerated here from the
// OpenAPI document and compared with the committed file, so that a route schema changed without
// `npm run gen:api` fails CI instead of leaving the web type-checked against an old contract.
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypesText, committedApiTypes } from './api-types.ts';

describe('the web API types', () => {
  it('match the server OpenAPI document', async () => {
    const [fresh, committed] = await Promise.all([apiTypesText(), committedApiTypes()]);
    if (fresh !== committed) {
      const a = fresh.split('\n');
      const b = committed.split('\n');
      const line = a.findIndex((text, i) => text !== b[i]);
      expect.fail(
        `${API_TYPES_FILE} is stale (first difference at line ${line + 1}): run npm run gen:api and commit it`,
      );
    }
    expect(fresh).toContain("'/api/v1/children/{id}'");
  }, 60_000);
});
