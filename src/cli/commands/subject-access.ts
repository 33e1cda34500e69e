// `tonghu subject-access --child ID --relation R --ref REF --out FILE`: a guardian's copy of the child's whole
// file as XLSX (PIPL art. 45), the same as POST /api/v1/children/:id/subject-access-export, recorded.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { fullCode } from '../../domain/region-code.ts';
import { systemActor } from '../../modules/access/actor.ts';
import { checkRequest, childFileWorkbook } from '../../modules/retention/subject-access.ts';
import { InputError } from '../../shared/errors.ts';
import { withDatabase } from '../database.ts';
import { action } from '../run.ts';

interface Options {
  child: string;
  relation: string;
  ref: string;
  out: string;
}

export function registerSubjectAccess(program: Command): void {
  program
    .command('subject-access')
    .description('应监护人书面申请导出儿童完整档案（XLSX，《个人信息保护法》第四十五条），导出记录在案')
    .requiredOption('--child <id>', '儿童档案编号')
    .requiredOption('--relation <relation>', '申请人与儿童的关系：father、mother、guardian 或 self')
    .requiredOption('--ref <ref>', '书面申请的编号')
    .requiredOption('--out <file>', '写入的 XLSX 文件')
    .action(
      action('subject-access', async (o: Options) => {
        if (!/^[0-9a-f-]{36}$/i.test(o.child))
          throw new InputError('应为儿童档案编号（UUID）', { field: '--child' });
        let request;
        try {
          request = checkRequest({ relation: o.relation, requestRef: o.ref });
        } catch (error) {
          if (error instanceof InputError)
            throw new InputError(error.message, {
              field: error.at.field === 'relation' ? '--relation' : '--ref',
            });
          throw error;
        }
        await withDatabase(async (database, config) => {
          const actor = systemActor('命令行（个人信息查阅）', config.region ? fullCode(config.region) : '');
          const { buffer, rows } = await childFileWorkbook(database.db, actor, o.child, request);
          writeFileSync(o.out, buffer, { mode: 0o600 });
          process.stdout.write(`已导出 ${rows} 行到 ${o.out}\n`);
        });
      }),
    );
}
