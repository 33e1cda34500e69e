// `tonghu list-shares due [--as-of DATE] [--region CODE] [--format json]`: when each county's red, yellow and
// blue lists are next due to 团委、妇联、残联 (the profile's period).
import type { Command } from 'commander';
import { dueShares } from '../../modules/list-sharing/service.ts';
import { printJson } from '../io.ts';
import { withDatabase } from '../database.ts';
import { action } from '../run.ts';
import { checkDate, checkFormat, checkRegion, cliContext, printTable } from './departments-shared.ts';

export function registerListShares(program: Command): void {
  const shares = program.command('list-shares').description('红、黄、蓝色儿童名单通报');
  shares
    .command('due')
    .description('各县下次名单通报的到期日')
    .option('--as-of <date>', '截至日期 YYYY-MM-DD（默认今天）')
    .option('--region <code>', '区划代码（默认 TONGHU_REGION）')
    .option('--within-days <days>', '将到期的提前天数（默认 30）')
    .option('--format <format>', 'json 或 table')
    .action(
      action(
        'list-shares due',
        async (o: { asOf?: string; region?: string; withinDays?: string; format?: string }) => {
          const format = checkFormat(o.format);
          const asOf = checkDate(o.asOf);
          const region = checkRegion(o.region);
          const withinDays = o.withinDays === undefined ? undefined : Number(o.withinDays);
          await withDatabase(async (database, config) => {
            const result = await dueShares(cliContext(database, config), { asOf, region, withinDays });
            if (format === 'json') return printJson(result);
            console.log(`截至 ${result.asOf}`);
            printTable(
              ['县', '周期', '接收部门', '上次通报', '下次到期', '状态'],
              result.counties.flatMap((c) =>
                c.recipients.length
                  ? c.recipients.map((r) => [
                      `${c.countyCode} ${c.countyName ?? ''}`,
                      c.every,
                      r.departmentName ?? `${r.kindName}（未登记）`,
                      r.lastSharedOn ?? '从未通报',
                      r.nextDueOn ?? '现在',
                      r.due
                        ? r.overdueDays
                          ? `已到期 ${r.overdueDays} 天`
                          : '已到期'
                        : r.dueSoon
                          ? '将到期'
                          : '',
                    ])
                  : [
                      [
                        `${c.countyCode} ${c.countyName ?? ''}`,
                        c.every,
                        '（政策未规定通报对象）',
                        null,
                        null,
                        '',
                      ],
                    ],
              ),
            );
          });
        },
      ),
    );
}
