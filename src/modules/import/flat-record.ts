// A spreadsheet row (CSV or XLSX) → one child as the file states it. The header decides which fields the
// file carries: a column the file has is authoritative (an empty cell clears the stored value), a column it
// lacks leaves the stored value alone.
import { cellText } from '../../shared/tabular/cells.ts';
import { fieldOf } from '../../shared/tabular/headers.ts';
import { InputError } from '../../shared/errors.ts';
import type { TabularRecord } from '../../shared/tabular/read.ts';
import { readCodeList, lookupCode, describeCodes } from './code-names.ts';
import {
  readBoolean,
  readDate,
  readGrade,
  readIdNumber,
  readMonths,
  readRegionCode,
  readText,
  type CellRead,
} from './cells.ts';
import { COLUMN_ALIASES, COLUMNS_BY_KEY, IMPORT_COLUMNS, type ImportColumn } from './columns.ts';
import type { IncomingChild, ReadRecord } from './record.ts';

export interface FlatLayout {
  columns: { header: string; column: ImportColumn }[];
  /** Headers that name no column: left out of the import, and said so. */
  ignored: string[];
  /** Column key → the header as the file writes it. */
  headerOf: Map<string, string>;
}

function columnLabel(c: ImportColumn): string {
  return `${c.header}（${c.key}）`;
}

/** Whether a row holds the required columns' headers: the header row, below any title rows. */
export function isHeaderRow(cells: readonly string[]): boolean {
  const keys = new Set(cells.filter(Boolean).map((h) => fieldOf(h, COLUMN_ALIASES)));
  return IMPORT_COLUMNS.every((c) => !c.required || keys.has(c.key));
}

/** Matches the file's headers to the columns; refuses a file without a required column or with one twice. */
export function flatLayout(headers: readonly string[], file: string): FlatLayout {
  const columns: FlatLayout['columns'] = [];
  const ignored: string[] = [];
  const headerOf = new Map<string, string>();
  for (const header of headers) {
    if (!header) continue;
    const column = COLUMNS_BY_KEY.get(fieldOf(header, COLUMN_ALIASES));
    if (!column) {
      ignored.push(header);
      continue;
    }
    const earlier = headerOf.get(column.key);
    if (earlier !== undefined)
      throw new InputError(`“${earlier}”和“${header}”两列都是${columnLabel(column)}，请只保留一列`, {
        file,
        field: column.key,
      });
    headerOf.set(column.key, header);
    columns.push({ header, column });
  }
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !headerOf.has(c.key));
  if (missing.length)
    throw new InputError(`缺少必填列：${missing.map(columnLabel).join('、')}`, {
      file,
      field: missing[0]!.key,
    });
  return { columns, ignored, headerOf };
}

function readCell(column: ImportColumn, raw: unknown): CellRead<unknown> {
  switch (column.kind) {
    case 'idNumber':
      return readIdNumber(raw);
    case 'regionCode':
      return readRegionCode(raw);
    case 'date':
      return readDate(raw);
    case 'boolean':
      return readBoolean(raw);
    case 'months':
      return readMonths(raw);
    case 'grade':
      return readGrade(raw);
    case 'code': {
      const text = cellText(raw);
      if (text === null) return { value: null };
      const code = lookupCode(column.table!, text);
      if (code === undefined)
        return { problem: `未知的${column.table!.what}“${text}”（可填：${describeCodes(column.table!)}）` };
      return { value: code };
    }
    case 'codeList': {
      const text = cellText(raw);
      if (text === null) return { value: [] };
      const { codes, unknown } = readCodeList(column.table!, text);
      if (unknown.length)
        return {
          problem: `未知的${column.table!.what}${unknown.map((u) => `“${u}”`).join('、')}（可填代码或中文名称，见模板“填写说明”）`,
        };
      return { value: codes };
    }
    default:
      return readText(raw);
  }
}

export function readFlatRecord(layout: FlatLayout, record: TabularRecord): ReadRecord {
  const incoming: IncomingChild = { fields: {}, interventions: [] };
  const problems: ReadRecord['problems'] = [];
  const intervention: Record<string, unknown> = {};
  for (const { header, column } of layout.columns) {
    const read = readCell(column, record.values[header]);
    if ('problem' in read) {
      problems.push({ field: column.key, column: header, message: read.problem });
      continue;
    }
    const [scope, sub] = column.target.split('.') as [string, string | undefined];
    if (sub === undefined) incoming.fields[scope] = read.value;
    else if (scope === 'father' || scope === 'mother') {
      incoming.parentPatches ??= {};
      (incoming.parentPatches[scope] ??= {})[sub] = read.value;
    } else if (scope === 'caregiver') (incoming.caregiverPatch ??= {})[sub] = read.value;
    else intervention[sub] = read.value;
  }
  if (Object.values(intervention).some((v) => v !== null && v !== undefined))
    incoming.interventions.push(intervention);
  return { number: record.number, unit: record.unit, incoming, problems };
}
