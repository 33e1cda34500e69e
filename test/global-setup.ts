// Runs once before the test files: builds the migrated template they all start from.
import type { TestProject } from 'vitest/node';
import { buildPgliteTemplate, buildServerTemplate } from './helpers/template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string | null;
    serverTemplate: string | null;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    project.provide('serverTemplate', await buildServerTemplate(url));
    project.provide('pgliteTemplate', null);
  } else {
    project.provide('pgliteTemplate', await buildPgliteTemplate());
    project.provide('serverTemplate', null);
  }
}
