// `tonghu audit verify [--format text|json]`: walks the audit trail's hash chain and reports every gap or
// change; exit 1 when the chain does not hold. The head (last seq and hash) is printed so that it can be
// written down elsewhere: a later run showing a different past head means the end of the trail was rewritten.
import type { Command } from 'commander';
import { describeProblem, verifyAuditChain } from '../../modules/audit/verify.ts';
import { InputError } from '../../shared/errors.ts';
import { withDatabase } from '../database.ts';
import { printJson } from '../io.ts';
import { action, EXIT_FAILURE } from '../run.ts';

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('审计日志');
  audit
    .command('verify')
    .description('校验审计日志哈希链：发现缺失（删除）或篡改的记录时退出码为1')
    .option('--format <format>', '输出格式：text 或 json', 'text')
    .action(async (options: { format: string }) => {
      let broken = false;
      await action('audit verify', async () => {
        if (options.format !== 'text' && options.format !== 'json')
          throw new InputError(`输出格式应为 text 或 json，实际 "${options.format}"`, { field: '--format' });
        await withDatabase(async (database) => {
          const report = await verifyAuditChain(database.db);
          if (options.format === 'json') printJson(report);
          else {
            const lines = [
              `审计记录 ${report.records} 条，链头序号 ${report.head.seq}，哈希 ${report.head.hash}`,
              report.ok
                ? '校验通过：哈希链完整，没有缺失或篡改'
                : `校验未通过：发现 ${report.problems.length} 处问题`,
              ...report.problems.map(describeProblem),
            ];
            process.stdout.write(`${lines.join('\n')}\n`);
          }
          broken = !report.ok;
        });
      })();
      // The report is printed either way; scripts look at the exit code.
      if (broken) process.exitCode = EXIT_FAILURE;
    });
}
