// `tonghu retention [--dry-run] [--as-of DATE] [--years N] [--format text|json]`: de-identifies the files
// closed longer than the retention period (modules/retention), or with --dry-run lists what would change.
// The nightly job of `tonghu serve` runs the same. Lists name files by id, village and exit date, never a name.
import type { Command } from 'commander';
import { isIsoDate, todayInChina } from '../../domain/dates.ts';
import { shortCode } from '../../domain/region-code.ts';
import { systemActor } from '../../modules/access/actor.ts';
import { applyRetention, CLEARED_FIELDS, retentionYears } from '../../modules/retention/retention.ts';
import { InputError } from '../../shared/errors.ts';
import { withDatabase } from '../database.ts';
import { printJson } from '../io.ts';
import { action } from '../run.ts';

interface Options {
  dryRun?: boolean;
  asOf?: string;
  years?: string;
  format: string;
}

export function registerRetention(program: Command): void {
  program
    .command('retention')
    .description(
      '对退出登记超过保存期限（默认3年，TONGHU_RETENTION_YEARS）的档案去标识化；--dry-run 只列出将要变更的档案',
    )
    .option('--dry-run', '只列出，不修改')
    .option('--as-of <date>', '以该日期计算期限 年-月-日（如 2026-01-31，默认今天）')
    .option('--years <n>', '保存期限（年），默认 TONGHU_RETENTION_YEARS 或 3')
    .option('--format <format>', '输出格式：text 或 json', 'text')
    .action(
      action('retention', async (options: Options) => {
        if (options.asOf !== undefined && !isIsoDate(options.asOf))
          throw new InputError(`应为日期 年-月-日（如 2026-01-31），实际 "${options.asOf}"`, {
            field: '--as-of',
          });
        const years = options.years === undefined ? retentionYears() : Number(options.years);
        if (!Number.isInteger(years) || years < 1 || years > 100)
          throw new InputError(`应为 1–100 的整数，实际 "${options.years}"`, { field: '--years' });
        if (options.format !== 'text' && options.format !== 'json')
          throw new InputError(`输出格式应为 text 或 json，实际 "${options.format}"`, { field: '--format' });
        await withDatabase(async (database, config) => {
          const result = await applyRetention(database.db, systemActor('保存期限（命令行）'), {
            asOf: options.asOf ?? todayInChina(),
            years,
            dryRun: options.dryRun === true,
            region: config.region ? shortCode(config.region) : null,
          });
          if (options.format === 'json') return printJson({ ...result, cleared: CLEARED_FIELDS });
          const verb = result.dryRun ? '将去标识化' : '已去标识化';
          process.stdout.write(
            `保存期限 ${result.years} 年：${result.cutoff} 及以前退出登记的档案${verb} ${result.children.length} 份\n`,
          );
          for (const c of result.children)
            process.stdout.write(`  ${c.childId}\t${c.villageCode}\t退出于 ${c.exitedOn}\n`);
          if (result.dryRun && result.children.length)
            process.stdout.write(`将清除：${CLEARED_FIELDS.join('；')}\n`);
        });
      }),
    );
}
