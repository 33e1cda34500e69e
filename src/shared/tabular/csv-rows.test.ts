// The lean CSV reader reads what csv-parse reads, however the bytes are cut into chunks.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { csvRows, type CsvRow } from './csv-rows.ts';

async function rows(text: string, chunk: number): Promise<CsvRow[]> {
  const bytes = Buffer.from(text);
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
  const out: CsvRow[] = [];
  for await (const row of csvRows(Readable.from(parts), 'x.csv')) out.push(row);
  return out;
}

const TRICKY = [
  '\uFEFF姓名,身份证号,备注',
  '张三,445281201503040116,"说明，含逗号"',
  '"李""四""",x,"两行',
  '的备注"',
  '',
  '王五,,末尾空',
  ',,',
  '赵六,1,"引号后"多余',
  '钱七,2,',
].join('\r\n');

describe('csvRows', () => {
  it.each([1, 2, 3, 7, 64, 65_536])(
    'reads quotes, escapes, line breaks and CRLF the as RFC 4180 says in chunks of %i bytes',
    async (chunk) => {
      const got = await rows(TRICKY, chunk);
      expect(got.map((r) => r.cells)).toEqual([
        ['姓名', '身份证号', '备注'],
        ['张三', '445281201503040116', '说明，含逗号'],
        ['李"四"', 'x', '两行\r\n的备注'],
        ['王五', '', '末尾空'],
        ['赵六', '1', '引号后多余'],
        ['钱七', '2', ''],
      ]);
      expect(got.map((r) => r.line)).toEqual([1, 2, 3, 6, 8, 9]);
    },
  );

  it('names the line of an unclosed quote', async () => {
    await expect(rows('a,b\n1,"open\n2,3\n', 4)).rejects.toMatchObject({ at: { file: 'x.csv', line: 2 } });
    await expect(rows('a,b\n1,"open', 4)).rejects.toBeInstanceOf(InputError);
  });

  it('keeps the last record without a final line break', async () => {
    expect((await rows('a,b\n1,2', 3)).map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect((await rows('a,b\n1,', 3)).map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
  });
});
