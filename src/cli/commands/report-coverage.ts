// `tonghu report coverage --region CODE [--as-of DATE] [--format json]` (CONTRACT.md): directors per
// village against what the profile requires, with training and background-check gaps.
import type { Command } from 'commander';
import { todayInChina } from '../../domain/dates.ts';
import { shortCode } from '../../domain/region-code.ts';
import { coverageJson, coverageReport } from '../../modules/workforce/coverage.ts';
import { findRegion } from '../../regions/repository.ts';
import { ensureRegions } from '../../regions/loader.ts';
import { InputError } from '../../shared/errors.ts';
import { withDatabase } from '../database.ts';
import { printJson } from '../io.ts';
import { action } from '../run.ts';
import { checkChoice, checkDateOption, checkRegionOption } from './cli-context.ts';
import { reportCommand } from './report-group.ts';

function table(report: ReturnType<typeof coverageJson>, names: Map<string, string | null>): string {
  const lines = [
    `${report.region} 儿童主任配备情况（截至 ${report.asOf}）`,
    '村（社区）代码\t名称\t服务对象\t儿童主任\t应配\t缺额\t本年未培训',
    ...report.villages.map((v) =>
      [
        v.villageCode,
        names.get(v.villageCode) ?? '',
        v.targetChildren,
        v.directors,
        v.required,
        v.shortfall,
        v.untrainedThisYear,
      ].join('\t'),
    ),
    `合计\t${report.totals.villages} 个村（社区）\t${report.totals.targetChildren}\t${report.totals.directors}\t${report.totals.required}\t${report.totals.shortfall}\t${report.totals.untrainedThisYear}`,
    `无儿童主任的村（社区）：${report.villagesWithoutDirector.length} 个`,
    `未做从业限制和入职查询的儿童主任：${report.directorsWithoutBackgroundCheck.length} 人`,
  ];
  return `${lines.join('\n')}\n`;
}

export function registerReportCoverage(program: Command): void {
  reportCommand(program)
    .command('coverage')
    .description('儿童主任配备与培训覆盖：每个有服务对象或儿童主任的村（社区）')
    .requiredOption('--region <code>', '区划代码（2、4、6、9或12位）')
    .option('--as-of <date>', '统计日期 YYYY-MM-DD（默认今天）')
    .option('--format <format>', 'json 或 table', 'json')
    .action(
      action('report coverage', async (options: { region: string; asOf?: string; format: string }) => {
        checkRegionOption(options.region);
        checkDateOption(options.asOf, '--as-of');
        checkChoice(options.format, ['json', 'table'], '--format');
        await withDatabase(async (database) => {
          await ensureRegions(database.db, shortCode(options.region));
          if (!(await findRegion(database.db, options.region)))
            throw new InputError(`区划 ${options.region} 不存在`, { field: '--region' });
          const report = await coverageReport(database.db, options.region, options.asOf ?? todayInChina());
          const json = coverageJson(report);
          if (options.format === 'json') printJson(json);
          else
            process.stdout.write(
              table(json, new Map(report.villages.map((v) => [v.villageCode, v.villageName]))),
            );
        });
      }),
    );
}
