// `tonghu reassess [--as-of DATE] [--region CODE] [--all] [--format text|json]`: grades again the active
// children whose assessment can change by that day (children age by themselves), or every one with --all or
// after the profiles changed, and prints how many changed level. The server runs the same once after start
// and daily after midnight; a bureau may run it by hand after editing a profile.
import type { Command } from 'commander';
import { isIsoDate, todayInChina } from '../../domain/dates.ts';
import { isRegionCode, shortCode } from '../../domain/region-code.ts';
import { applyRulesRevision, formatRulesRevision } from '../../modules/children/rules-revision.ts';
import { reassessAll } from '../../modules/worklist/reassess-all.ts';
import { formatReassessResult } from '../../modules/worklist/reassess-report.ts';
import { InputError } from '../../shared/errors.ts';
import { withDatabase } from '../database.ts';
import { printJson } from '../io.ts';
import { action } from '../run.ts';

interface Options {
  asOf?: string;
  region?: string;
  format: string;
  rulesRevision?: boolean;
  all?: boolean;
}

export function registerReassess(program: Command): void {
  program
    .command('reassess')
    .description('重新评估全部在册儿童（年龄变化：年满16、18周岁等），输出风险等级变化人数')
    .option('--as-of <date>', '评估日期 YYYY-MM-DD（默认今天）')
    .option('--region <code>', '只评估该区划内的儿童（默认 TONGHU_REGION，未设置则全部）')
    .option(
      '--all',
      '重新评估全部在册儿童（默认只评估年龄跨过界限等、评估结果可能变化的儿童；规则或方案变化后自动全部评估）',
    )
    .option('--format <format>', '输出格式：text 或 json', 'text')
    .option(
      '--rules-revision',
      '按当前规则版本重新评估全部在册儿童，逐项审计（原因“规则修订”）并输出、保存变化报告',
    )
    .action(
      action('reassess', async (options: Options) => {
        if (options.asOf !== undefined && !isIsoDate(options.asOf))
          throw new InputError(`应为日期 YYYY-MM-DD，实际 "${options.asOf}"`, { field: '--as-of' });
        if (options.region !== undefined && !isRegionCode(options.region))
          throw new InputError(`应为2、4、6、9或12位统计用区划代码，实际 "${options.region}"`, {
            field: '--region',
          });
        if (options.format !== 'text' && options.format !== 'json')
          throw new InputError(`输出格式应为 text 或 json，实际 "${options.format}"`, { field: '--format' });
        await withDatabase(async (database, config) => {
          if (options.rulesRevision) {
            if (options.region !== undefined)
              throw new InputError('规则修订对全部在册儿童进行，不能限定区划', { field: '--region' });
            const report = await applyRulesRevision(database.db, {
              asOf: options.asOf ?? todayInChina(),
              force: true,
            });
            if (options.format === 'json') printJson(report);
            else if (report) process.stdout.write(`${formatRulesRevision(report)}\n`);
            return;
          }
          const region = options.region ?? config.region;
          const result = await reassessAll(database.db, {
            asOf: options.asOf ?? todayInChina(),
            region: region ? shortCode(region) : null,
            all: options.all === true,
          });
          if (options.format === 'json') printJson(result);
          else process.stdout.write(`${formatReassessResult(result)}\n`);
        });
      }),
    );
}
