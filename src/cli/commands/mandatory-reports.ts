// `tonghu mandatory-reports open [--as-of DATE] [--region CODE] [--threshold-hours H] [--format json]`: the
// mandatory reports not yet made to the police, longest open first, flagged past the threshold.
import type { Command } from 'commander';
import { DEFAULT_ALERT_HOURS } from '../../domain/mandatory-report.ts';
import { listReports } from '../../modules/mandatory-reports/service.ts';
import { InputError } from '../../shared/errors.ts';
import { printJson } from '../io.ts';
import { withDatabase } from '../database.ts';
import { action } from '../run.ts';
import { checkDate, checkFormat, checkRegion, cliContext, printTable } from './departments-shared.ts';

export function registerMandatoryReports(program: Command): void {
  const reports = program.command('mandatory-reports').description('强制报告');
  reports
    .command('open')
    .description('尚未向公安机关报告的强制报告（超过时限的标注“超时”）')
    .option('--as-of <date>', '截至日期 YYYY-MM-DD（默认现在；给出日期时为当日24时）')
    .option('--region <code>', '区划代码（默认 TONGHU_REGION）')
    .option('--threshold-hours <hours>', `超时提醒的小时数（默认 ${DEFAULT_ALERT_HOURS}）`)
    .option('--format <format>', 'json 或 table')
    .action(
      action(
        'mandatory-reports open',
        async (o: { asOf?: string; region?: string; thresholdHours?: string; format?: string }) => {
          const format = checkFormat(o.format);
          const asOf = checkDate(o.asOf);
          const region = checkRegion(o.region);
          const threshold = o.thresholdHours === undefined ? undefined : Number(o.thresholdHours);
          if (threshold !== undefined && !(threshold > 0))
            throw new InputError(`--threshold-hours 应为正数，实际 "${o.thresholdHours}"`, {
              field: '--threshold-hours',
            });
          await withDatabase(async (database, config) => {
            const result = await listReports(cliContext(database, config), {
              status: 'open',
              asOf,
              region,
              thresholdHours: threshold,
            });
            if (format === 'json') return printJson(result);
            const alerts = result.items.filter((r) => r.alert).length;
            console.log(
              `截至 ${result.asOf}，未向公安机关报告的强制报告 ${result.total} 件，其中超过 ${result.thresholdHours} 小时 ${alerts} 件`,
            );
            if (!result.total) return;
            printTable(
              ['儿童', '乡镇（街道）', '村（社区）', '情形', '发现时间', '已过小时', ''],
              result.items.map((r) => [
                r.child.name,
                r.child.townshipName,
                r.child.villageName,
                r.situationName.length > 24 ? `${r.situationName.slice(0, 24)}…` : r.situationName,
                r.discoveredAt,
                r.hoursOpen,
                r.alert ? '超时' : '',
              ]),
            );
          });
        },
      ),
    );
}
