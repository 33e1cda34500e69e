// `tonghu compare --roster KIND FILE [--region CODE] [--as-of DATE] [--format json]` (CONTRACT.md): a
// department roster against the register; the findings are printed and stored as worklist items for the
// townships to verify.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { isIsoDate, todayInChina } from '../../domain/dates.ts';
import { fullCode } from '../../domain/region-code.ts';
import { systemActor } from '../../modules/access/actor.ts';
import { runComparison, type ComparisonResult } from '../../modules/comparison/run.ts';
import { findRule, ROSTER_KINDS } from '../../modules/comparison/rules/index.ts';
import { InputError } from '../../shared/errors.ts';
import { withDatabase } from '../database.ts';
import { printJson } from '../io.ts';
import { action } from '../run.ts';

interface CompareOptions {
  roster: string;
  region?: string;
  asOf?: string;
  format: string;
}

function printText(result: ComparisonResult): void {
  const title = findRule(result.roster)?.title ?? result.roster;
  console.log(`${title}比对（截至 ${result.asOf}，辖区 ${result.region || '全部'}）`);
  console.log(
    `名册 ${result.rows} 行，匹配 ${result.matched} 行（其中疑似匹配 ${result.probable} 行），无法确定 ${result.ambiguous.length} 行`,
  );
  console.log(`比对结果 ${result.findings.length} 条，其中新增 ${result.newFindings} 条，已进入乡镇核实清单`);
  const byFinding = new Map<string, number>();
  for (const f of result.findings) byFinding.set(f.finding, (byFinding.get(f.finding) ?? 0) + 1);
  for (const [finding, count] of byFinding)
    console.log(`  ${findRule(result.roster)?.findingNames[finding] ?? finding}: ${count}`);
  for (const a of result.ambiguous)
    console.log(`  第${a.row}行：${a.candidates} 名儿童姓名和出生日期相同，请人工核对`);
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('数据比对：部门名册（学籍、死亡、低保特困、残疾人证）与登记儿童比对，结果交乡镇核实')
    .requiredOption('--roster <kind>', `名册类型：${ROSTER_KINDS.join(', ')}`)
    .argument('<file>', '名册文件（.ndjson、.csv 或 .xlsx）')
    .option('--region <code>', '比对的辖区（默认为 TONGHU_REGION）')
    .option('--as-of <date>', '比对日期 年-月-日（如 2026-01-31，默认今天）')
    .option('--format <format>', '输出格式：json 或 text', 'json')
    .action(
      action('compare', async (file: string, options: CompareOptions) => {
        if (!findRule(options.roster))
          throw new InputError(`未知的名册类型 "${options.roster}"（可用：${ROSTER_KINDS.join(', ')}）`, {
            field: '--roster',
          });
        if (options.format !== 'json' && options.format !== 'text')
          throw new InputError(`未知的输出格式 "${options.format}"（可用：json、text）`, {
            field: '--format',
          });
        const asOf = options.asOf ?? todayInChina();
        if (!isIsoDate(asOf))
          throw new InputError(`日期无效："${asOf}"，应为 年-月-日（如 2026-01-31）`, { field: '--as-of' });
        try {
          if (!(await stat(file)).isFile()) throw new InputError('不是文件', { file });
        } catch (error) {
          if (error instanceof InputError) throw error;
          throw new InputError('文件不存在或无法读取', { file });
        }
        const result = await withDatabase(async (database, config) => {
          const actor = systemActor('命令行数据比对', config.region ? fullCode(config.region) : '');
          return runComparison(database.db, actor, {
            kind: options.roster,
            stream: createReadStream(file),
            fileName: file,
            region: options.region ?? null,
            asOf,
          });
        });
        if (options.format === 'text') printText(result);
        else printJson(result);
      }),
    );
}
