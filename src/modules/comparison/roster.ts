// Reads a roster file row by row, as it streams, into the values the staging table holds. A row that cannot
// be read (a missing required value, a bad date, an unknown code, malformed JSON) stops the whole roster with
// its line or row and field named. An ID number that fails its check digit is not such a row: it is read as
// written and left to probable matching.
import { normalizeIdNumber } from '../../domain/id-number.ts';
import { cellText } from '../../shared/tabular/cells.ts';
import { aliasTable, normalizeHeader } from '../../shared/tabular/headers.ts';
import type { Readable } from 'node:stream';
import { csvBatches, type CsvRow } from '../../shared/tabular/csv-rows.ts';
import { formatOf } from '../../shared/tabular/format.ts';
import { openTabular, type TabularSource } from '../../shared/tabular/read.ts';
import { InputError, type InputLocation } from '../../shared/errors.ts';
import { validIdBirthDate } from './fast-checks.ts';
import { COMMON_FIELDS, ID_NUMBER_ALIASES } from './fields.ts';
import type { RosterField, RosterRule } from './rule.ts';

export interface RosterRow {
  /** The line (text files) or row (spreadsheets) the person sees. */
  number: number;
  idNumber: string | null;
  idValid: boolean;
  name: string;
  birthDate: string;
  villageCode: string | null;
  /** The rule's own fields, in the order of rule.fields. */
  values: unknown[];
}

export interface RosterReader {
  unit: 'line' | 'row';
  /** The rows in batches (as the file's chunks complete them), in file order. */
  batches: AsyncGenerator<RosterRow[]>;
}

const ID_FIELD = 'idNumber';

function describe(f: { field: string; label: string }): string {
  return `${f.label}（${f.field}）`;
}

/** A record from any format: its line or row, and its cell for a field (by header or NDJSON key). */
interface SourceRecord {
  number: number;
  get(field: string): unknown;
  /** The cell of the reader's i-th field (same as get(fields[i].field)). */
  at(index: number): unknown;
  /** NDJSON only: the fields its keys name, to refuse a line that lacks a required one. */
  fields?: Set<string>;
}

/** A CSV row read through the column indexes of its fields; one cursor serves every row of a batch. */
class CsvCursor implements SourceRecord {
  number = 0;
  cells: string[] = [];
  private readonly byIndex: (number[] | undefined)[];
  constructor(
    private readonly columns: Map<string, number[]>,
    fields: readonly { field: string }[],
  ) {
    this.byIndex = fields.map((f) => columns.get(f.field));
  }
  get(field: string): unknown {
    return this.cell(this.columns.get(field));
  }
  at(index: number): unknown {
    return this.cell(this.byIndex[index]);
  }
  private cell(at: number[] | undefined): unknown {
    if (!at) return undefined;
    for (const i of at) {
      const cell = this.cells[i];
      if (cell !== undefined && cell.trim() !== '') return cell;
    }
    return undefined;
  }
}

/** The resolved ID number: written as on the roster (normalised), and whether it is a valid one. */
function readIdNumber(value: unknown): { idNumber: string | null; valid: boolean; birthDate: string | null } {
  const text = cellText(value);
  if (text === null) return { idNumber: null, valid: false, birthDate: null };
  const idNumber = (CANONICAL_ID.test(text) ? text : normalizeIdNumber(text)).slice(0, 40);
  if (!idNumber) return { idNumber: null, valid: false, birthDate: null };
  const birthDate = validIdBirthDate(idNumber);
  return { idNumber, valid: birthDate !== null, birthDate };
}
const CANONICAL_ID = /^\d{17}[\dX]$/;

export async function openRoster(
  source: TabularSource & { stream: Readable },
  fileName: string,
  rule: RosterRule,
): Promise<RosterReader> {
  const fields: RosterField[] = [
    COMMON_FIELDS.name,
    COMMON_FIELDS.birthDate,
    COMMON_FIELDS.villageCode,
    ...rule.fields,
  ];
  const aliases = aliasTable({
    [ID_FIELD]: ID_NUMBER_ALIASES,
    ...Object.fromEntries(fields.map((f) => [f.field, f.aliases])),
  });
  const fieldOf = (header: string): string | null => aliases.get(normalizeHeader(header)) ?? null;
  const required = [{ field: ID_FIELD, label: '身份证号' }, ...fields.filter((f) => f.required)];
  const format = formatOf(fileName);
  const unit = format === 'xlsx' ? 'row' : 'line';
  const at = (n: number, field?: string): InputLocation =>
    unit === 'row' ? { file: fileName, row: n, field } : { file: fileName, line: n, field };
  const aliasesOf = (name: string): readonly string[] =>
    name === ID_FIELD ? ID_NUMBER_ALIASES : (fields.find((f) => f.field === name)?.aliases ?? []);

  /** A header row that lacks a required column stops the roster before any row is read. */
  function checkHeaders(headers: readonly string[], headerLine: number | null) {
    const present = new Set(headers.map(fieldOf));
    const missing = required.find((f) => !present.has(f.field));
    if (missing)
      throw new InputError(
        `缺少必需的列：${describe(missing)}（表头应含 ${[missing.field, ...aliasesOf(missing.field)].join('、')} 之一）`,
        { file: fileName, ...(headerLine !== null ? { line: headerLine } : {}), field: missing.field },
      );
  }

  const requiredAt = fields.map((f) => f.required);
  const NAME = fields.indexOf(COMMON_FIELDS.name);
  const BIRTH_DATE = fields.indexOf(COMMON_FIELDS.birthDate);
  const VILLAGE = fields.indexOf(COMMON_FIELDS.villageCode);
  const OWN_FIELDS = fields.length - rule.fields.length;

  /**
   * One record to the row the staging table holds; bad values stop the roster with where they are. Fields
   * go by their index in `fields` (cells by precomputed columns): this runs once per row of a million.
   */
  function toRow(record: SourceRecord): RosterRow {
    if (record.fields) {
      const missing = required.find((f) => !record.fields!.has(f.field));
      if (missing)
        throw new InputError(`缺少必需的字段 ${describe(missing)}`, at(record.number, missing.field));
    }
    const id = readIdNumber(record.get(ID_FIELD));
    const values = new Array<unknown>(fields.length);
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      const result = f.parse(record.at(i));
      if (!result.ok) throw new InputError(`${describe(f)}：${result.message}`, at(record.number, f.field));
      values[i] = result.value;
    }
    // A birth date left empty is read from a valid ID number; it is needed to match without one.
    if (values[BIRTH_DATE] === null && id.birthDate) values[BIRTH_DATE] = id.birthDate;
    for (let i = 0; i < fields.length; i++)
      if (requiredAt[i] && values[i] === null)
        throw new InputError(`${describe(fields[i]!)}不能为空`, at(record.number, fields[i]!.field));
    if (rule.checkRow) {
      const problem = rule.checkRow(Object.fromEntries(fields.map((f, i) => [f.field, values[i]])));
      if (problem) throw new InputError(problem.message, at(record.number, problem.field));
    }
    return {
      number: record.number,
      idNumber: id.idNumber,
      idValid: id.valid,
      name: values[NAME] as string,
      birthDate: values[BIRTH_DATE] as string,
      villageCode: values[VILLAGE] as string | null,
      values: values.slice(OWN_FIELDS),
    };
  }

  let batches: AsyncGenerator<RosterRow[]>;
  if (format === 'csv') {
    // CSV is the format of the largest rosters: read lean, cells by column index, a batch per chunk.
    const csv = csvBatches(source.stream, fileName);
    const first = await csv.next();
    const header = first.done ? undefined : first.value[0];
    const headers = header ? header.cells.map((h) => h.trim()) : [];
    checkHeaders(headers, header ? header.line : 1);
    const columns = new Map<string, number[]>();
    headers.forEach((h, i) => {
      const f = fieldOf(h);
      if (f !== null) columns.set(f, [...(columns.get(f) ?? []), i]);
    });
    const cursor = new CsvCursor(columns, fields);
    const convert = (rows: CsvRow[]) =>
      rows.map((row) => {
        cursor.number = row.line;
        cursor.cells = row.cells;
        return toRow(cursor);
      });
    batches = (async function* () {
      if (!first.done && first.value.length > 1) yield convert(first.value.slice(1));
      for await (const rows of csv) yield convert(rows);
    })();
  } else {
    const file = await openTabular(source, format);
    if (format === 'xlsx') checkHeaders(file.headers, null);
    const headersOf = new Map<string, string | null>();
    const lookup = (header: string) => {
      let f = headersOf.get(header);
      if (f === undefined) headersOf.set(header, (f = fieldOf(header)));
      return f;
    };
    batches = (async function* () {
      let batch: RosterRow[] = [];
      for await (const record of file.records) {
        const byField = new Map<string, unknown>();
        for (const [header, value] of Object.entries(record.values)) {
          const f = lookup(header);
          if (f === null || value === null || value === undefined || value === '') continue;
          if (!byField.has(f)) byField.set(f, value);
        }
        batch.push(
          toRow({
            number: record.number,
            get: (field: string) => byField.get(field),
            at: (index: number) => byField.get(fields[index]!.field),
            ...(format === 'ndjson'
              ? {
                  fields: new Set(
                    Object.keys(record.values)
                      .map(lookup)
                      .filter((f) => f !== null),
                  ),
                }
              : {}),
          }),
        );
        if (batch.length >= 1000) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    })();
  }

  return { unit, batches };
}
