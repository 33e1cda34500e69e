// `tonghu spot-check draw` and `tonghu spot-check report`: the county's archive spot checks from a script.
import type { Command } from 'commander';
import { spotCheckSchedule, spotCheckYearReport } from '../../modules/spot-checks/report.ts';
import { drawSpotCheck } from '../../modules/spot-checks/service.ts';
import { InputError } from '../../shared/errors.ts';
import { withDatabase } from '../database.ts';
import { printJson } from '../io.ts';
import { action } from '../run.ts';
import { checkChoice, checkRegionOption, cliContext, wholeNumber } from './cli-context.ts';

export function registerSpotChecks(program: Command): void {
  const spotCheck = program.command('spot-check').description('档案抽查');
  spotCheck
    .command('draw')
    .description('抽取档案：按种子可重现（同一种子、同一总体抽出同样的档案）')
    .requiredOption('--region <code>', '抽查范围（县6位或乡镇9位区划代码）')
    .option('--size <n>', '抽取份数（默认总数的5%，至少10份）')
    .option('--percent <p>', '按比例抽取（1–100）')
    .option('--seed <seed>', '随机种子（默认随机生成并记录）')
    .option('--note <text>', '说明')
    .option('--format <format>', 'json 或 table', 'table')
    .action(
      action(
        'spot-check draw',
        async (options: {
          region: string;
          size?: string;
          percent?: string;
          seed?: string;
          note?: string;
          format: string;
        }) => {
          checkRegionOption(options.region);
          checkChoice(options.format, ['json', 'table'], '--format');
          const size = wholeNumber(options.size, '--size', 10_000);
          const percent = wholeNumber(options.percent, '--percent', 100);
          if (size !== undefined && percent !== undefined)
            throw new InputError('--size 与 --percent 只能给一个', { field: '--percent' });
          await withDatabase(async (database, config) => {
            const result = await drawSpotCheck(cliContext(database, config), {
              regionCode: options.region,
              size,
              percent,
              seed: options.seed,
              note: options.note,
            });
            if (options.format === 'json') return printJson(result);
            console.log(
              `抽查 ${result.id}：种子 ${result.seed}，总体 ${result.population} 份，抽取 ${result.sampleSize} 份`,
            );
            for (const id of result.childIds) console.log(id);
          });
        },
      ),
    );
  spotCheck
    .command('report')
    .description('年度抽查情况：抽查次数、检查档案数、发现与整改问题数，以及下次应查日期')
    .requiredOption('--region <code>', '区划代码')
    .option('--year <year>', '年份（默认今年）')
    .option('--format <format>', 'json 或 table', 'table')
    .action(
      action('spot-check report', async (options: { region: string; year?: string; format: string }) => {
        checkRegionOption(options.region);
        checkChoice(options.format, ['json', 'table'], '--format');
        if (options.year !== undefined && !/^\d{4}$/.test(options.year))
          throw new InputError(`年份应为4位数字，实际 "${options.year}"`, { field: '--year' });
        await withDatabase(async (database, config) => {
          const ctx = cliContext(database, config);
          const year = options.year ? Number(options.year) : Number(ctx.today.slice(0, 4));
          const report = await spotCheckYearReport(ctx, options.region, year);
          const schedule = await spotCheckSchedule(ctx, options.region);
          if (options.format === 'json') return printJson({ ...report, schedule });
          console.log(
            `${report.region} ${year} 年档案抽查：${report.checksDone} 次，抽取 ${report.filesDrawn} 份，已查 ${report.filesChecked} 份`,
          );
          console.log(
            `发现问题 ${report.problemsFound} 个（涉及 ${report.filesWithProblems} 份档案），已整改 ${report.problemsFixed} 个`,
          );
          for (const k of report.byKind) console.log(`  ${k.name}：${k.found}（已整改 ${k.fixed}）`);
          console.log(
            `抽查频次 ${schedule.every}（${schedule.rule.source}）；下次应于 ${schedule.nextDueBy} 前完成${schedule.overdue ? '（已逾期）' : ''}`,
          );
        });
      }),
    );
}
