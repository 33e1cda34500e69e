// Runs the re-assessment once shortly after the server starts, then every day shortly after midnight China
// time (UTC+8 all year: China keeps no daylight saving), so that a child who turned 16 overnight is off the
// worklist by morning. Started by `tonghu serve`; test runs never start it unless a test asks.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { todayInChina } from '../../domain/dates.ts';
import { noticeOverdueReferrals } from '../notices/index.ts';
import { reassessAll, type ReassessAllResult } from './reassess-all.ts';
import { systemActor } from '../access/index.ts';
import { applyRetention } from '../retention/index.ts';
import { formatReassessResult } from './reassess-report.ts';

const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

/** Milliseconds from `now` to the next hh:mm in China. */
export function msUntilChinaTime(now: Date, hour: number, minute: number): number {
  const chinaNow = now.getTime() + CHINA_OFFSET_MS;
  const midnight = Math.floor(chinaNow / DAY_MS) * DAY_MS;
  let next = midnight + (hour * 60 + minute) * 60_000;
  if (next <= chinaNow) next += DAY_MS;
  return next - chinaNow;
}

/** Off under a test runner or with TONGHU_DAILY_REASSESS=off; on with TONGHU_DAILY_REASSESS=on. */
export function dailyReassessEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const setting = env.TONGHU_DAILY_REASSESS?.trim().toLowerCase();
  if (setting === 'on' || setting === '1' || setting === 'true') return true;
  if (setting === 'off' || setting === '0' || setting === 'false') return false;
  return !(env.VITEST || env.NODE_ENV === 'test');
}

export interface DailyReassessOptions {
  db: Kysely<DB>;
  /** The deployment's region prefix, or null for every child in the database. */
  region: string | null;
  clock?: () => Date;
  /** Delay before the run after start, so that start-up is not slowed. */
  startDelayMs?: number;
  at?: { hour: number; minute: number };
  log?: (line: string) => void;
  onRun?: (result: ReassessAllResult) => void;
  /**
   * Vacuum and analyze the child table after the run. PGlite runs no autovacuum, so without this its
   * statistics go stale and the worklist's index-only scans (0004) read the heap after all.
   */
  vacuum?: boolean;
}

export interface DailyReassess {
  stop(): void;
  /** The run in progress, if any (a test or a shutdown may wait for it). */
  current(): Promise<void> | null;
}

export function startDailyReassess(options: DailyReassessOptions): DailyReassess {
  const clock = options.clock ?? (() => new Date());
  const at = options.at ?? { hour: 0, minute: 5 };
  const log = options.log ?? ((line: string) => console.log(line));
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  const run = () => {
    // A run still going (a very large province) is not started twice.
    if (running || stopped) return;
    running = reassessAll(options.db, { asOf: todayInChina(clock()), region: options.region })
      .then(async (result) => {
        if (options.vacuum) await sql`vacuum (analyze) child`.execute(options.db);
        log(formatReassessResult(result));
        // Files past their retention period are de-identified in the same nightly run (issue 16.5).
        const retention = await applyRetention(options.db, systemActor('保存期限（每日任务）'), {
          asOf: todayInChina(clock()),
          dryRun: false,
          region: options.region,
        });
        if (retention.children.length) log(`保存期限：已去标识化 ${retention.children.length} 份档案`);
        // Referrals past their answer date are noticed to the village and township (issue 17.4).
        const overdue = await noticeOverdueReferrals(options.db, todayInChina(clock()), options.region ?? '');
        if (overdue) log(`报送逾期通知：${overdue} 条`);
        options.onRun?.(result);
      })
      .catch((error: unknown) =>
        log(`每日重新评估失败：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
      )
      .finally(() => {
        running = null;
      });
  };

  const schedule = (ms: number, then: () => void) => {
    if (stopped) return;
    timer = setTimeout(then, ms);
    // The server's own sockets keep the process alive; this timer must not hold it open on shutdown.
    timer.unref();
  };
  // A timer that fires a moment early must not run the same night twice.
  const untilNext = () => {
    const ms = msUntilChinaTime(clock(), at.hour, at.minute);
    return ms < 60_000 ? ms + DAY_MS : ms;
  };
  const daily = () => {
    run();
    schedule(untilNext(), daily);
  };

  schedule(options.startDelayMs ?? 10_000, daily);

  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
    current: () => running,
  };
}
