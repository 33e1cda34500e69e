// `tonghu import directors FILE` (CONTRACT.md), `tonghu directors list` (the ledger), `tonghu trainings add`
// and `tonghu trainings coverage`: what a bureau scripts about its child directors and supervisors.
import type { Command } from 'commander';
import { ORGANISER_LEVELS, TRAINING_KINDS, WORKER_ROLES } from '../../modules/workforce/codes.ts';
import { describeLocation, InputError } from '../../shared/errors.ts';
import { importDirectors } from '../../modules/workforce/import.ts';
import { listLedger } from '../../modules/workforce/ledger.ts';
import { trainingInput } from '../../modules/workforce/schemas.ts';
import { createTraining, trainingCoverage } from '../../modules/workforce/trainings.ts';
import { cellText } from '../../shared/tabular/cells.ts';
import { aliasTable, fieldOf } from '../../shared/tabular/headers.ts';
import { openTabular } from '../../shared/tabular/read.ts';
import { withDatabase } from '../database.ts';
import { printJson } from '../io.ts';
import { action } from '../run.ts';
import { importCommand } from './import.ts';
import { checkChoice, checkDateOption, checkRegionOption, cliContext } from './cli-context.ts';

const ID_HEADERS = aliasTable({ idNumber: ['身份证号', '身份证号码', '公民身份号码', '身份证'] });

/** ID numbers from a file of attendees (NDJSON, CSV or XLSX with an idNumber / 身份证号 column). */
async function idNumbersIn(file: string): Promise<string[]> {
  const table = await openTabular({ path: file });
  const numbers: string[] = [];
  for await (const record of table.records) {
    const key = Object.keys(record.values).find((h) => fieldOf(h, ID_HEADERS) === 'idNumber');
    const value = key ? cellText(record.values[key]) : null;
    if (!value) {
      const at = record.unit === 'line' ? { file, line: record.number } : { file, row: record.number };
      throw new InputError('缺少身份证号码', { ...at, field: 'idNumber' });
    }
    numbers.push(value);
  }
  return numbers;
}

export function registerDirectors(program: Command): void {
  importCommand(program)
    .command('directors')
    .description('导入儿童主任（及儿童督导员）台账：.ndjson、.csv 或 .xlsx；按身份证号码更新，不重复登记')
    .argument('<file>', '台账文件')
    .option('--skip-invalid', '导入有效记录，列出并跳过有问题的记录')
    .action(
      action('import directors', async (file: string, options: { skipInvalid?: boolean }) => {
        await withDatabase(async (database, config) => {
          const ctx = cliContext(database, config);
          const result = await importDirectors(
            ctx.db,
            ctx.actor,
            { path: file },
            {
              today: ctx.today,
              deploymentRegion: ctx.deploymentRegion,
              skipInvalid: options.skipInvalid,
            },
          );
          for (const p of result.problems)
            process.stderr.write(`跳过 ${describeLocation(p)}: ${p.message}\n`);
          if (result.omittedProblems) process.stderr.write(`……另有 ${result.omittedProblems} 处问题未列出\n`);
          console.log(`imported ${result.imported}, updated ${result.updated}, rejected ${result.rejected}`);
        });
      }),
    );

  const directors = program.command('directors').description('儿童主任和儿童督导员台账');
  directors
    .command('list')
    .description('台账：在岗（或全部）人员，含培训与入职查询情况')
    .option('--region <code>', '区划代码（默认 TONGHU_REGION）')
    .option('--role <role>', 'director 或 supervisor')
    .option('--status <status>', 'active（在岗，默认）、ended（已离任）或 all')
    .option('--as-of <date>', '日期 YYYY-MM-DD（默认今天）')
    .option('--untrained', '只列本年度未参加培训的人员')
    .option('--no-background-check', '只列未做从业限制和入职查询的人员')
    .option('--format <format>', 'json 或 table', 'table')
    .action(
      action(
        'directors list',
        async (options: {
          region?: string;
          role?: string;
          status?: string;
          asOf?: string;
          untrained?: boolean;
          backgroundCheck?: boolean;
          format: string;
        }) => {
          checkRegionOption(options.region);
          checkChoice(options.role, WORKER_ROLES, '--role');
          checkChoice(options.status, ['active', 'ended', 'all'], '--status');
          checkDateOption(options.asOf, '--as-of');
          checkChoice(options.format, ['json', 'table'], '--format');
          await withDatabase(async (database, config) => {
            const ctx = cliContext(database, config);
            const items = [];
            for (let page = 1; ; page++) {
              const result = await listLedger(ctx, {
                region: options.region ?? config.region ?? undefined,
                role: options.role as 'director' | 'supervisor' | undefined,
                status: options.status as 'active' | 'ended' | 'all' | undefined,
                asOf: options.asOf,
                untrained: options.untrained ? true : undefined,
                noBackgroundCheck: options.backgroundCheck === false,
                page,
                pageSize: 500,
              });
              items.push(...result.items);
              if (items.length >= result.total || !result.items.length) break;
            }
            if (options.format === 'json') return printJson({ items });
            console.log(
              '姓名\t身份证号码\t角色\t区划代码\t名称\t电话\t任职日期\t离任日期\t入职查询\t最近培训',
            );
            for (const i of items)
              console.log(
                [
                  i.name,
                  i.idNumber,
                  i.roleName,
                  i.regionCode,
                  i.regionName ?? '',
                  i.phone ?? '',
                  i.startedOn ?? '',
                  i.endedOn ?? '',
                  i.backgroundCheckedOn ?? '未查询',
                  i.lastTrainedOn ?? '无',
                ].join('\t'),
              );
            console.log(`共 ${items.length} 人`);
          });
        },
      ),
    );

  const trainings = program.command('trainings').description('儿童主任培训');
  trainings
    .command('add')
    .description('登记一次培训及参加人员（计入每人的培训档案）')
    .requiredOption('--date <date>', '培训日期 YYYY-MM-DD')
    .requiredOption('--title <title>', '培训名称')
    .requiredOption('--region <code>', '举办单位的区划代码（县6位或市4位）')
    .option('--kind <kind>', `类别：${TRAINING_KINDS.join('、')}`, 'full_coverage')
    .option('--level <level>', `举办层级：${ORGANISER_LEVELS.join('、')}（默认按区划）`)
    .option('--attendees <file>', '参加人员名单（.ndjson/.csv/.xlsx，含身份证号码列）')
    .option('--id-number <numbers...>', '参加人员身份证号码')
    .action(
      action(
        'trainings add',
        async (options: {
          date: string;
          title: string;
          region: string;
          kind: string;
          level?: string;
          attendees?: string;
          idNumber?: string[];
        }) => {
          checkRegionOption(options.region);
          const level =
            options.level ??
            (options.region.length === 4 ? 'city' : options.region.length === 2 ? 'province' : 'county');
          const idNumbers = [
            ...(options.idNumber ?? []),
            ...(options.attendees ? await idNumbersIn(options.attendees) : []),
          ];
          const parsed = trainingInput.safeParse({
            heldOn: options.date,
            title: options.title,
            regionCode: options.region,
            kind: options.kind,
            organiserLevel: level,
            attendees: { idNumbers },
          });
          if (!parsed.success) {
            const issue = parsed.error.issues[0];
            const field = {
              heldOn: '--date',
              title: '--title',
              regionCode: '--region',
              kind: '--kind',
              organiserLevel: '--level',
            }[String(issue?.path[0])];
            throw new InputError(issue?.message ?? '输入无效', { field: field ?? issue?.path.join('.') });
          }
          await withDatabase(async (database, config) => {
            const result = await createTraining(cliContext(database, config), parsed.data);
            console.log(`已登记培训 ${result.id}，参加人员 ${result.attendees} 人`);
          });
        },
      ),
    );
  trainings
    .command('coverage')
    .description('年度培训覆盖：每个县在岗儿童主任、督导员中参加过培训的人数')
    .option('--region <code>', '区划代码（默认 TONGHU_REGION）')
    .option('--year <year>', '年份（默认今年）')
    .option('--format <format>', 'json 或 table', 'table')
    .action(
      action('trainings coverage', async (options: { region?: string; year?: string; format: string }) => {
        checkRegionOption(options.region);
        if (options.year !== undefined && !/^\d{4}$/.test(options.year))
          throw new InputError(`年份应为4位数字，实际 "${options.year}"`, { field: '--year' });
        checkChoice(options.format, ['json', 'table'], '--format');
        await withDatabase(async (database, config) => {
          const result = await trainingCoverage(cliContext(database, config), {
            region: options.region ?? config.region ?? undefined,
            year: options.year ? Number(options.year) : undefined,
          });
          if (options.format === 'json') return printJson(result);
          console.log(`${result.year} 年培训覆盖（${result.region}）`);
          console.log('县级区划\t名称\t角色\t在岗\t已培训\t未培训\t覆盖率');
          for (const r of result.items)
            console.log(
              [
                r.countyCode,
                r.countyName ?? '',
                r.roleName,
                r.total,
                r.trained,
                r.untrained,
                r.rate === null ? '' : `${(r.rate * 100).toFixed(1)}%`,
              ].join('\t'),
            );
        });
      }),
    );
}
