// `tonghu backup FILE` and `tonghu restore FILE` (issue 14.2): a consistent snapshot of every table into one
// file, encrypted under the deployment's key file (issue 16.2), and back into an empty database. On the
// embedded database only the folder's owner may read it: while a server holds the folder, `backup` is carried
// out by that server (cli/local-server.ts), and `restore`, which needs an empty database, is refused (exit 3).
import type { Command } from 'commander';
import path from 'node:path';
import type { Database } from '../../db/connect.ts';
import { backupToFile, restoreFromFile } from '../../db/backup.ts';
import { checkDatabase, describeCheck } from '../../db/check.ts';
import { systemActor } from '../../modules/access/actor.ts';
import { recordAudit } from '../../modules/audit/audit.ts';
import { loadConfig } from '../../config.ts';
import { DataDirLockedError } from '../../db/lock.ts';
import { withDatabaseAsIs } from '../database.ts';
import { localCommand, runCommand, whoRuns, type CommandIo } from '../local-server.ts';
import { action, EXIT_FAILURE } from '../run.ts';
import { formatTable } from '../table.ts';

/** Backups and restores are on the audit trail (they read or write every child's file). */
async function audit(
  database: Database,
  who: string,
  action: string,
  file: string,
  tables: number,
  rows: number,
) {
  await recordAudit(database.db, systemActor(`命令行（${who}）`), {
    action,
    entity: 'database',
    detail: { file: path.basename(file), tables, rows },
  });
}

/** The backup itself: here, or in the server that holds the data folder. */
localCommand('backup', {
  open: 'as-is',
  body: async (database, _config, io: CommandIo, args) => {
    const file = String(args.file);
    const summary = await backupToFile(database.db, database.backend, file);
    const rows = summary.tables.reduce((n, t) => n + t.rows, 0);
    if (summary.header.migrations.length)
      await audit(database, io.who, 'backup', file, summary.tables.length, rows);
    io.out(
      `已备份到 ${file}：${summary.tables.length} 张表，共 ${rows} 行，数据库结构版本 ${summary.header.migrations.at(-1) ?? '（空）'}；` +
        `已用密钥文件中的密钥加密，恢复时需要同一密钥文件`,
    );
  },
});

/** A restore needs an empty database: never into the folder a running server holds, which is its own. */
async function withServedRefusal(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    if (
      error instanceof DataDirLockedError &&
      (error.holder?.command === 'serve' || error.holder?.command === 'start')
    )
      throw new DataDirLockedError(
        error.lockFile,
        error.holder,
        `数据目录 ${loadConfig().dataDir} 正由运行中的服务（进程 ${error.holder.pid}）使用，不能在服务运行时恢复：` +
          `恢复只能写入空数据库。请先停止服务（如 kill ${error.holder.pid}），把 TONGHU_DATA_DIR 指向一个新的空目录，` +
          `恢复完成后再用该目录启动服务。`,
      );
    throw error;
  }
}

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description(
      '备份整个数据库到一个文件（一致性快照，gzip 压缩后以密钥文件中的密钥 SM4 加密，权限 0600；服务运行时由服务执行）',
    )
    .argument('<file>', '备份文件')
    .action(action('backup', (file: string) => runCommand('backup', { file: path.resolve(file) })));

  program
    .command('restore')
    .description('从备份文件恢复到空数据库（数据库非空时拒绝），并列出每张表的行数')
    .argument('<file>', '备份文件')
    .action(
      action('restore', async (file: string) => {
        await withServedRefusal(() =>
          withDatabaseAsIs(async (database) => {
            const summary = await restoreFromFile(database.db, file);
            console.log(
              formatTable(
                ['表', '行数'],
                summary.tables.map((t) => [t.table, String(t.rows)]),
              ),
            );
            const rows = summary.tables.reduce((n, t) => n + t.rows, 0);
            await audit(database, whoRuns(), 'restore', file, summary.tables.length, rows);
            console.log(
              `已从 ${file} 恢复 ${summary.tables.length} 张表，共 ${rows} 行（备份时间 ${summary.header.createdAt}，来自 ${summary.header.backend}）`,
            );
          }),
        );
      }),
    );

  program
    .command('check')
    .description(
      '检查数据库完整性：索引和数据表（amcheck）、外键、CHECK、非空和唯一约束；正常时退出码 0，有问题时 1',
    )
    .action(
      action('check', async () => {
        await withDatabaseAsIs(async (database) => {
          const result = await checkDatabase(database.db);
          for (const line of describeCheck(result)) console.log(line);
          if (result.problems.length) process.exitCode = EXIT_FAILURE;
        });
      }),
    );
}
