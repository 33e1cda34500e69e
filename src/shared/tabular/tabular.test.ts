import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { TextEncoder } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { cellBoolean, cellDate, cellList, cellText } from './cells.ts';
import { formatOf } from './format.ts';
import { aliasTable, fieldOf, normalizeHeader } from './headers.ts';
import { openTabular, type TabularRecord } from './read.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-tabular-'));

async function all(file: string): Promise<{ headers: string[]; records: TabularRecord[] }> {
  const t = await openTabular({ path: file });
  const records: TabularRecord[] = [];
  for await (const r of t.records) records.push(r);
  return { headers: t.headers, records };
}

describe('reading tabular files', () => {
  it('reads NDJSON with line numbers, skipping blank lines', async () => {
    const file = path.join(dir, 'a.ndjson');
    writeFileSync(file, '{"name":"张三","n":1}\n\n{"name":"李四"}\n');
    const { headers, records } = await all(file);
    expect(headers).toEqual(['name', 'n']);
    expect(records).toEqual([
      { number: 1, unit: 'line', values: { name: '张三', n: 1 } },
      { number: 3, unit: 'line', values: { name: '李四' } },
    ]);
  });

  it('names the line of malformed NDJSON', async () => {
    const file = path.join(dir, 'bad.ndjson');
    writeFileSync(file, '{"a":1}\n{"a":\n');
    await expect(all(file)).rejects.toMatchObject({ at: { file, line: 2 } });
    writeFileSync(file, '{"a":1}\n[1,2]\n');
    await expect(all(file)).rejects.toBeInstanceOf(InputError);
  });

  it('reads CSV in UTF-8 with a BOM and in GB18030 as Excel saves it', async () => {
    const utf8 = path.join(dir, 'u.csv');
    writeFileSync(utf8, '\uFEFF姓名,身份证号\r\n张三,11010519491231002X\r\n,\r\n"王,五",x\r\n');
    const a = await all(utf8);
    expect(a.headers).toEqual(['姓名', '身份证号']);
    expect(a.records).toEqual([
      { number: 2, unit: 'line', values: { 姓名: '张三', 身份证号: '11010519491231002X' } },
      { number: 4, unit: 'line', values: { 姓名: '王,五', 身份证号: 'x' } },
    ]);
    // 姓名,村 in GB18030 bytes
    const gbk = path.join(dir, 'g.csv');
    writeFileSync(
      gbk,
      Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xb4, 0xe5, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0x31, 0x0a]),
    );
    const b = await all(gbk);
    expect(b.headers).toEqual(['姓名', '村']);
    expect(b.records[0]?.values).toEqual({ 姓名: '张三', 村: '1' });
    expect(new TextEncoder().encode('x').length).toBe(1);
  });

  it('reads the first sheet of an XLSX with row numbers, dates as dates', async () => {
    const file = path.join(dir, 'a.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('儿童');
    ws.addRow(['姓名', '出生日期', '数量']);
    ws.addRow(['张三', new Date(Date.UTC(2013, 3, 2)), 3]);
    ws.addRow([]);
    ws.addRow([{ richText: [{ text: '李' }, { text: '四' }] }, '2014-05-06', null]);
    wb.addWorksheet('说明').addRow(['ignored']);
    await wb.xlsx.writeFile(file);
    const { headers, records } = await all(file);
    expect(headers).toEqual(['姓名', '出生日期', '数量']);
    expect(records.map((r) => r.number)).toEqual([2, 4]);
    expect(records[0]?.values.姓名).toBe('张三');
    expect(cellDate(records[0]?.values.出生日期)).toBe('2013-04-02');
    expect(records[1]?.values).toEqual({ 姓名: '李四', 出生日期: '2014-05-06' });
  });

  it('refuses what it cannot read, naming the file', async () => {
    expect(() => formatOf('kids.xls')).toThrow(/xlsx/);
    expect(() => formatOf('kids.txt')).toThrow(InputError);
    const fake = path.join(dir, 'fake.xlsx');
    writeFileSync(fake, 'not a zip');
    await expect(all(fake)).rejects.toBeInstanceOf(InputError);
  });
});

describe('headers and cells', () => {
  it('normalises headers as people type them', () => {
    expect(normalizeHeader(' 村（社区）代码 ')).toBe(normalizeHeader('村(社区)代码'));
    expect(normalizeHeader('\uFEFF姓名*')).toBe('姓名');
    const table = aliasTable({ villageCode: ['村（社区）代码', '村居代码'], name: ['姓名'] });
    expect(fieldOf('村(社区)代码', table)).toBe('villageCode');
    expect(fieldOf('villageCode', table)).toBe('villageCode');
    expect(fieldOf('备注', table)).toBe('备注');
  });

  it('reads dates, booleans and lists from cells', () => {
    expect(cellDate('2013/4/2')).toBe('2013-04-02');
    expect(cellDate('2013年4月2日')).toBe('2013-04-02');
    expect(cellDate('20130402')).toBe('2013-04-02');
    expect(cellDate('soon')).toBe('soon');
    expect(cellBoolean('是')).toBe(true);
    expect(cellBoolean('否')).toBe(false);
    expect(cellBoolean('maybe')).toBeUndefined();
    expect(cellList('孤儿、低保；残疾')).toEqual(['孤儿', '低保', '残疾']);
    expect(cellText('  ')).toBeNull();
  });
});

describe('a source that fails halfway (an upload cut off)', () => {
  async function* failing(text: string) {
    yield Buffer.from(text);
    await new Promise((r) => setTimeout(r, 10));
    throw new Error('连接中断');
  }
  it.each([
    ['名单.csv', '姓名,身份证号\n甲,1\n乙,2\n'],
    ['名单.ndjson', '{"姓名":"甲"}\n{"姓名":"乙"}\n'],
  ])(
    '%s: the reader fails with the source’s error, after the records read so far — never unhandled',
    async (name, text) => {
      const file = await openTabular({ stream: Readable.from(failing(text)), name });
      const seen: unknown[] = [];
      await expect(
        (async () => {
          for await (const r of file.records) seen.push(r);
        })(),
      ).rejects.toThrow('连接中断');
      expect(seen.length).toBeGreaterThanOrEqual(1);
    },
  );
});
