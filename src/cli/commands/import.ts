// `tonghu import children FILE [--skip-invalid] [--dry-run]` (CONTRACT.md) and `tonghu import template`.
// Other modules add their own `import …` subcommands to the same group through importCommand().
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { todayInChina } from '../../domain/dates.ts';
import { systemActor } from '../../modules/access/actor.ts';
import { problemLine } from '../../modules/import/problems.ts';
import { terminalProgress } from '../../modules/import/progress.ts';
import { importChildren } from '../../modules/import/service.ts';
import { templateWorkbook, TEMPLATE_FILE_NAME } from '../../modules/import/template.ts';
import { InputError } from '../../shared/errors.ts';
import { localCommand, runCommand } from '../local-server.ts';
import { action } from '../run.ts';

/** The `import` command group, created by whichever module registers first. */
export function importCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'import') ??
    program.command('import').description('从文件批量导入')
  );
}

/** `import children` itself: here, or in the server that holds the data folder. */
localCommand('import children', {
  open: 'configured',
  body: async (database, config, io, args) => {
    const file = String(args.file);
    const options = args as { skipInvalid?: boolean; dryRun?: boolean };
    const actor = systemActor(`命令行导入（${io.who}）`, config.region ?? '');
    // A person at a terminal sees progress; scripts, pipes, CI and a server carrying the import out do not.
    const progress = io.tty && !process.env.CI ? terminalProgress(process.stderr) : null;
    const outcome = await importChildren(
      { db: database.db, actor, today: todayInChina(), deploymentRegion: config.region },
      {
        source: { path: String(args.path ?? file), name: file },
        fileName: file,
        skipInvalid: options.skipInvalid === true,
        dryRun: options.dryRun === true,
        ...(progress ? { onProgress: progress.update } : {}),
      },
    );
    progress?.done();
    for (const p of outcome.problems) io.err(problemLine(file, p));
    if (outcome.omittedProblems) io.err(`${file}: ……另有 ${outcome.omittedProblems} 处问题未列出`);
    if (outcome.ignoredColumns.length)
      io.err(`tonghu import children: ${file}: 未识别的列已忽略：${outcome.ignoredColumns.join('、')}`);
    io.out(`imported ${outcome.imported}, updated ${outcome.updated}, rejected ${outcome.rejected}`);
    if (outcome.rejected > 0 && !options.skipInvalid)
      throw new InputError(
        `${outcome.rejected} 条记录有误，${options.dryRun ? '照此导入将不会写入任何记录' : '未导入任何记录'}；请改正后重新导入，或加 --skip-invalid 只导入无误的记录`,
        { file },
      );
  },
});

export function registerImport(program: Command): void {
  const group = importCommand(program);
  group
    .command('children')
    .description('从文件导入儿童档案（.ndjson、.csv、.xlsx）：全部无误才导入；同一身份证号码再次导入即更新')
    .argument('<file>', '儿童文件：.ndjson（每行一名）、.csv 或 .xlsx（每行一名，中文或英文列名）')
    .option('--skip-invalid', '只导入无误的记录，列出有误的记录')
    .option('--dry-run', '只检查，不写入')
    .action(
      action('import children', (file: string, options: { skipInvalid?: boolean; dryRun?: boolean }) =>
        // The file by its full path: the server that may carry the import out has a working folder of its own.
        runCommand('import children', { file, path: path.resolve(file), ...options }),
      ),
    );

  group
    .command('template')
    .description('生成儿童导入模板（Excel，含填写说明和代码表）')
    .option('--out <file>', '输出文件', TEMPLATE_FILE_NAME)
    .action(
      action('import template', async (options: { out: string }) => {
        await writeFile(options.out, await templateWorkbook());
        console.log(`已生成 ${options.out}`);
      }),
    );
}
