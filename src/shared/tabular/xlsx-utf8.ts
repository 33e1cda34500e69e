// exceljs 4.4's streaming reader turns each inflated chunk of a sheet into text on its own, so a character
// that straddles two chunks — any Chinese character, three bytes in UTF-8 — comes out as U+FFFD
// (exceljs issues #2084, #2316; the fixes proposed there are unmerged). Handing its parser text decoded by
// one streaming decoder per part keeps every character. This reaches into exceljs's internal methods
// (_parseWorksheet, _parseSharedStrings, _parseHyperlinks) of the pinned version; the test beside this
// file fails if an upgrade changes them.
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../xlsx/exceljs.ts';

type Chunks = AsyncIterable<Buffer | string>;

interface ReaderInternals {
  _parseWorksheet(iterator: Chunks, sheetNo: string): unknown;
  _parseHyperlinks(iterator: Chunks, sheetNo: string): unknown;
  _parseSharedStrings(entry: Readable): unknown;
}

async function* decoded(chunks: Chunks): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

export async function utf8SafeWorkbookReader(
  input: Readable,
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
): Promise<ExcelJS.stream.xlsx.WorkbookReader> {
  const reader = new (await loadExcelJS()).stream.xlsx.WorkbookReader(input, options);
  const internals = reader as unknown as ReaderInternals;
  for (const method of ['_parseWorksheet', '_parseHyperlinks'] as const) {
    const original = internals[method];
    if (typeof original !== 'function') throw new Error(`exceljs has no ${method}: see xlsx-utf8.ts`);
    internals[method] = (iterator, sheetNo) => original.call(reader, decoded(iterator), sheetNo);
  }
  const parseSharedStrings = internals._parseSharedStrings;
  if (typeof parseSharedStrings !== 'function')
    throw new Error('exceljs has no _parseSharedStrings: see xlsx-utf8.ts');
  internals._parseSharedStrings = (entry) => {
    entry.setEncoding('utf8');
    return parseSharedStrings.call(reader, entry);
  };
  return reader;
}
