#!/usr/bin/env node
// The `tonghu` command. The sources are TypeScript; bin/cli-bundle.js runs them from a bundle it keeps
// current (or through tsx), so `npx tonghu` works straight after `npm install` with no build step to remember.
import { runCli } from './cli-bundle.js';

await runCli();
