// `tonghu supervision load-plan` and `tonghu supervision overview`: the action plan and what is late in it.
import type { Command } from 'commander';
import { supervisionOverview } from '../../modules/supervision/overview.ts';
import { createPlan, loadTaskList, plansFor } from '../../modules/supervision/plans.ts';
import { PLAN_TEMPLATES } from '../../modules/supervision/data/templates.ts';
import { fullCode } from '../../domain/region-code.ts';
import { InputError } from '../../shared/errors.ts';
import { withDatabase } from '../database.ts';
import { printJson } from '../io.ts';
import { action } from '../run.ts';
import { checkChoice, checkDateOption, checkRegionOption, cliContext } from './cli-context.ts';

export function registerSupervision(program: Command): void {
  const supervision = program.command('supervision').description('三年行动督导');
  supervision
    .command('load-plan')
    .description('建立本辖区的行动方案（阶段按政策配置），可从任务清单开始')
    .requiredOption('--region <code>', '县或市的区划代码')
    .option('--template <name>', `任务清单：${Object.keys(PLAN_TEMPLATES).join('、')}`)
    .option('--title <title>', '方案名称')
    .action(
      action(
        'supervision load-plan',
        async (options: { region: string; template?: string; title?: string }) => {
          checkRegionOption(options.region);
          await withDatabase(async (database, config) => {
            const result = await createPlan(cliContext(database, config), {
              regionCode: options.region,
              template: options.template,
              title: options.title,
            });
            console.log(`已建立行动方案 ${result.id}，重点工作 ${result.tasks} 项`);
          });
        },
      ),
    );
  supervision
    .command('load-tasks')
    .description('向已有的行动方案载入任务清单（默认本地政策文件的清单），补齐缺少的任务，可重复执行')
    .requiredOption('--region <code>', '方案所属县或市的区划代码')
    .option('--template <name>', `任务清单：${Object.keys(PLAN_TEMPLATES).join('、')}`)
    .action(
      action('supervision load-tasks', async (options: { region: string; template?: string }) => {
        checkRegionOption(options.region);
        await withDatabase(async (database, config) => {
          const ctx = cliContext(database, config);
          const plan = (await plansFor(ctx, options.region)).find(
            (p) => p.region_code === fullCode(options.region),
          );
          if (!plan) throw new InputError(`区划 ${options.region} 尚未建立行动方案`, { field: '--region' });
          const result = await loadTaskList(ctx, plan.id, options.template);
          console.log(
            `任务清单 ${result.template}：新增 ${result.added} 项，已有同名任务补记出处 ${result.matched} 项`,
          );
        });
      }),
    );
  supervision
    .command('overview')
    .description('督导一览：逾期任务、逾期未报送进展的责任单位、检查与抽查')
    .option('--region <code>', '区划代码（默认 TONGHU_REGION）')
    .option('--as-of <date>', '日期 YYYY-MM-DD（默认今天）')
    .option('--format <format>', 'json 或 table', 'table')
    .action(
      action('supervision overview', async (options: { region?: string; asOf?: string; format: string }) => {
        checkRegionOption(options.region);
        checkDateOption(options.asOf, '--as-of');
        checkChoice(options.format, ['json', 'table'], '--format');
        await withDatabase(async (database, config) => {
          const result = await supervisionOverview(cliContext(database, config), {
            region: options.region ?? config.region ?? undefined,
            asOf: options.asOf,
          });
          if (options.format === 'json') return printJson(result);
          for (const p of result.plans) {
            console.log(`${p.title}（${p.regionName ?? p.regionCode}，截至 ${result.asOf}）`);
            console.log(`  阶段：${p.currentPhase?.name ?? (p.ended ? '已结束' : '未开始')}`);
            console.log(
              `  重点工作 ${p.tasks.total} 项，已完成 ${p.tasks.done}，逾期 ${p.tasks.late.length}`,
            );
            for (const l of p.tasks.late)
              console.log(
                `    逾期 ${l.daysLate} 天：${l.taskNo}.${l.title}（应于 ${l.dueOn} 前，${l.units.join('、')}）`,
              );
            const due = p.reports.lastDue;
            if (due) {
              console.log(
                `  ${due.year} 年进展报送（截止 ${due.deadline}）：已报 ${due.submitted}/${due.units}`,
              );
              for (const u of due.late) console.log(`    未报送：${u.name}`);
            }
            if (p.reports.current)
              console.log(
                `  ${p.reports.current.year} 年进展报送截止 ${p.reports.current.deadline}，待报 ${p.reports.current.pending.length} 个单位`,
              );
            console.log(
              `  督促检查：下次应于 ${p.inspections.nextDueBy} 前${p.inspections.overdue ? '（已逾期）' : ''}`,
            );
            console.log(
              `  档案抽查：下次应于 ${p.spotChecks.nextDueBy} 前${p.spotChecks.overdue ? '（已逾期）' : ''}`,
            );
          }
          if (!result.plans.length) console.log('该区划尚未建立行动方案（tonghu supervision load-plan）');
        });
      }),
    );
}
