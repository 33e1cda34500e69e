// `tonghu demo [--region COUNTY]`: a whole county to try the system with, and what `tonghu start` loads
// into an empty database. The logins are printed once, here, and stored only as hashes.
import type { Command } from 'commander';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connect.ts';
import { todayInChina } from '../../domain/dates.ts';
import {
  DEFAULT_DEMO_COUNTY,
  demoCountyFor,
  isEmptyDatabase,
  loadDemo,
  type DemoSummary,
} from '../../modules/demo/load.ts';
import { DEFAULT_CHILDREN, DEFAULT_SEED } from '../../modules/demo/plan.ts';
import type { DemoAccount } from '../../modules/demo/staff.ts';
import { ROLE_NAMES } from '../../modules/access/roles.ts';
import { InputError } from '../../shared/errors.ts';
import { withDatabase } from '../database.ts';
import { action } from '../run.ts';
import { formatTable } from '../table.ts';

function accountTable(title: string, accounts: readonly DemoAccount[]): string {
  return [
    `${title}（${accounts.length} 个）：`,
    formatTable(
      ['用户名', '密码', '姓名', '角色', '区划'],
      accounts.map((a) => [a.username, a.password, a.displayName, ROLE_NAMES[a.role], a.regionLabel]),
    ),
  ].join('\n');
}

/** The summary and the logins, villages first so that the county's own accounts end nearest the prompt. */
export function printDemoSummary(s: DemoSummary): void {
  const by = (...roles: DemoAccount['role'][]) => s.accounts.filter((a) => roles.includes(a.role));
  const parts: string[] = [];
  if (by('director').length) parts.push(accountTable('村（社区）儿童主任', by('director')));
  if (by('supervisor').length) parts.push(accountTable('乡镇（街道）儿童督导员', by('supervisor')));
  if (by('admin', 'civil_affairs').length) parts.push(accountTable('县级账号', by('admin', 'civil_affairs')));
  if (parts.length) console.log(`${parts.join('\n\n')}\n`);
  if (s.reusedAccounts.length)
    console.log(`沿用已有账号 ${s.reusedAccounts.length} 个（密码未改动）：${s.reusedAccounts.join('、')}\n`);
  console.log(`已载入演示县：${s.county.name}（${s.county.code}），数据截至 ${s.today}，随机种子 ${s.seed}`);
  console.log(
    `  儿童 ${s.children} 名：红色 ${s.levels.red}、黄色 ${s.levels.yellow}、蓝色 ${s.levels.blue}、绿色 ${s.levels.green}，` +
      `非关爱服务对象 ${s.notTarget}，已退出登记 ${s.exited}` +
      (s.skippedChildren ? `；身份证号码已登记而跳过 ${s.skippedChildren} 名` : ''),
  );
  console.log(
    `  走访和联系 ${s.contacts} 次（已逾期 ${s.overdue} 名，从未入户走访 ${s.neverVisited} 名），` +
      `工作日志 ${s.workLogs} 条，帮扶干预 ${s.interventions} 次，强制报告 ${s.mandatoryReports} 件`,
  );
  console.log(`  儿童主任和督导员 ${s.ledgerPeople} 人已记入工作人员台账，培训 ${s.trainings} 期`);
  console.log('  演示数据中的人员均为虚构，姓名和身份证号码随机生成，请勿用于实际工作。');
  if (s.accounts.length)
    console.log(
      `  以上 ${s.accounts.length} 个账号的密码只显示这一次、不会再次出现，首次登录后须先修改密码；忘记时可用 tonghu users reset-password 用户名 重置。`,
    );
}

/** `tonghu start`: a database with no children and no accounts gets the demo county before serving. */
export async function loadDemoOnFirstStart(database: Database, config: Config): Promise<void> {
  if (!(await isEmptyDatabase(database.db))) return;
  const county = await demoCountyFor(database.db, config.region);
  if (!county) {
    console.log(`TONGHU_REGION=${config.region} 小于一个县，不载入演示数据`);
    return;
  }
  console.log(`数据库为空：正在载入演示县数据（${county}），约需半分钟到一分钟……`);
  printDemoSummary(
    await loadDemo(database.db, { county, today: todayInChina(), deploymentRegion: config.region }),
  );
}

function positiveInteger(value: string, field: string, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > max)
    throw new InputError(`应为1到${max}之间的整数，实际 "${value}"`, { field });
  return n;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      '载入演示县：真实的乡镇和村、约3000名虚构儿童、一年的走访和帮扶记录、每村儿童主任等工作人员账号（密码只显示一次）',
    )
    .option(
      '--region <county>',
      `6位县级区划代码（默认 ${DEFAULT_DEMO_COUNTY} 普宁市，或 TONGHU_REGION 所在县）`,
    )
    .option('--children <n>', '儿童人数', String(DEFAULT_CHILDREN))
    .option('--seed <n>', '随机种子：相同种子、相同日期生成相同的数据', String(DEFAULT_SEED))
    .option('--force', '数据库中已有儿童档案时仍然载入（跳过已登记的身份证号码和已有账号）')
    .action(
      action('demo', async (o: { region?: string; children: string; seed: string; force?: boolean }) => {
        const children = positiveInteger(o.children, '--children', 100_000);
        const seed = positiveInteger(o.seed, '--seed', 2 ** 31 - 1);
        await withDatabase(async (database, config) => {
          const county = o.region ?? (await demoCountyFor(database.db, config.region));
          if (!county)
            throw new InputError(`TONGHU_REGION=${config.region} 小于一个县，请用 --region 指定县`, {
              field: '--region',
            });
          printDemoSummary(
            await loadDemo(database.db, {
              county,
              today: todayInChina(),
              seed,
              children,
              force: o.force === true,
              deploymentRegion: config.region,
            }),
          );
        });
      }),
    );
}
