// `tonghu report care --region CODE [--as-of DATE] [--format json|table|xlsx] [--out FILE]`: the coverage of the
// care duties (关爱活动, docs/care.md) as JSON, as a table, or as the workbook that names the children not reached
// (recorded in the audit trail, as every export of names is).
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { todayInChina } from '../../domain/dates.ts';
import { systemActor } from '../../modules/access/actor.ts';
import { coverageReport, type CoverageReport } from '../../modules/care-activities/coverage.ts';
import { coverageExport } from '../../modules/care-activities/export.ts';
import { findRegion } from '../../regions/repository.ts';
import { ensureRegions } from '../../regions/loader.ts';
import { InputError } from '../../shared/errors.ts';
import { withDatabase } from '../database.ts';
import { printJson } from '../io.ts';
import { action } from '../run.ts';
import { checkChoice, checkDateOption, checkRegionOption } from './cli-context.ts';
import { reportCommand } from './report-group.ts';

function table(r: CoverageReport): string {
  const lines = [`${r.regionName} ${r.year}年关爱活动覆盖情况（截至 ${r.asOf}，${r.policy.name}）`];
  for (const rule of r.rules) {
    const c = r.total.rules[rule.id]!;
    lines.push(
      `${rule.kindName}·${rule.reachName}（${rule.rateName ?? '未规定频次'}，${rule.period.label}，${rule.source}${rule.adopted ? ' 借用' : ''}）：应覆盖 ${c.of}，已覆盖 ${c.reached}，未覆盖 ${c.missing}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function registerReportCare(program: Command): void {
  reportCommand(program)
    .command('care')
    .description('关爱活动覆盖情况：各项活动要求（附出处）在其周期内覆盖与未覆盖的人数、村数')
    .requiredOption('--region <code>', '区划代码（4、6、9或12位）')
    .option('--as-of <date>', '统计日期 YYYY-MM-DD（默认今天）')
    .option('--format <format>', 'json、table 或 xlsx', 'json')
    .option('--out <file>', 'xlsx 的输出文件（默认 care-coverage-区划代码-日期.xlsx）')
    .action(
      action('report care', async (o: { region: string; asOf?: string; format: string; out?: string }) => {
        checkRegionOption(o.region);
        checkDateOption(o.asOf, '--as-of');
        checkChoice(o.format, ['json', 'table', 'xlsx'], '--format');
        await withDatabase(async (database) => {
          const db = database.db;
          if (!(await findRegion(db, o.region)))
            await ensureRegions(db, o.region.length === 12 ? o.region.slice(0, 9) : o.region);
          const ctx = { db, actor: systemActor('命令行'), today: todayInChina() };
          const query = { region: o.region, asOf: o.asOf };
          if (o.format !== 'xlsx') {
            const report = await coverageReport(ctx, query);
            if (o.format === 'json') return printJson(report);
            return void process.stdout.write(table(report));
          }
          const file = await coverageExport(ctx, query);
          const target = path.resolve(o.out ?? file.fileName);
          const partial = `${target}.${process.pid}.partial`;
          try {
            await writeFile(partial, file.buffer);
            await rename(partial, target);
          } catch (error) {
            await rm(partial, { force: true });
            const code = (error as NodeJS.ErrnoException).code;
            if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR')
              throw new InputError(`无法写入文件（${code}）`, {
                file: o.out ?? file.fileName,
                field: '--out',
              });
            throw error;
          }
          console.log(`已写入 ${target}`);
        });
      }),
    );
}
