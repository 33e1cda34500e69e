// Runs the real `tonghu import children` as a bureau script would: exit codes, the exact summary line on
// stdout, every bad record on stderr as "FILE，第N行，字段 X: …", and the database left as it was. The data
// folder starts from the migrated template (migrating a new folder is start.test's subject).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/connect.ts';
import { contractChild, idNumberOf, writeCsv, writeNdjson, writeXlsx } from '../helpers/import-files.ts';
import { tonghu as run } from '../helpers/cli.ts';
import { dataDirFromTemplate } from '../helpers/db.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-import-cli-'));
const dataDir = path.join(dir, 'data');
const SLOW = 180_000; // each run starts the embedded database from disk
beforeAll(() => dataDirFromTemplate(dataDir), SLOW);

function tonghu(args: string[], env: Record<string, string | undefined> = { TONGHU_REGION: '445281' }) {
  return run(args, {
    cwd: dir,
    env: {
      ...process.env,
      DATABASE_URL: '',
      TONGHU_DATA_DIR: dataDir,
      TONGHU_REGION: '',
      CI: 'true',
      ...env,
    },
  });
}

/** Reads the embedded database the command wrote, between runs (never while one runs). */
async function query<T>(fn: (db: Database['db']) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir });
  try {
    return await fn(database.db);
  } finally {
    await database.close();
  }
}

const childCount = () =>
  query(async (db) =>
    Number(
      (
        await db
          .selectFrom('child')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  );

const GOOD = [
  contractChild(),
  contractChild({
    externalId: 'A-0002',
    name: '李四',
    idNumber: idNumberOf('2012-01-05', 22),
    conditions: ['harm.suspected'],
  }),
];
const badCheckDigit = (() => {
  const id = idNumberOf('2014-02-03', 31);
  return id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
})();
const BAD_CSV_ROWS = [
  ['姓名', '身份证号', '村（社区）代码', '户籍类型', '情形'],
  ['王五', idNumberOf('2014-02-03', 33), '445281102201', '农村', '低保'],
  ['赵六', badCheckDigit, '445281102201', '农村', ''],
  ['钱七', idNumberOf('2014-02-03', 35), '445281102999', '农村', ''],
  ['孙八', idNumberOf('2014-02-03', 37), '445281102201', '农村', '低保、外星人'],
];

describe('tonghu import children', () => {
  it(
    'imports a good NDJSON file: exit 0 and exactly the summary line',
    async () => {
      writeNdjson(dir, 'children.ndjson', GOOD);
      const { code, stdout, stderr } = await tonghu(['import', 'children', 'children.ndjson']);
      expect(stderr).toBe('');
      expect(stdout).toBe('imported 2, updated 0, rejected 0\n');
      expect(code).toBe(0);
      const red = await query((db) =>
        db
          .selectFrom('child')
          .innerJoin('mandatory_report', 'mandatory_report.child_id', 'child.id')
          .select(['child.name', 'child.level'])
          .execute(),
      );
      expect(red).toEqual([{ name: '李四', level: 'red' }]);
    },
    SLOW,
  );

  it(
    'refuses a file with bad rows: exit 2, every bad row on stderr, nothing written',
    async () => {
      writeCsv(dir, 'bad.csv', BAD_CSV_ROWS);
      const before = await childCount();
      const { code, stdout, stderr } = await tonghu(['import', 'children', 'bad.csv']);
      expect(code).toBe(2);
      expect(stdout).toBe('imported 0, updated 0, rejected 3\n');
      const lines = stderr.trim().split('\n');
      expect(lines[0]).toMatch(/^bad\.csv，第3行，字段 idNumber（身份证号）: 身份证号码校验位错误/);
      expect(lines[1]).toMatch(/^bad\.csv，第4行，字段 villageCode（村（社区）代码）: .*445281102999/);
      expect(lines[2]).toMatch(/^bad\.csv，第5行，字段 conditions（情形）: .*外星人/);
      expect(lines[3]).toMatch(/^tonghu import children: bad\.csv: 3 条记录有误/);
      expect(await childCount()).toBe(before);
    },
    SLOW,
  );

  it(
    'with --skip-invalid imports the good rows and lists the rest: exit 0',
    async () => {
      const { code, stdout, stderr } = await tonghu(['import', 'children', 'bad.csv', '--skip-invalid']);
      expect(code).toBe(0);
      expect(stdout).toBe('imported 1, updated 0, rejected 3\n');
      expect(stderr.trim().split('\n')).toHaveLength(3);
    },
    SLOW,
  );

  it(
    're-importing updates, never duplicates',
    async () => {
      const before = await childCount();
      const { code, stdout } = await tonghu(['import', 'children', 'children.ndjson']);
      expect(code).toBe(0);
      expect(stdout).toBe('imported 0, updated 2, rejected 0\n');
      expect(await childCount()).toBe(before);
    },
    SLOW,
  );

  it(
    'imports an XLSX with Chinese headers',
    async () => {
      await writeXlsx(dir, '摸排.xlsx', [
        ['姓名', '公民身份号码', '村（社区）代码', '户籍类型', '监护状况', '父亲状况', '父亲外出务工月数', '父亲是否跨县务工', '母亲状况'],
        ['周九', idNumberOf('2015-09-09', 41), '445281102202', '农村', '较差', '外出务工', 12, '是', '失联'],
      ]); // prettier-ignore
      const { code, stdout } = await tonghu(['import', 'children', '摸排.xlsx']);
      expect(stdout).toBe('imported 1, updated 0, rejected 0\n');
      expect(code).toBe(0);
      const child = await query((db) =>
        db.selectFrom('child').selectAll().where('name', '=', '周九').executeTakeFirstOrThrow(),
      );
      expect(child).toMatchObject({ guardianship: 'poor', left_behind: true, level: 'green' });
    },
    SLOW,
  );

  it(
    'names a missing column and a missing file: exit 2',
    async () => {
      writeCsv(dir, 'no-id.csv', [
        ['姓名', '村（社区）代码'],
        ['吴十', '445281102201'],
      ]);
      const noColumn = await tonghu(['import', 'children', 'no-id.csv']);
      expect(noColumn.code).toBe(2);
      expect(noColumn.stderr).toMatch(/no-id\.csv，字段 idNumber: 缺少必填列：身份证号（idNumber）/);
      expect(noColumn.stdout).toBe('');

      const missing = await tonghu(['import', 'children', 'nowhere.ndjson']);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/nowhere\.ndjson: 文件不存在/);
    },
    SLOW,
  );

  it(
    'without TONGHU_REGION loads the counties the file names, and takes villages there',
    async () => {
      writeNdjson(dir, 'zhuzhou.ndjson', [
        contractChild({
          externalId: null,
          idNumber: idNumberOf('2013-03-03', 51, '430202'),
          villageCode: '430202001001',
        }),
      ]);
      // The template holds 株洲's regions: take them out, so that the command must load the county itself.
      const zhuzhou = await query(async (db) => {
        await db.deleteFrom('region_load').where('scope', 'like', '43%').execute();
        await db.deleteFrom('region').where('code', 'like', '43%').execute();
        return db.selectFrom('region').select('code').where('code', 'like', '43%').execute();
      });
      expect(zhuzhou).toEqual([]);
      const { code, stdout, stderr } = await tonghu(['import', 'children', 'zhuzhou.ndjson'], {});
      expect(stderr).toBe('');
      expect(stdout).toBe('imported 1, updated 0, rejected 0\n');
      expect(code).toBe(0);
      const child = await query((db) =>
        db
          .selectFrom('child')
          .select(['policy'])
          .where('village_code', '=', '430202001001')
          .executeTakeFirstOrThrow(),
      );
      expect(child.policy).toBe('zhuzhou');
    },
    SLOW,
  );
});
