// The entry of the process that parses a spreadsheet (xlsx-cage.ts). Plain JavaScript, registering tsx as
// bin/tonghu.js does, so that it starts the same under `node bin/tonghu.js`, tsx and vitest.
import { register } from 'tsx/esm/api';

register();
await import('./xlsx-child-main.ts');
