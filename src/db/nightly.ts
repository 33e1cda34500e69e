// The nightly backup of `tonghu serve` (issue 14.2, 14.6): with TONGHU_BACKUP_DIR set, every night at 02:30
// China time the serving process (the data folder's owner, so the embedded database can be backed up while
// served) writes a backup into that folder, keeps the newest TONGHU_BACKUP_KEEP (default 14), and runs the
// integrity check, logging both results.
import { readdir, rm } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './connect.ts';
import { backupToFile, type BackupSummary } from './backup.ts';
import { checkDatabase, describeCheck, type CheckResult } from './check.ts';
import { recordAudit } from '../modules/audit/audit.ts';
import { systemActor } from '../modules/access/actor.ts';
import { msUntilChinaTime } from '../modules/worklist/scheduler.ts';
import { InputError } from '../shared/errors.ts';

export const DEFAULT_KEEP = 14;
const NAME = /^tonghu-\d{8}-\d{6}Z\.backup$/;
const DAY_MS = 24 * 3600_000;

export interface NightlySettings {
  dir: string;
  keep: number;
}

/** TONGHU_BACKUP_DIR (off when unset) and TONGHU_BACKUP_KEEP. */
export function nightlySettings(env: NodeJS.ProcessEnv = process.env): NightlySettings | null {
  const dir = env.TONGHU_BACKUP_DIR?.trim();
  if (!dir) return null;
  const keepText = env.TONGHU_BACKUP_KEEP?.trim() || String(DEFAULT_KEEP);
  const keep = Number(keepText);
  if (!Number.isInteger(keep) || keep < 1)
    throw new InputError(`TONGHU_BACKUP_KEEP 应为正整数，实际 "${keepText}"`, {
      field: 'TONGHU_BACKUP_KEEP',
    });
  return { dir: path.resolve(dir), keep };
}

/** The file name of a backup taken at `now` (UTC, sortable). */
export function backupFileName(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `tonghu-${stamp}Z.backup`;
}

export interface NightlyResult {
  file: string;
  backup: BackupSummary;
  pruned: string[];
  check: CheckResult;
}

export interface NightlyOptions extends NightlySettings {
  database: Database;
  now?: Date;
  log?: (line: string) => void;
}

/** One night's work: backup, prune to the newest `keep`, integrity check; each result logged. */
export async function runNightly(options: NightlyOptions): Promise<NightlyResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const { database } = options;
  mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  const file = path.join(options.dir, backupFileName(options.now ?? new Date()));
  const backup = await backupToFile(database.db, database.backend, file);
  const rows = backup.tables.reduce((n, t) => n + t.rows, 0);
  await recordAudit(database.db, systemActor('定时备份'), {
    action: 'backup',
    entity: 'database',
    detail: { file: path.basename(file), tables: backup.tables.length, rows },
  });
  log(`定时备份完成：${file}（${backup.tables.length} 张表，${rows} 行）`);

  const ours = (await readdir(options.dir)).filter((name) => NAME.test(name)).sort();
  const pruned = ours.slice(0, Math.max(0, ours.length - options.keep));
  for (const name of pruned) await rm(path.join(options.dir, name), { force: true });
  if (pruned.length) log(`已删除较早的备份 ${pruned.length} 个，保留最近 ${options.keep} 个`);

  const check = await checkDatabase(database.db);
  const lines = describeCheck(check);
  log(`数据库完整性检查：${lines.join('；')}`);
  return { file, backup, pruned, check };
}

export interface Nightly {
  stop(): void;
  /** The run in progress, if any (a shutdown waits for it). */
  current(): Promise<void> | null;
}

/** Starts the nightly timer (02:30 China time); a failed night is logged and the next one still runs. */
export function startNightly(
  options: Omit<NightlyOptions, 'now'> & { at?: { hour: number; minute: number } },
): Nightly {
  const log = options.log ?? ((line: string) => console.log(line));
  const at = options.at ?? { hour: 2, minute: 30 };
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  const night = () => {
    if (stopped) return;
    if (!running)
      running = runNightly(options)
        .then(() => undefined)
        .catch((error: unknown) =>
          log(`定时备份失败：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
        )
        .finally(() => {
          running = null;
        });
    schedule();
  };
  const schedule = () => {
    if (stopped) return;
    const ms = msUntilChinaTime(new Date(), at.hour, at.minute);
    timer = setTimeout(night, ms < 60_000 ? ms + DAY_MS : ms);
    timer.unref();
  };
  schedule();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
    current: () => running,
  };
}

/** What `tonghu serve` calls: the nightly job when TONGHU_BACKUP_DIR is set, otherwise nothing. */
export function startNightlyFromEnv(
  database: Database,
  env: NodeJS.ProcessEnv = process.env,
): Nightly | null {
  const settings = nightlySettings(env);
  if (!settings) return null;
  console.log(`定时备份已开启：每天 02:30（北京时间）备份到 ${settings.dir}，保留最近 ${settings.keep} 个`);
  return startNightly({ ...settings, database });
}
