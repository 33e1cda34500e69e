#!/usr/bin/env node
// The `tonghu` command. The sources are TypeScript and run through tsx, a dependency, so `npx tonghu`
// works straight after `npm install` with no build step to remember.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
