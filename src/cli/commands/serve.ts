// `tonghu serve` (what a deployment runs) and `tonghu start` (what `npm start` runs: the same, with the
// demo county loaded into an empty database).
import type { Command } from 'commander';
import { loadConfig, type Config } from '../../config.ts';
import { shortCode } from '../../domain/region-code.ts';
import { dailyReassessEnabled, startDailyReassess } from '../../modules/worklist/scheduler.ts';
import { buildApp } from '../../server/app.ts';
import { ensureWebBuilt, webBuilt } from '../../server/web-build.ts';
import { openConfigured } from '../database.ts';
import { loadDemoOnFirstStart } from './demo.ts';
import { action } from '../run.ts';

async function serve(config: Config, options: { demo: boolean }): Promise<void> {
  // `npm start` builds the web app when it is missing or stale; `serve` serves whatever build is there.
  if (options.demo) await ensureWebBuilt({ log: (message) => console.log(message) });
  else if (!webBuilt())
    console.log('提示：网页尚未构建（web/dist），当前只提供接口；运行 npm run build:web 构建网页。');
  const database = await openConfigured(config);
  if (options.demo) await loadDemoOnFirstStart(database, config);
  const app = await buildApp({ database, config, clock: () => new Date() }, { logger: false });
  const daily = dailyReassessEnabled()
    ? startDailyReassess({
        db: database.db,
        region: config.region ? shortCode(config.region) : null,
        vacuum: database.backend === 'pglite',
      })
    : null;
  const close = async () => {
    daily?.stop();
    await daily?.current();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  const address = await app.listen({ port: config.port, host: config.host });
  console.log(
    `童护 Tonghu 已启动：${address.replace('0.0.0.0', 'localhost')}（数据库：${database.backend}）`,
  );
  // Keep the process alive until a signal arrives.
  await new Promise<never>(() => {});
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('启动网页与接口服务（不载入演示数据）')
    .action(action('serve', async () => serve(loadConfig(), { demo: false })));
  program
    .command('start')
    .description('启动服务；数据库为空时先载入演示县数据（npm start）')
    .action(action('start', async () => serve(loadConfig(), { demo: true })));
}
