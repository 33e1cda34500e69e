// `tonghu assess --policy <profile> [FILE|-]` (CONTRACT.md): one child's facts in, the assessment out.
// Needs no database.
import type { Command } from 'commander';
import { assess } from '../../domain/assess.ts';
import { todayInChina } from '../../domain/dates.ts';
import { FactsError, parseFacts } from '../../domain/facts.ts';
import { findProfile, profileIds } from '../../policies/index.ts';
import { InputError } from '../../shared/errors.ts';
import { parseJson, printJson, readTextInput } from '../io.ts';
import { action } from '../run.ts';

export function registerAssess(program: Command): void {
  program
    .command('assess')
    .description('评估一名儿童：服务对象认定、风险等级（红黄蓝绿）、强制报告与走访频次')
    .requiredOption('--policy <profile>', `政策配置：${profileIds().join(', ')}`)
    .argument('[file]', '儿童情况 JSON 文件，省略或 - 表示标准输入')
    .action(
      action('assess', async (file: string | undefined, options: { policy: string }) => {
        const profile = findProfile(options.policy);
        if (!profile)
          throw new InputError(`未知的政策配置 "${options.policy}"（可用：${profileIds().join(', ')}）`, {
            field: '--policy',
          });
        const input = await readTextInput(file);
        const json = parseJson(input.name, input.text);
        let facts;
        try {
          facts = parseFacts(json, { asOf: todayInChina() });
        } catch (error) {
          if (error instanceof FactsError) throw new InputError(error.message, { file: input.name });
          throw error;
        }
        const { explanation, ...contract } = assess(facts, profile);
        printJson({ ...contract, explanation });
      }),
    );
}
