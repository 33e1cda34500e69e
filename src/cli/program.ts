// The `tonghu` program: every command registered on a new commander program. bin/tonghu.js runs it once a
// process (main.ts); the CLI tests run it in their own process too, many times (test/helpers/cli.ts).
import { Command } from 'commander';
import { COMMANDS } from './commands/index.ts';

/**
 * A new program. `exit` ends a command line commander itself refuses (unknown option, missing argument: bad
 * input, 2) or answers (`--help`, `--version`: 0); it must not return.
 */
export function buildProgram(exit: (code: number) => never): Command {
  const program = new Command('tonghu')
    .description('童护 Tonghu：农村留守儿童和困境儿童关爱服务信息系统')
    .showHelpAfterError()
    .exitOverride((err) => exit(err.exitCode === 0 ? 0 : 2));
  for (const register of COMMANDS) register(program);
  return program;
}
