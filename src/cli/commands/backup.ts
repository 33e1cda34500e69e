// `tonghu backup FILE` and `tonghu restore FILE` (issue 14.2): a consistent snapshot of every table into one
// file, and back into an empty database. On the embedded database the command must own the data folder:
// while a server holds it the command is refused (exit 3) and the nightly backup of `tonghu serve`
// (TONGHU_BACKUP_DIR) is the way to back it up.
import type { Command } from 'commander';
import path from 'node:path';
import type { Database } from '../../db/connect.ts';
import { backupToFile, restoreFromFile } from '../../db/backup.ts';
import { checkDatabase, describeCheck } from '../../db/check.ts';
import { systemActor } from '../../modules/access/actor.ts';
import { recordAudit } from '../../modules/audit/audit.ts';
import { withDatabaseAsIs } from '../database.ts';
import { action, EXIT_FAILURE } from '../run.ts';
import { formatTable } from '../table.ts';

/** Backups and restores are on the audit trail (they read or write every child's file). */
async function audit(database: Database, action: string, file: string, tables: number, rows: number) {
  await recordAudit(database.db, systemActor('命令行'), {
    action,
    entity: 'database',
    detail: { file: path.basename(file), tables, rows },
  });
}

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('备份整个数据库到一个文件（一致性快照，gzip 压缩，权限 0600）')
    .argument('<file>', '备份文件')
    .action(
      action('backup', async (file: string) => {
        await withDatabaseAsIs(async (database) => {
          const summary = await backupToFile(database.db, database.backend, file);
          const rows = summary.tables.reduce((n, t) => n + t.rows, 0);
          if (summary.header.migrations.length)
            await audit(database, 'backup', file, summary.tables.length, rows);
          console.log(
            `已备份到 ${file}：${summary.tables.length} 张表，共 ${rows} 行，数据库结构版本 ${summary.header.migrations.at(-1) ?? '（空）'}`,
          );
        });
      }),
    );

  program
    .command('restore')
    .description('从备份文件恢复到空数据库（数据库非空时拒绝），并列出每张表的行数')
    .argument('<file>', '备份文件')
    .action(
      action('restore', async (file: string) => {
        await withDatabaseAsIs(async (database) => {
          const summary = await restoreFromFile(database.db, file);
          console.log(
            formatTable(
              ['表', '行数'],
              summary.tables.map((t) => [t.table, String(t.rows)]),
            ),
          );
          const rows = summary.tables.reduce((n, t) => n + t.rows, 0);
          await audit(database, 'restore', file, summary.tables.length, rows);
          console.log(
            `已从 ${file} 恢复 ${summary.tables.length} 张表，共 ${rows} 行（备份时间 ${summary.header.createdAt}，来自 ${summary.header.backend}）`,
          );
        });
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
