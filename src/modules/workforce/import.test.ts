// Importing the directors ledger (CONTRACT.md `import directors`) from real NDJSON, CSV and XLSX files:
// all or nothing, located errors, re-import by ID number, posts over time, accounts linked.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberFor, PUNING } from '../../../test/helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { adultIdNumber } from '../../../test/helpers/workforce.ts';
import { systemActor } from '../access/actor.ts';
import { createUser } from '../users/service.ts';
import { ImportProblems, importDirectors } from './import.ts';

let database: TestDatabase;
const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-directors-'));
const TODAY = '2026-11-23';

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

function ndjson(name: string, lines: unknown[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return file;
}

function run(file: string, options: { deploymentRegion?: string | null; skipInvalid?: boolean } = {}) {
  return importDirectors(
    database.db,
    systemActor('测试'),
    { path: file },
    {
      today: TODAY,
      deploymentRegion: options.deploymentRegion === undefined ? '445281' : options.deploymentRegion,
      skipInvalid: options.skipInvalid,
    },
  );
}

async function counts() {
  const [people, posts, trainings] = await Promise.all(
    (['workforce_person', 'workforce_post', 'training_record'] as const).map((t) =>
      database.db
        .selectFrom(t)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ),
  );
  return { people: Number(people?.n), posts: Number(posts?.n), trainings: Number(trainings?.n) };
}

async function personByNumber(idNumber: string) {
  const person = await database.db
    .selectFrom('workforce_person')
    .selectAll()
    .where('id_number', '=', idNumber)
    .executeTakeFirstOrThrow();
  const posts = await database.db
    .selectFrom('workforce_post')
    .selectAll()
    .where('person_id', '=', person.id)
    .orderBy('created_at')
    .execute();
  const trainings = await database.db
    .selectFrom('training_record')
    .select('trained_on')
    .where('person_id', '=', person.id)
    .orderBy('trained_on')
    .execute();
  return { person, posts, trainings: trainings.map((t) => t.trained_on) };
}

const WANG = adultIdNumber(1);
const LI = adultIdNumber(2);

describe('import directors from NDJSON (the CONTRACT line)', () => {
  it('imports the contract example and prints what it did', async () => {
    const file = ndjson('directors.ndjson', [
      {
        name: '王芳',
        idNumber: WANG,
        villageCode: PUNING.village,
        phone: '13800000001',
        trainedOn: ['2026-03-01'],
        backgroundCheckedOn: '2026-01-10',
      },
      { name: '李强', idNumber: LI, villageCode: PUNING.neighbour, phone: '13800000002', trainedOn: [] },
    ]);
    expect(await run(file)).toMatchObject({ imported: 2, updated: 0, rejected: 0 });
    const wang = await personByNumber(WANG);
    expect(wang.person).toMatchObject({
      name: '王芳',
      phone: '13800000001',
      background_checked_on: '2026-01-10',
      background_check_result: 'passed',
    });
    expect(wang.posts).toMatchObject([
      { role: 'director', region_code: PUNING.village, started_on: null, ended_on: null },
    ]);
    expect(wang.trainings).toEqual(['2026-03-01']);
    const run1 = await database.db
      .selectFrom('import_run')
      .selectAll()
      .where('kind', '=', 'directors')
      .executeTakeFirstOrThrow();
    expect(run1).toMatchObject({ imported: 2, updated: 0, rejected: 0 });
  });

  it('updates by ID number on re-import, never duplicating, adding new training days', async () => {
    const before = await counts();
    const file = ndjson('again.ndjson', [
      {
        name: '王芳',
        idNumber: WANG.toLowerCase(),
        villageCode: PUNING.village,
        phone: '13900000009',
        trainedOn: ['2026-03-01', '2026-09-09'],
      },
    ]);
    expect(await run(file)).toMatchObject({ imported: 0, updated: 1, rejected: 0 });
    const after = await counts();
    expect(after).toEqual({ ...before, trainings: before.trainings + 1 });
    const wang = await personByNumber(WANG);
    expect(wang.person.phone).toBe('13900000009');
    expect(wang.person.background_checked_on).toBe('2026-01-10'); // kept: the file says nothing new
    expect(wang.trainings).toEqual(['2026-03-01', '2026-09-09']);
  });

  it('moves a director to another village: the old post ends the day before the new one starts', async () => {
    const file = ndjson('moved.ndjson', [
      { name: '李强', idNumber: LI, villageCode: '445281102203', startedOn: '2026-10-01' },
    ]);
    expect(await run(file)).toMatchObject({ updated: 1 });
    const li = await personByNumber(LI);
    expect(li.posts.map((p) => [p.region_code, p.started_on, p.ended_on])).toEqual([
      [PUNING.neighbour, null, '2026-09-30'],
      ['445281102203', '2026-10-01', null],
    ]);
  });

  it('refuses the whole file when one line is wrong, naming the line and the field', async () => {
    const before = await counts();
    const file = ndjson('bad.ndjson', [
      { name: '赵一', idNumber: adultIdNumber(3), villageCode: PUNING.village },
      { name: '钱二', idNumber: `${adultIdNumber(4).slice(0, 17)}0`, villageCode: PUNING.village },
      { name: '孙三', idNumber: adultIdNumber(5), villageCode: '445281102999' },
      { name: '李四', idNumber: adultIdNumber(6), villageCode: PUNING.village, trainedOn: ['2026-02-30'] },
      { idNumber: adultIdNumber(7), villageCode: PUNING.village },
    ]);
    const error = await run(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportProblems);
    const problems = (error as ImportProblems).problems;
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'idNumber'],
      [3, 'villageCode'],
      [4, 'trainedOn[0]'],
      [5, 'name'],
    ]);
    expect((error as ImportProblems).located).toContain('bad.ndjson，第2行，字段 idNumber');
    expect(await counts()).toEqual(before);
  });

  it('names malformed JSON by its line and writes nothing', async () => {
    const before = await counts();
    const file = ndjson('broken.ndjson', [
      { name: '赵一', idNumber: adultIdNumber(3), villageCode: PUNING.village },
      '{"name": ',
    ]);
    await expect(run(file)).rejects.toMatchObject({ at: { line: 2 } });
    expect(await counts()).toEqual(before);
  });

  it('refuses an ID number twice in one file, a minor, a village outside the deployment, a township for a director', async () => {
    const file = ndjson('dup.ndjson', [
      { name: '周五', idNumber: adultIdNumber(8), villageCode: PUNING.village },
      { name: '周五', idNumber: adultIdNumber(8), villageCode: PUNING.neighbour },
      { name: '吴六', idNumber: idNumberFor('2010-01-01', 14), villageCode: PUNING.village },
      { name: '郑七', idNumber: adultIdNumber(9), villageCode: '320115001001' },
      { name: '冯八', idNumber: adultIdNumber(10), villageCode: PUNING.township },
    ]);
    const error = (await run(file).catch((e: unknown) => e)) as ImportProblems;
    expect(error.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'idNumber'],
      [3, 'idNumber'],
      [4, 'villageCode'],
      [5, 'villageCode'],
    ]);
    expect(error.problems[0]?.message).toContain('第1行');
    expect(error.problems[1]?.message).toContain('未满18周岁');
    expect(error.problems[2]?.message).toContain('不在本系统辖区');
  });

  it('imports the good lines and lists the rest with skipInvalid', async () => {
    const file = ndjson('partial.ndjson', [
      { name: '陈九', idNumber: adultIdNumber(11), villageCode: PUNING.village },
      { name: '褚十', idNumber: adultIdNumber(12), villageCode: '445281102999' },
    ]);
    const result = await run(file, { skipInvalid: true });
    expect(result).toMatchObject({ imported: 1, updated: 0, rejected: 1 });
    expect(result.problems[0]).toMatchObject({ line: 2, field: 'villageCode' });
  });

  it('loads the counties a file names when the deployment names no region', async () => {
    // 揭西县 is not among the test database's regions until a file names it.
    const village = '445222001001';
    expect(
      await database.db.selectFrom('region').select('code').where('code', '=', village).executeTakeFirst(),
    ).toBeUndefined();
    const file = ndjson('jiexi.ndjson', [
      { name: '揭西主任', idNumber: adultIdNumber(13), villageCode: village },
    ]);
    expect(await run(file, { deploymentRegion: null })).toMatchObject({ imported: 1 });
    expect((await personByNumber(adultIdNumber(13))).posts[0]?.region_code).toBe(village);
  });
});

describe('import directors from CSV and XLSX with Chinese headers', () => {
  it('reads a CSV as Excel saves it, with supervisors by township', async () => {
    const file = path.join(dir, '台账.csv');
    writeFileSync(
      file,
      '\uFEFF姓名,身份证号码,岗位,村（社区）代码,乡镇（街道）代码,联系电话,培训日期,入职查询日期,查询结果\r\n' +
        `卫一,${adultIdNumber(20)},儿童主任,${PUNING.otherTownshipVillage},,13700000001,2026/3/1、2026年9月2日,2026-01-05,通过\r\n` +
        `蒋二,${adultIdNumber(21)},儿童督导员,,445281103,13700000002,2026-04-01,2026-02-01,有从业限制\r\n`,
    );
    expect(await run(file)).toMatchObject({ imported: 2, rejected: 0 });
    const wei = await personByNumber(adultIdNumber(20));
    expect(wei.trainings).toEqual(['2026-03-01', '2026-09-02']);
    const jiang = await personByNumber(adultIdNumber(21));
    expect(jiang.posts[0]).toMatchObject({ role: 'supervisor', region_code: '445281103000' });
    expect(jiang.person.background_check_result).toBe('restricted');
  });

  it('names the header as written when a CSV cell is wrong', async () => {
    const file = path.join(dir, 'bad.csv');
    writeFileSync(
      file,
      `姓名,身份证号,村代码\n沈三,${adultIdNumber(22)},445281102201\n韩四,12345,445281102201\n`,
    );
    const error = (await run(file).catch((e: unknown) => e)) as ImportProblems;
    expect(error.problems).toMatchObject([{ line: 3, field: '身份证号' }]);
  });

  it('reads an XLSX with date cells and names the row of a problem', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('儿童主任台账');
    ws.addRow([
      '姓名',
      '身份证号码',
      '村（社区）代码',
      '手机号码',
      '培训日期',
      '从业限制查询日期',
      '任职日期',
    ]);
    ws.addRow([
      '杨五',
      adultIdNumber(23),
      PUNING.village,
      '13600000001',
      new Date(Date.UTC(2026, 2, 15)),
      new Date(Date.UTC(2026, 0, 8)),
      '2025-06-01',
    ]);
    const good = path.join(dir, 'good.xlsx');
    await wb.xlsx.writeFile(good);
    expect(await run(good)).toMatchObject({ imported: 1 });
    const yang = await personByNumber(adultIdNumber(23));
    expect(yang.trainings).toEqual(['2026-03-15']);
    expect(yang.person.background_checked_on).toBe('2026-01-08');
    expect(yang.posts[0]?.started_on).toBe('2025-06-01');

    ws.addRow(['朱六', adultIdNumber(24), PUNING.village, '13600000002', '2027-01-01']);
    const bad = path.join(dir, 'bad.xlsx');
    await wb.xlsx.writeFile(bad);
    const error = (await run(bad).catch((e: unknown) => e)) as ImportProblems;
    expect(error.problems).toMatchObject([{ row: 3, field: '培训日期[0]' }]);
    expect(error.located).toContain('第3行');
  });
});

describe('linking ledger entries to user accounts', () => {
  it('links an account named by the ID number, by the only matching name, or as the file says', async () => {
    const system = systemActor('测试');
    const base = { role: 'director' as const, password: 'Tonghu2026' };
    const byId = await createUser(database.db, system, {
      ...base,
      username: adultIdNumber(30),
      displayName: '某人',
      regionCode: '445281102205',
    });
    const byName = await createUser(database.db, system, {
      ...base,
      username: 'qin7',
      displayName: '秦七',
      regionCode: '445281102206',
    });
    const named = await createUser(database.db, system, {
      ...base,
      username: 'xu8',
      displayName: '别名',
      regionCode: '445281102207',
    });
    const file = ndjson('linked.ndjson', [
      { name: '何某', idNumber: adultIdNumber(30), villageCode: '445281102205' },
      { name: '秦七', idNumber: adultIdNumber(31), villageCode: '445281102206' },
      { name: '许八', idNumber: adultIdNumber(32), villageCode: '445281102207', username: 'xu8' },
    ]);
    expect(await run(file)).toMatchObject({ imported: 3 });
    expect((await personByNumber(adultIdNumber(30))).person.user_id).toBe(byId.id);
    expect((await personByNumber(adultIdNumber(31))).person.user_id).toBe(byName.id);
    expect((await personByNumber(adultIdNumber(32))).person.user_id).toBe(named.id);

    const wrong = ndjson('wrong-link.ndjson', [
      { name: '尤九', idNumber: adultIdNumber(33), villageCode: PUNING.village, username: 'xu8' },
    ]);
    const error = (await run(wrong).catch((e: unknown) => e)) as ImportProblems;
    expect(error.problems).toMatchObject([{ line: 1, field: 'username' }]);
  });
});

it('refuses a training day after today', async () => {
  const file = ndjson('future.ndjson', [
    { name: '未来', idNumber: adultIdNumber(40), villageCode: PUNING.village, trainedOn: ['2026-11-24'] },
  ]);
  const error = (await run(file).catch((e: unknown) => e)) as ImportProblems;
  expect(error.problems).toMatchObject([{ field: 'trainedOn[0]' }]);
});
