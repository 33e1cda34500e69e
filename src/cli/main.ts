// The `tonghu` command line (package.json bin). Each command lives in commands/ and registers itself here.
import { Command } from 'commander';
import { COMMANDS } from './commands/index.ts';

const program = new Command('tonghu')
  .description('童护 Tonghu：农村留守儿童和困境儿童关爱服务信息系统')
  .showHelpAfterError()
  .exitOverride((err) => {
    // commander's own usage errors (unknown option, missing argument) are bad input too.
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

for (const register of COMMANDS) register(program);

await program.parseAsync(process.argv);
