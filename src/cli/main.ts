// The `tonghu` command line (package.json bin). Each command lives in commands/ and registers itself there.
import { buildProgram } from './program.ts';

await buildProgram((code) => process.exit(code)).parseAsync(process.argv);
