// The import's judging thread (judge-remote.ts): a worker does not inherit the loader the sources run under
// (tsx, the CLI's bundle, vitest), so it registers tsx and loads the judge's TypeScript itself.
import { register } from 'tsx/esm/api';

register();
await import('./judge-thread.ts');
