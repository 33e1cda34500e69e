// Runs once before the test files: builds the migrated template they all start from, the CLI's bundle
// (bin/cli-bundle.js) so that the CLI tests do not each race to build it, and the tests' key file, so that
// whichever command first runs on a new machine does not print the new key file's reminder on stderr (the
// CLI tests that expect an empty stderr then failed when run first, e.g. test/cli/users alone).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { ensureKeyFile } from '../src/crypto/keyfile.ts';
import { buildPgliteTemplate, buildServerTemplate } from './helpers/template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string | null;
    serverTemplate: string | null;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const keyFile = project.config.env.TONGHU_KEY_FILE;
  if (keyFile) ensureKeyFile(keyFile, { warn: () => {} });
  spawnSync(process.execPath, [fileURLToPath(new URL('../bin/tonghu.js', import.meta.url)), '--help'], {
    stdio: 'ignore',
  });
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    project.provide('serverTemplate', await buildServerTemplate(url));
    project.provide('pgliteTemplate', null);
  } else {
    project.provide('pgliteTemplate', await buildPgliteTemplate());
    project.provide('serverTemplate', null);
  }
}
