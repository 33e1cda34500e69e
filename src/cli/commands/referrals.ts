// `tonghu referrals overdue [--as-of DATE] [--region CODE] [--format json]`: the referrals past their due
// date and not yet answered, for a bureau's morning script.
import type { Command } from 'commander';
import { overdueReferrals } from '../../modules/referrals/queries.ts';
import { printJson } from '../io.ts';
import { withDatabase } from '../database.ts';
import { action } from '../run.ts';
import { checkDate, checkFormat, checkRegion, cliContext, printTable } from './departments-shared.ts';

export function registerReferrals(program: Command): void {
  const referrals = program.command('referrals').description('报送/转介');
  referrals
    .command('overdue')
    .description('逾期未答复的报送（按部门汇总）')
    .option('--as-of <date>', '截至日期 YYYY-MM-DD（默认今天）')
    .option('--region <code>', '区划代码（默认 TONGHU_REGION）')
    .option('--format <format>', 'json 或 table')
    .action(
      action('referrals overdue', async (o: { asOf?: string; region?: string; format?: string }) => {
        const format = checkFormat(o.format);
        const asOf = checkDate(o.asOf);
        const region = checkRegion(o.region);
        await withDatabase(async (database, config) => {
          const result = await overdueReferrals(cliContext(database, config), { asOf, region });
          if (format === 'json') return printJson(result);
          console.log(`截至 ${result.asOf}，逾期未答复的报送 ${result.total} 条`);
          if (!result.total) return;
          printTable(
            ['部门', '儿童', '村（社区）', '情形', '报送日期', '答复期限', '逾期天数', '状态'],
            result.items.map((r) => [
              r.department.name,
              r.child.name,
              r.child.villageName,
              r.findingName,
              r.sentOn,
              r.dueOn,
              r.daysOverdue,
              r.statusName,
            ]),
          );
        });
      }),
    );
}
