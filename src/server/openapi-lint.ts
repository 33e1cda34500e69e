// npm run lint:api — the OpenAPI document, built without a server (openapi-document.ts), written to a
// temporary file and linted by Redocly CLI with the rules in redocly.yaml. No network: telemetry and the
// update check are off, and the document has no remote $ref.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openApiDocument } from './openapi-document.ts';

const dir = mkdtempSync(join(tmpdir(), 'tonghu-openapi-'));
try {
  const file = join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(await openApiDocument(), null, 2));
  const redocly = resolve('node_modules/.bin/redocly');
  const result = spawnSync(
    redocly,
    ['lint', file, '--config', resolve('redocly.yaml'), '--format', 'stylish'],
    {
      stdio: 'inherit',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  );
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
