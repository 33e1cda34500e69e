// `tonghu serve` (what a deployment runs) and `tonghu start` (what `npm start` runs: the same, with the
// demo county loaded into an empty database). Registered by serve-command.ts, which loads this file (and
// with it the web server: Fastify and its plugins) only when one of the two is run.
import type { Config } from '../../config.ts';
import { shortCode } from '../../domain/region-code.ts';
import { dailyReassessEnabled, startDailyReassess } from '../../modules/worklist/scheduler.ts';
import { buildApp } from '../../server/app.ts';
import { startNightlyFromEnv } from '../../db/nightly.ts';
import { ensureWebBuilt, webBuilt } from '../../server/web-build.ts';
import { openConfigured } from '../database.ts';
import { loadDemoOnFirstStart } from './demo.ts';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { unboundedWaiting } from '../../db/pglite-dialect.ts';
import { databaseTrouble } from '../../server/database-errors.ts';
import { loadOpsConfig } from '../../server/ops-config.ts';
import { installShutdown } from '../../server/shutdown.ts';
import { localDoor, newAdminToken } from '../../server/local-door.ts';
import { advertiseServer } from '../../db/lock.ts';
import { LOCAL_COMMANDS } from '../local-server.ts';
import { describeFailure } from '../run.ts';
import {
  isClusterWorker,
  runsDailyJobs,
  shareOfSlots,
  superviseWorkers,
  workerCount,
  workerIndex,
} from '../../server/cluster.ts';

// On PostgreSQL half as many requests at once as the pool (src/db/connect.ts, 10) has clients: a handler may
// run two queries side by side, each on a client of its own, and with as many requests as clients they
// starved each other of clients until the pool's wait bound turned them all away (bench/README.md, load).
const PG_CONCURRENCY = 5;

// A lost database connection that surfaces outside any request (a stray promise, an event nobody awaited)
// is logged and lived through; anything else still ends the process, as it should.
function keepRunningThroughDatabaseTrouble(log: FastifyBaseLogger): void {
  process.on('unhandledRejection', (reason) => {
    if (databaseTrouble(reason)) log.warn({ err: reason }, '数据库连接问题（未处理的异步错误），服务继续');
    else {
      log.fatal({ err: reason }, '未处理的异步错误');
      process.exit(1);
    }
  });
  process.on('uncaughtException', (error) => {
    if (databaseTrouble(error)) log.warn({ err: error }, '数据库连接问题（未捕获的错误），服务继续');
    else {
      log.fatal({ err: error }, '未捕获的错误');
      process.exit(1);
    }
  });
}

export async function serve(config: Config, options: { demo: boolean }): Promise<void> {
  const workers = isClusterWorker()
    ? 1
    : workerCount(process.env, config.databaseUrl ? 'postgres' : 'pglite');
  // A worker of several: the supervisor has built the web app, migrated the database and loaded the demo.
  const prepare = !isClusterWorker();
  // `npm start` builds the web app when it is missing or stale; `serve` serves whatever build is there.
  if (prepare && options.demo) await ensureWebBuilt({ log: (message) => console.log(message) });
  else if (prepare && !webBuilt())
    console.log('提示：网页尚未构建（web/dist），当前只提供接口；运行 npm run build:web 构建网页。');
  if (workers > 1) return superviseServers(config, options, workers);
  const ops = loadOpsConfig();
  let app: FastifyInstance | null = null;
  const database = await openConfigured(config, {
    waitMs: ops.dbWaitMs,
    // PGlite in a worker thread, so its queries do not block the loop that admits and refuses (issue 14.7).
    worker: true,
    onConnectionError: (error) =>
      app ? app.log.warn({ err: error }, '数据库连接中断') : console.warn(`数据库连接中断：${error.message}`),
  });
  if (prepare && options.demo) await unboundedWaiting(() => loadDemoOnFirstStart(database, config));
  app = await buildApp(
    { database, config, clock: () => new Date() },
    {
      logger: { level: ops.logLevel },
      admission: {
        slots: shareOfSlots(ops.dbConcurrency ?? (database.backend === 'pglite' ? 2 : PG_CONCURRENCY)),
        waitMs: ops.dbWaitMs,
      },
    },
  );
  // The command line's door (issue 14.1): on the embedded database the CLI cannot open the folder this process
  // holds, so its writing commands come here, with the token written into the lock file after listening.
  const adminToken = database.backend === 'pglite' ? newAdminToken() : null;
  if (adminToken)
    await app.register(localDoor({ token: adminToken, commands: LOCAL_COMMANDS, describeFailure }));
  const log = app.log;
  // The nightly job waits its turn however long it takes; only requests are bounded.
  // Once per deployment, not once per process: in worker 1 of several.
  const daily =
    runsDailyJobs() && dailyReassessEnabled()
      ? unboundedWaiting(() =>
          startDailyReassess({
            db: database.db,
            region: config.region ? shortCode(config.region) : null,
            vacuum: database.backend === 'pglite',
            log: (line) => log.info(line),
          }),
        )
      : null;
  const nightly = runsDailyJobs() ? startNightlyFromEnv(database) : null;
  keepRunningThroughDatabaseTrouble(log);
  installShutdown(app, {
    cleanup: async () => {
      daily?.stop();
      await daily?.current();
      nightly?.stop();
      await nightly?.current();
      await database.close();
    },
  });
  const address = await app.listen({ port: config.port, host: config.host });
  const local = adminToken ? loopbackUrl(app) : null;
  if (adminToken && local) advertiseServer(config.dataDir, { url: local, adminToken });
  // A worker's start is announced by its supervisor, once.
  if (workerIndex() === 0)
    console.log(
      `童护 Tonghu 已启动：${address.replace('0.0.0.0', 'localhost')}（数据库：${database.backend}）`,
    );
  // Keep the process alive until a signal arrives.
  await new Promise<never>(() => {});
}

/**
 * Several processes on one port (PostgreSQL, TONGHU_WORKERS above 1): the key file, migrations, regions and
 * the demo county are done here once, before the workers open the database side by side.
 */
async function superviseServers(config: Config, options: { demo: boolean }, workers: number): Promise<void> {
  const database = await openConfigured(config);
  try {
    if (options.demo) await loadDemoOnFirstStart(database, config);
  } finally {
    await database.close();
  }
  const supervision = superviseWorkers(workers, (line) => console.error(line));
  const address = await supervision.listening;
  console.log(`童护 Tonghu 已启动：${address}（数据库：postgres，${workers} 个服务进程）`);
  process.exit(await supervision.done);
}

/** Where a CLI on this host reaches the server over loopback; null when it listens on no loopback address. */
function loopbackUrl(app: FastifyInstance): string | null {
  const address = app.server.address();
  if (!address || typeof address === 'string') return null;
  if (address.address === '127.0.0.1' || address.address === '0.0.0.0')
    return `http://127.0.0.1:${address.port}`;
  if (address.address === '::1' || address.address === '::') return `http://[::1]:${address.port}`;
  return null;
}
