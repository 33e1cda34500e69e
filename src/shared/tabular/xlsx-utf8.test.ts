// exceljs 4.4's streaming reader decodes each inflated chunk of a sheet on its own, so a Chinese character
// that straddles two chunks came out as two U+FFFD (exceljs issues #2084, #2316). A roster of thousands of
// Chinese names must read back exactly.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openTabular } from './read.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-xlsx-utf8-'));
const names = Array.from(
  { length: 3000 },
  (_, i) => `儿童${'张王李赵钱孙周吴郑'[i % 9]}${i}号：父母外出务工，委托祖母照护`,
);

async function readNames(file: string): Promise<string[]> {
  const t = await openTabular({ path: file });
  const out: string[] = [];
  for await (const r of t.records) out.push(r.values['姓名'] as string);
  return out;
}

describe('reading Chinese text from large XLSX files', () => {
  it('keeps every character of shared strings (as Excel writes them)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('儿童');
    ws.addRow(['姓名']);
    for (const n of names) ws.addRow([n]);
    const file = path.join(dir, 'shared.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(await readNames(file)).toEqual(names);
  });

  it('keeps every character of inline strings (as streaming writers write them)', async () => {
    const file = path.join(dir, 'inline.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const ws = wb.addWorksheet('儿童');
    ws.addRow(['姓名']).commit();
    for (const n of names) ws.addRow([n]).commit();
    ws.commit();
    await wb.commit();
    expect(await readNames(file)).toEqual(names);
  });
});
