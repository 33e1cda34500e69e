// `tonghu report …`: several modules add report subcommands (annex1, timeliness, coverage, …) to one group.
import type { Command } from 'commander';

export function reportCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'report') ?? program.command('report').description('统计报表')
  );
}
