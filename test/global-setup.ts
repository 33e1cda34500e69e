// Runs once before the test files: builds the migrated template they all start from, and the CLI's bundle
// (bin/cli-bundle.js) so that the CLI tests do not each race to build it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildPgliteTemplate, buildServerTemplate } from './helpers/template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string | null;
    serverTemplate: string | null;
  }
}

export default async function setup(project: TestProject): Promise<void> {
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
