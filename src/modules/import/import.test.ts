// Importing children against the real database: NDJSON, CSV and XLSX files; broken files that change
// nothing and name every line or row and field; --skip-invalid; re-imports that update in place; the
// assessment, mandatory report, audit and run log an import leaves; and the region rules.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { systemActor, type Actor } from '../access/actor.ts';
import { exitChild } from '../children/service.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import {
  contractChild,
  idNumberOf,
  writeCsv,
  writeNdjson,
  writeXlsx,
} from '../../../test/helpers/import-files.ts';
import { importChildren, type ImportRequest } from './service.ts';
import { InputError } from '../../shared/errors.ts';

const VILLAGE = '445281102201'; // 五福屿村委会, 赤岗镇, 普宁市
const NEIGHBOUR = '445281102202'; // 西林村委会, same township
const OTHER_TOWNSHIP_VILLAGE = '445281103201';
const JIANGNING_VILLAGE = '320115001001'; // 江宁区, loaded in the test database too

let database: TestDatabase;
const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-import-'));
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

function context(overrides: Partial<ServiceContext> = {}): ServiceContext {
  return {
    db: database.db,
    actor: systemActor('测试导入'),
    today: '2026-11-23',
    deploymentRegion: '445281',
    ...overrides,
  };
}

function run(file: string, options: Partial<ImportRequest> = {}, ctx = context()) {
  return importChildren(ctx, { source: { path: file }, fileName: path.basename(file), ...options });
}

const TABLES = [
  'child',
  'child_parent',
  'child_caregiver',
  'intervention',
  'assessment',
  'mandatory_report',
  'audit_event',
] as const;

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
      database.db,
    );
    out[table] = rows[0]!.n;
  }
  return out;
}

async function childByIdNumber(idNumber: string) {
  return database.db
    .selectFrom('child')
    .selectAll()
    .where('id_number', '=', idNumber)
    .executeTakeFirstOrThrow();
}

/** A child's parent rows as stored, father first. */
function parentsOf(childId: string) {
  return database.db
    .selectFrom('child_parent')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('relation')
    .execute();
}

describe('NDJSON', () => {
  it('imports the CONTRACT line: facts, parents, intervention, assessment, audit and the run', async () => {
    const line = contractChild();
    const outcome = await run(writeNdjson(dir, 'contract.ndjson', [line]));
    expect(outcome).toMatchObject({ committed: true, imported: 1, updated: 0, rejected: 0, problems: [] });

    const child = await childByIdNumber(line.idNumber as string);
    expect(child).toMatchObject({
      external_id: 'A-0001',
      name: '张三',
      gender: 'male',
      birth_date: '2013-04-02',
      village_code: VILLAGE,
      county_code: '445281',
      hukou_type: 'rural',
      guardianship: 'good',
      conditions: ['school.dropout_suspected', 'assist.dibao'],
      policy: 'puning',
      target: true,
      left_behind: true,
      level: 'yellow',
      version: 1,
      status: 'active',
      registered_on: '2026-11-23',
    });
    const parents = await parentsOf(child.id);
    expect(parents.map((p) => [p.relation, p.statuses, p.migrant_months, p.cross_county])).toEqual([
      ['father', ['migrant'], 8, true],
      ['mother', ['severe_illness'], null, null],
    ]);
    const interventions = await database.db
      .selectFrom('intervention')
      .select(['kind', 'note'])
      .where('child_id', '=', child.id)
      .execute();
    expect(interventions).toEqual([{ kind: 'assistance', note: '纳入低保' }]);
    const assessments = await database.db
      .selectFrom('assessment')
      .selectAll()
      .where('child_id', '=', child.id)
      .execute();
    expect(assessments).toHaveLength(1);
    expect(assessments[0]).toMatchObject({ trigger: 'import', level: 'yellow', policy: 'puning' });
    const audit = await database.db
      .selectFrom('audit_event')
      .select(['action', 'actor_name', 'detail'])
      .where('child_id', '=', child.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['child.created', 'child.level_changed']);
    expect(audit[0]).toMatchObject({
      actor_name: '测试导入',
      detail: { trigger: 'import', importRunId: outcome.runId, file: 'contract.ndjson', line: 1 },
    });
    const runRow = await database.db
      .selectFrom('import_run')
      .selectAll()
      .where('id', '=', outcome.runId!)
      .executeTakeFirstOrThrow();
    expect(runRow).toMatchObject({ kind: 'children', imported: 1, updated: 0, rejected: 0, errors: null });
    expect(runRow.finished_at).not.toBeNull();
  });

  it('opens the mandatory-report task of a red child, once', async () => {
    const line = contractChild({
      externalId: null,
      idNumber: idNumberOf('2012-06-01', 12),
      birthDate: null,
      conditions: ['harm.suspected'],
      interventions: [],
    });
    const file = writeNdjson(dir, 'red.ndjson', [line]);
    expect((await run(file)).imported).toBe(1);
    expect((await run(file)).updated).toBe(1);
    const child = await childByIdNumber(line.idNumber as string);
    expect(child).toMatchObject({ level: 'red', immediate: true, immediate_since: '2026-11-23' });
    const reports = await database.db
      .selectFrom('mandatory_report')
      .selectAll()
      .where('child_id', '=', child.id)
      .execute();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ source: 'auto', status: 'open', factors: ['harm.suspected'] });
  });

  it('names every bad line and its field, and writes nothing', async () => {
    const good = contractChild({
      externalId: null,
      idNumber: idNumberOf('2014-02-03', 31),
      interventions: [],
    });
    const badCheckDigit = idNumberOf('2014-02-03', 33).slice(0, 17) + '0';
    const file = writeNdjson(dir, 'broken.ndjson', [
      good,
      {
        ...good,
        idNumber:
          badCheckDigit === idNumberOf('2014-02-03', 33) ? `${badCheckDigit.slice(0, 17)}1` : badCheckDigit,
      },
      { ...good, idNumber: idNumberOf('2014-02-03', 35), villageCode: '445281102999' },
      { ...good, idNumber: idNumberOf('2014-02-03', 37), conditions: ['assist.dibao', 'no.such.code'] },
      '{"name": "坏行", ',
      { ...good, name: '重复' },
      '{"name":"数字","idNumber":445281201402030392,"villageCode":"445281102201"}',
    ]);
    const before = await counts();
    const outcome = await run(file);
    expect(outcome).toMatchObject({ committed: false, imported: 0, updated: 0, rejected: 6 });
    const byLine = Object.fromEntries(outcome.problems.map((p) => [p.number, p]));
    expect(byLine[2]).toMatchObject({
      unit: 'line',
      field: 'idNumber',
      message: expect.stringContaining('校验位'),
    });
    expect(byLine[3]).toMatchObject({
      field: 'villageCode',
      message: expect.stringContaining('445281102999'),
    });
    expect(byLine[4]).toMatchObject({
      field: 'conditions.1',
      message: expect.stringContaining('no.such.code'),
    });
    expect(byLine[5]).toMatchObject({ message: expect.stringContaining('JSON') });
    expect(byLine[5]!.field).toBeUndefined();
    expect(byLine[6]).toMatchObject({ field: 'idNumber', message: expect.stringContaining('第1行') });
    expect(byLine[7]).toMatchObject({ field: 'idNumber', message: expect.stringContaining('数字') });
    expect(byLine[1]).toBeUndefined();
    expect(await counts()).toEqual(before);
    const refused = await database.db
      .selectFrom('import_run')
      .selectAll()
      .where('id', '=', outcome.runId!)
      .executeTakeFirstOrThrow();
    expect(refused).toMatchObject({ imported: 0, updated: 0, rejected: 6 });
    expect(refused.errors).toHaveLength(6);
  });

  it('with skipInvalid imports the valid records and lists the others', async () => {
    const a = contractChild({ externalId: null, idNumber: idNumberOf('2015-05-05', 41), interventions: [] });
    const b = { ...a, idNumber: idNumberOf('2015-05-05', 43), villageCode: '445281102999' };
    const c = { ...a, idNumber: idNumberOf('2015-05-05', 45) };
    const outcome = await run(writeNdjson(dir, 'skip.ndjson', [a, b, c]), { skipInvalid: true });
    expect(outcome).toMatchObject({ committed: true, imported: 2, updated: 0, rejected: 1 });
    expect(outcome.problems).toEqual([
      expect.objectContaining({ number: 2, unit: 'line', field: 'villageCode' }),
    ]);
    await childByIdNumber(a.idNumber as string);
    await childByIdNumber(c.idNumber as string);
    expect(
      await database.db
        .selectFrom('child')
        .select('id')
        .where('id_number', '=', b.idNumber as string)
        .execute(),
    ).toEqual([]);
  });

  it('re-importing updates the child in place: version, audit of what changed, interventions once', async () => {
    const first = contractChild({ externalId: 'R-1', idNumber: idNumberOf('2013-09-09', 51) });
    const file1 = writeNdjson(dir, 'r1.ndjson', [first]);
    expect((await run(file1)).imported).toBe(1);
    const created = await childByIdNumber(first.idNumber as string);

    const second = {
      ...first,
      guardianship: 'poor',
      conditions: ['school.dropout_suspected', 'assist.dibao', 'assist.tekun'],
      interventions: [
        { date: '2026-05-01', kind: 'assistance', note: '纳入低保' },
        { date: '2026-08-01', kind: 'education', note: '返校复学' },
      ],
    };
    const outcome = await run(writeNdjson(dir, 'r2.ndjson', [second]));
    expect(outcome).toMatchObject({ imported: 0, updated: 1, rejected: 0 });
    const rows = await database.db
      .selectFrom('child')
      .selectAll()
      .where('id_number', '=', first.idNumber as string)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: created.id, version: 2, guardianship: 'poor' });
    expect(rows[0]!.conditions).toContain('assist.tekun');
    const updated = await database.db
      .selectFrom('audit_event')
      .select(['changes', 'detail'])
      .where('child_id', '=', created.id)
      .where('action', '=', 'child.updated')
      .execute();
    expect(updated).toHaveLength(1);
    expect((updated[0]!.changes as { field: string }[]).map((c) => c.field).sort()).toEqual([
      'conditions',
      'guardianship',
      'interventions',
    ]);
    expect(updated[0]!.detail).toMatchObject({ trigger: 'import', version: 2, importRunId: outcome.runId });
    const interventions = await database.db
      .selectFrom('intervention')
      .select('note')
      .where('child_id', '=', created.id)
      .orderBy('occurred_on')
      .execute();
    expect(interventions.map((i) => i.note)).toEqual(['纳入低保', '返校复学']);

    // The same file again: an update that changes nothing — a new version, audited with no changes.
    expect(await run(writeNdjson(dir, 'r3.ndjson', [second]))).toMatchObject({ imported: 0, updated: 1 });
    expect((await childByIdNumber(first.idNumber as string)).version).toBe(3);
    const audits = await database.db
      .selectFrom('audit_event')
      .select(['changes', 'detail'])
      .where('child_id', '=', created.id)
      .where('action', '=', 'child.updated')
      .orderBy('id')
      .execute();
    expect(audits).toHaveLength(2);
    expect(audits[1]).toMatchObject({ changes: [], detail: { version: 3 } });
    expect(
      await database.db.selectFrom('intervention').select('id').where('child_id', '=', created.id).execute(),
    ).toHaveLength(2);
  });

  it('keeps the first intervention date on the child row as the intervention triggers define it', async () => {
    const idNumber = idNumberOf('2014-04-04', 52);
    const earliest = async () => {
      const child = await childByIdNumber(idNumber);
      const { first } = await database.db
        .selectFrom('intervention')
        .select((eb) => eb.fn.min('occurred_on').as('first'))
        .where('child_id', '=', child.id)
        .executeTakeFirstOrThrow();
      return { onRow: child.first_intervention_on, fromInterventions: first };
    };
    const child = contractChild({ externalId: null, idNumber, interventions: [] });
    expect((await run(writeNdjson(dir, 'f1.ndjson', [child]))).imported).toBe(1);
    expect(await earliest()).toEqual({ onRow: null, fromInterventions: null });
    const later = [
      { date: '2026-06-01', kind: 'education', note: '返校复学' },
      { date: '2026-03-01', kind: 'assistance', note: '纳入低保' },
    ];
    expect((await run(writeNdjson(dir, 'f2.ndjson', [{ ...child, interventions: later }]))).updated).toBe(1);
    expect(await earliest()).toEqual({ onRow: '2026-03-01', fromInterventions: '2026-03-01' });
    const earlier = [...later, { date: '2026-01-15', kind: 'medical', note: '送医' }];
    expect((await run(writeNdjson(dir, 'f3.ndjson', [{ ...child, interventions: earlier }]))).updated).toBe(
      1,
    );
    expect(await earliest()).toEqual({ onRow: '2026-01-15', fromInterventions: '2026-01-15' });
    // A new child with interventions in the same file: set on its first write.
    const other = contractChild({
      externalId: null,
      idNumber: idNumberOf('2014-04-05', 53),
      interventions: later,
    });
    expect((await run(writeNdjson(dir, 'f4.ndjson', [other]))).imported).toBe(1);
    expect((await childByIdNumber(other.idNumber as string)).first_intervention_on).toBe('2026-03-01');
  });

  it('re-imports a file of several chunks: every registered child updated once, in place', async () => {
    // 1,100 children: three chunks of the import (500 a chunk), each written by COPY where the back end has it.
    const children = Array.from({ length: 1100 }, (_, i) =>
      contractChild({
        externalId: null,
        idNumber: idNumberOf(`2011-0${1 + (i % 9)}-15`, 100 + Math.floor(i / 9)),
        name: `批量${i}`,
        schoolName: '第一小学',
        interventions: [],
      }),
    );
    expect((await run(writeNdjson(dir, 'many1.ndjson', children))).imported).toBe(1100);
    const moved = children.map((c) => ({ ...c, schoolName: '第二小学' }));
    expect(await run(writeNdjson(dir, 'many2.ndjson', moved))).toMatchObject({
      imported: 0,
      updated: 1100,
      rejected: 0,
    });
    const rows = await database.db
      .selectFrom('child')
      .select(['school_name', 'version'])
      .where('name', 'like', '批量%')
      .execute();
    expect(rows).toHaveLength(1100);
    expect(new Set(rows.map((r) => `${r.school_name} v${r.version}`))).toEqual(new Set(['第二小学 v2']));
    const audited = await database.db
      .selectFrom('audit_event')
      .innerJoin('child', 'child.id', 'audit_event.child_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('child.name', 'like', '批量%')
      .where('audit_event.action', '=', 'child.updated')
      .executeTakeFirstOrThrow();
    expect(Number(audited.n)).toBe(1100);
    // And a third time within one file's chunks again (the temporary table of the upserts is the transaction's).
    expect((await run(writeNdjson(dir, 'many3.ndjson', children))).updated).toBe(1100);
    const back = await database.db
      .selectFrom('child')
      .select('school_name')
      .distinct()
      .where('name', 'like', '批量%')
      .execute();
    expect(back).toEqual([{ school_name: '第一小学' }]);
  });

  it('keeps stored values of fields a line leaves out', async () => {
    const line = contractChild({
      externalId: null,
      idNumber: idNumberOf('2013-10-10', 61),
      interventions: [],
    });
    await run(writeNdjson(dir, 'k1.ndjson', [line]));
    const { guardianship: _g, parents: _p, ...partial } = line;
    await run(writeNdjson(dir, 'k2.ndjson', [{ ...partial, schoolName: '赤岗镇中心小学' }]));
    const child = await childByIdNumber(line.idNumber as string);
    expect(child).toMatchObject({ guardianship: 'good', school_name: '赤岗镇中心小学', version: 2 });
    const parents = await database.db
      .selectFrom('child_parent')
      .select('relation')
      .where('child_id', '=', child.id)
      .execute();
    expect(parents).toHaveLength(2);
  });

  it('does not change a child who has left the register', async () => {
    const line = contractChild({
      externalId: null,
      idNumber: idNumberOf('2010-01-01', 71),
      interventions: [],
    });
    const file = writeNdjson(dir, 'exit.ndjson', [line]);
    await run(file);
    const child = await childByIdNumber(line.idNumber as string);
    await exitChild(context(), child.id, { reason: 'moved_away', exitedOn: '2026-11-23', version: 1 });
    const outcome = await run(file);
    expect(outcome.rejected).toBe(1);
    expect(outcome.problems[0]).toMatchObject({
      field: 'idNumber',
      message: expect.stringContaining('退出登记'),
    });
  });

  it('finds a child without hukou (no ID number) again by its external id', async () => {
    const line = {
      externalId: 'NH-1',
      name: '无户籍儿童',
      birthDate: '2016-03-03',
      villageCode: VILLAGE,
      hukouType: 'rural',
      conditions: ['no_hukou'],
    };
    expect((await run(writeNdjson(dir, 'nh1.ndjson', [line]))).imported).toBe(1);
    expect(await run(writeNdjson(dir, 'nh2.ndjson', [{ ...line, guardianship: 'fair' }]))).toMatchObject({
      imported: 0,
      updated: 1,
    });
    const rows = await database.db
      .selectFrom('child')
      .selectAll()
      .where('external_id', '=', 'NH-1')
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ guardianship: 'fair', id_number: null });

    const refused = await run(
      writeNdjson(dir, 'nh3.ndjson', [
        { ...line, externalId: null },
        { ...line, externalId: 'NH-2', conditions: [] },
      ]),
    );
    expect(refused.problems.map((p) => [p.number, p.field])).toEqual([
      [1, 'externalId'],
      [2, 'idNumber'],
    ]);
  });

  it('a dry run judges and previews but writes nothing', async () => {
    const line = contractChild({ externalId: null, idNumber: idNumberOf('2011-11-11', 81) });
    const before = await counts();
    const outcome = await run(writeNdjson(dir, 'dry.ndjson', [line]), { dryRun: true });
    expect(outcome).toMatchObject({ dryRun: true, committed: false, runId: null, imported: 1, rejected: 0 });
    expect(outcome.preview[0]).toMatchObject({
      number: 1,
      action: 'create',
      level: 'yellow',
      target: true,
      villageName: '五福屿村委会',
      child: { name: '张三', idNumber: line.idNumber },
    });
    expect(await counts()).toEqual(before);
  });
});

const CHINESE_HEADERS = [
  '序号',
  '姓名',
  '身份证号',
  '村（社区）代码',
  '性别',
  '出生日期',
  '户籍类型',
  '监护状况',
  '情形',
  '父亲状况',
  '父亲外出务工月数',
  '父亲是否跨县务工',
  '父亲务工地与户籍地均在核心城区',
  '母亲状况',
  '委托照护人',
  '委托照护人电话',
  '确认书签订日期',
  '学校',
  '干预日期',
  '干预措施',
  '干预情况',
];

describe('spreadsheets', () => {
  it('reads a CSV with Chinese headers, Chinese names for codes, several in one cell', async () => {
    const id = idNumberOf('2014-07-07', 91);
    const file = writeCsv(dir, '儿童.csv', [
      CHINESE_HEADERS,
      [
        1,
        '王五',
        id,
        VILLAGE,
        '男',
        '2014/7/7',
        '农村',
        '一般',
        // (not 孤儿: this child has parents, and an orphan with parents is refused as contradictory)
        '（疑似）监护严重不足（抚养人为失能半失能老人、无或限制民事行为能力人）、低保；患重病',
        '外出务工',
        '8个月',
        '是',
        '否',
        '服刑在押',
        '张奶奶',
        '13800138000',
        '2026年1月5日',
        '赤岗镇中心小学',
        '2026-05-01',
        '救助保障',
        '纳入低保',
      ],
    ]);
    const outcome = await run(file);
    expect(outcome).toMatchObject({ committed: true, imported: 1, rejected: 0, ignoredColumns: ['序号'] });
    const child = await childByIdNumber(id);
    expect(child).toMatchObject({
      name: '王五',
      gender: 'male',
      hukou_type: 'rural',
      guardianship: 'fair',
      conditions: ['guardianship.severely_insufficient', 'assist.dibao', 'illness.severe'],
      school_name: '赤岗镇中心小学',
      level: 'yellow',
      left_behind: true,
    });
    const parents = await parentsOf(child.id);
    expect(
      parents.map((p) => [p.relation, p.statuses, p.migrant_months, p.cross_county, p.core_urban_both]),
    ).toEqual([
      ['father', ['migrant'], 8, true, false],
      ['mother', ['imprisoned'], null, null, null],
    ]);
    const caregiver = await database.db
      .selectFrom('child_caregiver')
      .selectAll()
      .where('child_id', '=', child.id)
      .executeTakeFirstOrThrow();
    expect(caregiver).toMatchObject({
      name: '张奶奶',
      phone: '13800138000',
      agreement_signed_on: '2026-01-05',
    });
  });

  it('reads a CSV with English headers and codes', async () => {
    const id = idNumberOf('2015-08-08', 102);
    const file = writeCsv(dir, 'english.csv', [
      ['name', 'idNumber', 'villageCode', 'hukouType', 'conditions', 'fatherStatuses', 'fatherMigrantMonths', 'fatherCrossCounty', 'motherStatuses'],
      ['Li Na', id, NEIGHBOUR, 'rural', 'school.dropout_suspected;assist.dibao', 'migrant', 7, 'true', 'deceased'],
    ]); // prettier-ignore
    expect(await run(file)).toMatchObject({ imported: 1, rejected: 0, ignoredColumns: [] });
    expect(await childByIdNumber(id)).toMatchObject({
      gender: 'female',
      conditions: ['school.dropout_suspected', 'assist.dibao'],
      level: 'yellow',
    });
  });

  it('reads an XLSX by row number, and says when Excel has eaten an ID number’s digits', async () => {
    const good = idNumberOf('2012-12-12', 111);
    const file = await writeXlsx(dir, 'children.xlsx', [
      [
        '姓名',
        '公民身份号码',
        '村（社区）代码',
        '出生日期',
        '户籍类型',
        '情形',
        '父亲状况',
        '父亲外出务工月数',
      ],
      ['赵六', good, Number(VILLAGE), new Date(Date.UTC(2012, 11, 12)), '农村', '低保', '外出务工', 9],
      [],
      // What Excel keeps of an ID number typed as a number: 15 significant digits.
      ['钱七', Number('445281201212121230'), VILLAGE, null, '农村', null, null, null],
      ['孙八', idNumberOf('2012-12-12', 113), VILLAGE, null, '农村', '外星人', null, '很久'],
    ]);
    const before = await counts();
    const outcome = await run(file);
    expect(outcome).toMatchObject({ committed: false, rejected: 2 });
    expect(outcome.problems).toEqual([
      expect.objectContaining({ number: 4, unit: 'row', field: 'idNumber', column: '公民身份号码', message: expect.stringContaining('文本') }),
      expect.objectContaining({ number: 5, unit: 'row', field: 'conditions', column: '情形', message: expect.stringContaining('外星人') }),
      expect.objectContaining({ number: 5, unit: 'row', field: 'fatherMigrantMonths', column: '父亲外出务工月数' }),
    ]); // prettier-ignore
    expect(await counts()).toEqual(before);

    expect(await run(file, { skipInvalid: true })).toMatchObject({
      committed: true,
      imported: 1,
      rejected: 2,
    });
    expect(await childByIdNumber(good)).toMatchObject({
      name: '赵六',
      birth_date: '2012-12-12',
      conditions: ['assist.dibao'],
    });
  });

  it('finds the header below a title row, and counts rows as Excel does', async () => {
    const file = await writeXlsx(dir, 'titled.xlsx', [
      ['2026年普宁市农村留守儿童和困境儿童摸排表'],
      [],
      ['序号', '姓名', '身份证号', '村（社区）代码', '户籍类型'],
      [1, '标题下', idNumberOf('2012-02-02', 115), VILLAGE, '农村'],
      [2, '坏号码', idNumberOf('2012-02-02', 117).slice(0, 17), VILLAGE, '农村'],
    ]);
    const outcome = await run(file, { skipInvalid: true });
    expect(outcome).toMatchObject({ imported: 1, rejected: 1, ignoredColumns: ['序号'] });
    expect(outcome.problems).toEqual([
      expect.objectContaining({ number: 5, unit: 'row', field: 'idNumber' }),
    ]);
    expect(await childByIdNumber(idNumberOf('2012-02-02', 115))).toMatchObject({ name: '标题下' });
  });

  it('refuses a file without a required column as a whole, naming the column', async () => {
    const file = writeCsv(dir, 'no-village.csv', [
      ['姓名', '身份证号'],
      ['周九', idNumberOf('2013-01-01', 121)],
    ]);
    const before = await counts();
    const error = await run(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).at).toMatchObject({ file: 'no-village.csv', field: 'villageCode' });
    expect((error as InputError).message).toContain('村（社区）代码');
    expect(await counts()).toEqual(before);
  });

  it('merges parent columns into the stored parent on re-import', async () => {
    const line = contractChild({
      externalId: null,
      idNumber: idNumberOf('2013-03-03', 131),
      interventions: [],
    });
    (line.parents as Record<string, unknown>[])[0]!.name = '张大山';
    await run(writeNdjson(dir, 'p1.ndjson', [line]));
    const file = writeCsv(dir, 'p2.csv', [
      ['姓名', '身份证号', '村（社区）代码', '父亲状况', '父亲外出务工月数'],
      ['张三', line.idNumber, VILLAGE, '外出务工', 10],
    ]);
    expect(await run(file)).toMatchObject({ updated: 1, rejected: 0 });
    const child = await childByIdNumber(line.idNumber as string);
    const father = await database.db
      .selectFrom('child_parent')
      .selectAll()
      .where('child_id', '=', child.id)
      .where('relation', '=', 'father')
      .executeTakeFirstOrThrow();
    expect(father).toMatchObject({ name: '张大山', migrant_months: 10, cross_county: true });
  });
});

describe('regions', () => {
  it('refuses villages outside the deployment region', async () => {
    const line = contractChild({
      externalId: null,
      idNumber: idNumberOf('2013-05-05', 141),
      villageCode: JIANGNING_VILLAGE,
    });
    const outcome = await run(writeNdjson(dir, 'jiangning.ndjson', [line]));
    expect(outcome.problems).toEqual([
      expect.objectContaining({ field: 'villageCode', message: expect.stringContaining('不在本系统辖区') }),
    ]);
  });

  it('limits the villages to the actor’s region', async () => {
    const staff: Actor = { id: null, name: '赤岗镇', role: 'civil_affairs', regionCode: '445281102000' };
    const line = contractChild({
      externalId: null,
      idNumber: idNumberOf('2013-05-05', 143),
      villageCode: OTHER_TOWNSHIP_VILLAGE,
    });
    const outcome = await run(writeNdjson(dir, 'township.ndjson', [line]), {}, context({ actor: staff }));
    expect(outcome.problems).toEqual([
      expect.objectContaining({ field: 'villageCode', message: expect.stringContaining('不在您的辖区内') }),
    ]);
  });

  it('refuses an actor without the import permission', async () => {
    const director: Actor = { id: null, name: '儿童主任', role: 'director', regionCode: VILLAGE };
    const file = writeNdjson(dir, 'director.ndjson', [
      contractChild({ idNumber: idNumberOf('2013-05-05', 145) }),
    ]);
    await expect(run(file, {}, context({ actor: director }))).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('moves a child to another county on re-import: one row, its records along (0088)', async () => {
    const line = contractChild({ externalId: null, idNumber: idNumberOf('2013-07-07', 161) });
    expect((await run(writeNdjson(dir, 'move-1.ndjson', [line]))).imported).toBe(1);
    const before = await childByIdNumber(line.idNumber as string);
    expect(before.county_code).toBe('445281');
    const outcome = await run(
      writeNdjson(dir, 'move-2.ndjson', [{ ...line, villageCode: JIANGNING_VILLAGE }]),
      {},
      context({ deploymentRegion: null }),
    );
    expect(outcome).toMatchObject({ imported: 0, updated: 1, rejected: 0 });
    const rows = await database.db
      .selectFrom('child')
      .select(['id', 'county_code', 'village_code'])
      .where('id_number', '=', line.idNumber as string)
      .execute();
    expect(rows).toEqual([{ id: before.id, county_code: '320115', village_code: JIANGNING_VILLAGE }]);
    const counties = await sql<{ county_code: string }>`
      select county_code from child_parent where child_id = ${before.id}
      union select county_code from assessment where child_id = ${before.id}`.execute(database.db);
    expect(counties.rows).toEqual([{ county_code: '320115' }]);
  });

  it('without a deployment region, loads the counties the file names before judging it', async () => {
    const dongcheng = '110101001001'; // 北京市东城区, not in the test database
    const line = contractChild({
      externalId: null,
      idNumber: idNumberOf('2013-06-06', 151, '110101'),
      villageCode: dongcheng,
    });
    const unknown = {
      ...line,
      idNumber: idNumberOf('2013-06-06', 153, '110101'),
      villageCode: '110101001999',
    };
    const outcome = await run(
      writeNdjson(dir, 'beijing.ndjson', [line, unknown]),
      { skipInvalid: true },
      context({ deploymentRegion: null }),
    );
    expect(outcome).toMatchObject({ imported: 1, rejected: 1 });
    expect(outcome.problems).toEqual([
      expect.objectContaining({
        number: 2,
        field: 'villageCode',
        message: expect.stringContaining('不存在'),
      }),
    ]);
    const child = await childByIdNumber(line.idNumber as string);
    expect(child).toMatchObject({ village_code: dongcheng, policy: 'national' });
  });
});
