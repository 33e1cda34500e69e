// Streams records out of NDJSON, CSV or XLSX files without holding the file in memory, each with the line
// (text files) or row (spreadsheets) it came from, so that every message can say where.
import { createReadStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { TextDecoder } from 'node:util';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse';
import type ExcelJS from 'exceljs';
import { InputError } from '../errors.ts';
import type { Cell } from './cells.ts';
import { formatOf, type TabularFormat } from './format.ts';
import { uploadLimits } from '../upload/limits.ts';
import { cagedXlsxRows } from '../upload/xlsx-cage.ts';
import { utf8SafeWorkbookReader } from './xlsx-utf8.ts';

/** The largest .xlsx read (the web's uploads stop at 64 MB before this). */
const MAX_XLSX_BYTES = 128 * 1024 * 1024;

export interface TabularRecord {
  /** Line number (NDJSON, CSV; the header is line 1) or row number (XLSX), as the person sees it. */
  number: number;
  unit: 'line' | 'row';
  /** NDJSON: the parsed object. CSV/XLSX: original header → cell value (empty cells are absent). */
  values: Record<string, unknown>;
  /** With `tolerateBadLines`: why this NDJSON line could not be read (its values are then empty). */
  problem?: string;
}

export interface OpenOptions {
  /** NDJSON: yield a malformed line as a record with `problem` and read on, so every bad line can be named. */
  tolerateBadLines?: boolean;
  /** Called as the file's bytes are consumed, for progress on long reads. */
  onBytes?: (bytesRead: number) => void;
  /**
   * CSV/XLSX: the header is the first row this accepts among the first non-empty rows, so that a title row
   * above it (“2026年留守儿童摸排表”) is skipped; when it accepts none, the first non-empty row.
   */
  isHeader?: (cells: string[]) => boolean;
}

/** How many non-empty rows are looked at for the header. */
const HEADER_SEARCH = 10;

/** Of the first non-empty rows, the index of the header (see OpenOptions.isHeader). */
function headerIndex(rows: readonly string[][], isHeader: OpenOptions['isHeader']): number {
  if (!isHeader) return 0;
  const found = rows.findIndex((cells) => isHeader(cells));
  return found < 0 ? 0 : found;
}

export interface TabularFile {
  format: TabularFormat;
  /** The header row as written (CSV/XLSX); the keys of the first record (NDJSON). */
  headers: string[];
  records: AsyncGenerator<TabularRecord>;
}

export type TabularSource =
  | { path: string; name?: string }
  | { buffer: Buffer; name: string }
  /** Bytes read once as they arrive (an upload, or a file piped through a hash). */
  | { stream: Readable; name: string };

function sourceName(source: TabularSource): string {
  return source.name ?? ('path' in source ? source.path : 'upload');
}

/**
 * A buffer handed on in pieces: a CSV parser given a 50 MB upload as one chunk parses it all at once and
 * holds a million records (2.6 GB of server memory for a bad file) before the first is consumed.
 */
function* slices(buffer: Buffer, size = 64 * 1024): Generator<Buffer> {
  for (let at = 0; at < buffer.length; at += size) yield buffer.subarray(at, at + size);
}

function byteStream(source: TabularSource, options: OpenOptions = {}): Readable {
  const stream =
    'stream' in source
      ? source.stream
      : 'path' in source
        ? createReadStream(source.path)
        : Readable.from(slices(source.buffer));
  const { onBytes } = options;
  if (!onBytes) return stream;
  let read = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      onBytes((read += chunk.length));
      done(null, chunk);
    },
  });
  stream.on('error', (error: Error) => counter.destroy(error));
  return stream.pipe(counter);
}

/** UTF-8 (with or without BOM), or GB18030 as Excel on Chinese Windows saves CSV. */
export async function* decoded(bytes: Readable): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  for await (const chunk of bytes) {
    const buf = chunk as Buffer;
    if (!decoder) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, Math.min(buf.length, 65_536)), {
          stream: true,
        });
        decoder = new TextDecoder('utf-8');
      } catch {
        decoder = new TextDecoder('gb18030');
      }
    }
    yield decoder.decode(buf, { stream: true });
  }
  if (decoder) yield decoder.decode();
}

async function openNdjson(source: TabularSource, options: OpenOptions = {}): Promise<TabularFile> {
  const name = sourceName(source);
  const lines = createInterface({
    input: Readable.from(decoded(byteStream(source, options))),
    crlfDelay: Infinity,
  });
  const iterator = lines[Symbol.asyncIterator]();
  let lineNo = 0;
  const parseLine = (line: string, n: number): Record<string, unknown> => {
    let value: unknown;
    try {
      value = JSON.parse(line.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new InputError(`不是合法的 JSON（${(error as Error).message}）`, { file: name, line: n });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new InputError('每行应为一个 JSON 对象', { file: name, line: n });
    return value as Record<string, unknown>;
  };
  const record = (line: string, n: number): TabularRecord => {
    if (!options.tolerateBadLines) return { number: n, unit: 'line', values: parseLine(line, n) };
    try {
      return { number: n, unit: 'line', values: parseLine(line, n) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { number: n, unit: 'line', values: {}, problem: error.message };
    }
  };
  // Read ahead to the first record so that headers are known.
  let first: TabularRecord | null = null;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    lineNo += 1;
    if (next.value.trim() === '') continue;
    first = record(next.value, lineNo);
    break;
  }
  async function* records(): AsyncGenerator<TabularRecord> {
    if (first) yield first;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      lineNo += 1;
      if (next.value.trim() === '') continue;
      yield record(next.value, lineNo);
    }
  }
  return { format: 'ndjson', headers: first ? Object.keys(first.values) : [], records: records() };
}

function rowValues(headers: string[], cells: readonly Cell[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  headers.forEach((h, i) => {
    const v = cells[i];
    if (h && v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) values[h] = v;
  });
  return values;
}

async function openCsv(source: TabularSource, options: OpenOptions = {}): Promise<TabularFile> {
  const name = sourceName(source);
  const text = Readable.from(decoded(byteStream(source, options)));
  const csv = parseCsv({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    trim: false,
  });
  // pipe() does not pass a failing source on: without this, an upload cut off halfway was an unhandled
  // 'error' (the end of `serve`) and the reader waited for ever.
  text.on('error', (error: Error) => csv.destroy(error));
  const parser = text.pipe(csv);
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{
    record: string[];
    info: { lines: number };
  }>;
  type CsvRow = { record: string[]; info: { lines: number } };
  const next = async (): Promise<IteratorResult<CsvRow>> => {
    try {
      return await iterator.next();
    } catch (error) {
      // The parser's own complaints are the file's fault; anything else (the source failing) is itself.
      if (!String((error as { code?: unknown }).code ?? '').startsWith('CSV_')) throw error;
      throw new InputError(`CSV 格式错误（${(error as Error).message}）`, { file: name });
    }
  };
  const blank = (record: string[]) => record.every((c) => c.trim() === '');
  const leading: CsvRow[] = [];
  while (leading.length < (options.isHeader ? HEADER_SEARCH : 1)) {
    const row = await next();
    if (row.done) break;
    if (blank(row.value.record)) continue;
    leading.push(row.value);
    if (options.isHeader?.(row.value.record.map((h) => h.trim()))) break;
  }
  const at = headerIndex(
    leading.map((r) => r.record.map((h) => h.trim())),
    options.isHeader,
  );
  const headers = (leading[at]?.record ?? []).map((h) => h.trim());
  async function* records(): AsyncGenerator<TabularRecord> {
    for (const { record, info } of leading.slice(at + 1))
      yield { number: info.lines, unit: 'line', values: rowValues(headers, record) };
    for (;;) {
      const row = await next();
      if (row.done) return;
      const { record, info } = row.value;
      if (blank(record)) continue;
      yield { number: info.lines, unit: 'line', values: rowValues(headers, record) };
    }
  }
  return { format: 'csv', headers, records: records() };
}

function excelCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (
    value instanceof Date ||
    typeof value === 'number' ||
    typeof value === 'string' ||
    typeof value === 'boolean'
  )
    return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text; // hyperlink
    if ('result' in value) return excelCell(value.result as ExcelJS.CellValue); // formula
    if ('error' in value) return null;
  }
  return String(value);
}

export interface SheetRow {
  number: number;
  cells: Cell[];
}

/**
 * The first sheet's rows as read by exceljs, in this thread. Uploads go through xlsx-cage.ts, which runs
 * this in a worker with a memory limit after the zip's central directory was checked.
 */
export async function* xlsxRows(bytes: Readable): AsyncGenerator<SheetRow> {
  const reader = await utf8SafeWorkbookReader(bytes, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  const sheets = (reader as unknown as AsyncIterable<ExcelJS.stream.xlsx.WorksheetReader>)[
    Symbol.asyncIterator
  ]();
  const sheet = await sheets.next();
  if (sheet.done) return;
  for await (const row of sheet.value as unknown as AsyncIterable<ExcelJS.Row>)
    yield { number: row.number, cells: (row.values as ExcelJS.CellValue[]).slice(1).map(excelCell) };
}

async function openXlsx(source: TabularSource, options: OpenOptions = {}): Promise<TabularFile> {
  const name = sourceName(source);
  const rows = cagedXlsxRows(await wholeFile(source, name, options), name);
  let headers: string[] = [];
  let headerLength = 0;
  const asHeader = (cells: Cell[]) => cells.map((c) => (c === null ? '' : String(c).trim()));
  const blank = (cells: Cell[]) => cells.every((c) => c === null || String(c).trim() === '');
  let leading: SheetRow[] = [];
  try {
    while (leading.length < (options.isHeader ? HEADER_SEARCH : 1)) {
      const r = await rows.next();
      if (r.done) break;
      if (blank(r.value.cells)) continue;
      leading.push(r.value);
      if (options.isHeader?.(asHeader(r.value.cells))) break;
    }
  } catch (error) {
    await rows.return(undefined);
    throw error;
  }
  const at = headerIndex(
    leading.map((r) => asHeader(r.cells)),
    options.isHeader,
  );
  headers = asHeader(leading[at]?.cells ?? []);
  headerLength = headers.length;
  leading = leading.slice(at + 1);
  async function* records(): AsyncGenerator<TabularRecord> {
    try {
      for (const { number, cells } of leading)
        yield { number, unit: 'row', values: rowValues(headers, cells.slice(0, headerLength)) };
      for (;;) {
        const r = await rows.next();
        if (r.done) return;
        const cells = r.value.cells.slice(0, headerLength);
        if (blank(cells)) continue;
        yield { number: r.value.number, unit: 'row', values: rowValues(headers, cells) };
      }
    } finally {
      await rows.return(undefined);
    }
  }
  return { format: 'xlsx', headers, records: records() };
}

/** An .xlsx is read whole (its directory is at the end), up to the largest file accepted. */
async function wholeFile(source: TabularSource, name: string, options: OpenOptions): Promise<Buffer> {
  if ('buffer' in source) {
    options.onBytes?.(source.buffer.length);
    return source.buffer;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  const limit = MAX_XLSX_BYTES;
  for await (const chunk of byteStream(source, options)) {
    total += (chunk as Buffer).length;
    if (total > limit)
      throw new InputError(`Excel 文件超过 ${limit / 1024 / 1024} MB，请拆分后再上传`, { file: name });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Counts the records, refusing a file with more than the configured maximum. */
async function* counted(records: AsyncGenerator<TabularRecord>, name: string): AsyncGenerator<TabularRecord> {
  const { maxRows } = uploadLimits();
  let n = 0;
  try {
    for await (const record of records) {
      if (++n > maxRows)
        throw new InputError(`文件超过 ${maxRows} 条记录的上限，请拆分后再导入`, {
          file: name,
          [record.unit]: record.number,
        });
      yield record;
    }
  } finally {
    await records.return(undefined);
  }
}

/** Opens a file by its extension (or `format`), reading its header before the first record. */
export async function openTabular(
  source: TabularSource,
  format?: TabularFormat,
  options: OpenOptions = {},
): Promise<TabularFile> {
  const kind = format ?? formatOf(sourceName(source));
  const file =
    kind === 'ndjson'
      ? await openNdjson(source, options)
      : kind === 'csv'
        ? await openCsv(source, options)
        : await openXlsx(source, options);
  return { ...file, records: counted(file.records, sourceName(source)) };
}
