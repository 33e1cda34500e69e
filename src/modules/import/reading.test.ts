// Reading what people type into a spreadsheet: codes and their Chinese names (some with 、 inside),
// cells Excel has mangled, headers in Chinese or English, and NDJSON lines that are not JSON.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors.ts';
import { openTabular, type TabularRecord } from '../../shared/tabular/read.ts';
import { readBoolean, readDate, readGrade, readIdNumber, readMonths, readRegionCode } from './cells.ts';
import { CONDITION_TABLE, PARENT_STATUS_TABLE, lookupCode, readCodeList, HUKOU_TABLE } from './code-names.ts';
import { IMPORT_COLUMNS } from './columns.ts';
import { flatLayout, isHeaderRow, readFlatRecord } from './flat-record.ts';
import { mergeIncoming } from './merge.ts';
import { flatNamer, problemLine } from './problems.ts';

describe('codes in cells', () => {
  it.each([
    ['低保、特困', ['assist.dibao', 'assist.tekun']],
    ['低保边缘，孤儿', ['assist.dibao_marginal', 'orphan']],
    ['assist.dibao;school.dropout_suspected', ['assist.dibao', 'school.dropout_suspected']],
    ['（疑似）辍学', ['school.dropout_suspected']],
    ['(疑似)辍学 / 疑似辍学', ['school.dropout_suspected']],
    ['一级、二级残疾和三级、四级精神、智力残疾、低保', ['disability.severe', 'assist.dibao']],
    ['（疑似）遭受性侵害、虐待、拐卖、暴力伤害、遗弃等不法侵害', ['harm.suspected']],
    ['', []],
  ])('reads 情形 "%s"', (cell, codes) => {
    expect(readCodeList(CONDITION_TABLE, cell)).toEqual({ codes, unknown: [] });
  });

  it('names what matches no code, as written', () => {
    expect(readCodeList(CONDITION_TABLE, '低保、低保户口、外星人')).toEqual({
      codes: ['assist.dibao'],
      unknown: ['低保户口', '外星人'],
    });
  });

  it('reads parent statuses whose Chinese names hold separators', () => {
    expect(readCodeList(PARENT_STATUS_TABLE, '长期吸毒、酗酒、赌博')).toEqual({
      codes: ['substance_abuse'],
      unknown: [],
    });
    expect(readCodeList(PARENT_STATUS_TABLE, '外出务工、服刑')).toEqual({
      codes: ['migrant', 'imprisoned'],
      unknown: [],
    });
  });

  it('knows every code and every Chinese name of the code tables', () => {
    for (const [code, name] of Object.entries(CONDITION_TABLE.names)) {
      expect(lookupCode(CONDITION_TABLE, code)).toBe(code);
      expect(lookupCode(CONDITION_TABLE, name as string)).toBe(code);
    }
    expect(lookupCode(HUKOU_TABLE, '农村')).toBe('rural');
    expect(lookupCode(HUKOU_TABLE, '城镇')).toBe('urban');
    expect(lookupCode(HUKOU_TABLE, 'URBAN')).toBe('urban');
  });
});

describe('cells Excel has touched', () => {
  it('refuses an ID number stored as a number or in scientific notation', () => {
    expect(readIdNumber(Number('445281201304021238'))).toMatchObject({
      problem: expect.stringContaining('15位'),
    });
    expect(readIdNumber('4.45281E+17')).toMatchObject({ problem: expect.stringContaining('科学计数法') });
    expect(readIdNumber(' 44528120130402123X ')).toEqual({ value: '44528120130402123X' });
  });

  it('reads region codes from number cells, dates from serials and text, months, grades, yes and no', () => {
    expect(readRegionCode(445281102201)).toEqual({ value: '445281102201' });
    expect(readDate(45658)).toEqual({ value: '2025-01-01' });
    expect(readDate(20130402)).toEqual({ value: '2013-04-02' });
    expect(readDate('2013.4.2')).toEqual({ value: '2013-04-02' });
    expect(readMonths('8个月')).toEqual({ value: 8 });
    expect(readMonths('很久')).toHaveProperty('problem');
    expect(readGrade('二级')).toEqual({ value: 2 });
    expect(readGrade(3)).toEqual({ value: 3 });
    expect(readGrade('五级')).toHaveProperty('problem');
    expect(readBoolean('是')).toEqual({ value: true });
    expect(readBoolean('也许')).toHaveProperty('problem');
  });
});

describe('spreadsheet headers', () => {
  it('matches Chinese, English and snake_case headers, and lists the ones it ignores', () => {
    const layout = flatLayout(
      ['序号', '姓名*', '公民身份号码', '村(社区)代码', 'father_statuses', 'motherMigrantMonths', '备注2'],
      'a.csv',
    );
    expect(layout.columns.map((c) => c.column.key)).toEqual([
      'name',
      'idNumber',
      'villageCode',
      'fatherStatuses',
      'motherMigrantMonths',
    ]);
    expect(layout.ignored).toEqual(['序号', '备注2']);
  });

  it('refuses a file without a required column, or with one column twice', () => {
    expect(() => flatLayout(['姓名', '村（社区）代码'], 'a.csv')).toThrow(/身份证号（idNumber）/);
    expect(() => flatLayout(['姓名', '身份证号', '公民身份号码', '村（社区）代码'], 'a.csv')).toThrow(
      InputError,
    );
  });

  it('gives every column a distinct key, Chinese header and English header', () => {
    const keys = IMPORT_COLUMNS.map((c) => c.key);
    const headers = IMPORT_COLUMNS.map((c) => c.header);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(headers).size).toBe(headers.length);
    expect(flatLayout(keys, 'en.csv').columns).toHaveLength(keys.length);
    expect(flatLayout(headers, 'zh.csv').columns).toHaveLength(headers.length);
  });

  it('spreads flat columns over the nested record and names problems by column', () => {
    const layout = flatLayout(
      ['姓名', '身份证号', '村（社区）代码', '母亲状况', '委托照护人电话', '性别'],
      'a.csv',
    );
    const record: TabularRecord = {
      number: 7,
      unit: 'line',
      values: {
        姓名: '张三',
        身份证号: 'x',
        '村（社区）代码': '445281102201',
        母亲状况: '重病',
        性别: '男孩',
      },
    };
    const read = readFlatRecord(layout, record);
    expect(read.incoming).toMatchObject({
      fields: { name: '张三', idNumber: 'x', villageCode: '445281102201' },
      parentPatches: { mother: { statuses: ['severe_illness'] } },
      caregiverPatch: { phone: null },
    });
    expect(read.problems).toEqual([
      { field: 'gender', column: '性别', message: expect.stringContaining('男孩') },
    ]);
    const merged = mergeIncoming(null, read.incoming);
    expect(merged.parents).toEqual([{ relation: 'mother', statuses: ['severe_illness'] }]);
    expect(merged.caregiver).toBeNull();
    expect(flatNamer(layout)(['parents', 0, 'statuses'], merged)).toEqual({
      field: 'motherStatuses',
      column: '母亲状况',
    });
    expect(
      problemLine('a.csv', { number: 7, unit: 'line', field: 'idNumber', column: '身份证号', message: '错' }),
    ).toBe('a.csv，第7行，字段 idNumber（身份证号）: 错');
  });
});

describe('reading options the import adds to the tabular reader', () => {
  it('hands on malformed NDJSON lines as problems and reports bytes read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-reading-'));
    const file = path.join(dir, 'a.ndjson');
    const content = '{"a":1}\n{"a":\n\n[1]\n{"a":2}\n';
    writeFileSync(file, content);
    let bytes = 0;
    const t = await openTabular({ path: file }, undefined, {
      tolerateBadLines: true,
      onBytes: (n) => (bytes = n),
    });
    const records: TabularRecord[] = [];
    for await (const r of t.records) records.push(r);
    expect(records.map((r) => [r.number, r.problem === undefined])).toEqual([
      [1, true],
      [2, false],
      [4, false],
      [5, true],
    ]);
    expect(records[3]!.values).toEqual({ a: 2 });
    expect(bytes).toBe(Buffer.byteLength(content));
  });

  it('skips title rows above the header a caller recognises', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-reading-'));
    const file = path.join(dir, 'titled.csv');
    writeFileSync(file, '2026年摸排表,,\n,,\n姓名,身份证号,村（社区）代码\n张三,1,2\n');
    const t = await openTabular({ path: file }, undefined, { isHeader: isHeaderRow });
    const records: TabularRecord[] = [];
    for await (const r of t.records) records.push(r);
    expect(t.headers).toEqual(['姓名', '身份证号', '村（社区）代码']);
    expect(records).toEqual([
      { number: 4, unit: 'line', values: { 姓名: '张三', 身份证号: '1', '村（社区）代码': '2' } },
    ]);

    // No row it recognises: the first non-empty row is the header, and the rows after it are records.
    const plain = await openTabular({ path: file }, undefined, { isHeader: () => false });
    const rest: TabularRecord[] = [];
    for await (const r of plain.records) rest.push(r);
    expect(plain.headers[0]).toBe('2026年摸排表');
    expect(rest.map((r) => r.number)).toEqual([3, 4]);
  });
});
