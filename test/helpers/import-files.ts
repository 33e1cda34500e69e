// Files of children as bureaus send them, for the import's tests and benchmark: NDJSON lines in the
// CONTRACT's shape, and the same children as spreadsheet rows under the template's Chinese headers.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { idCheckCharacter } from '../../src/domain/id-number.ts';

/** A valid resident ID number for a birth date; `sequence` (0–999) tells children apart, odd for boys. */
export function idNumberOf(birthDate: string, sequence: number, prefix = '445281'): string {
  const first17 = `${prefix}${birthDate.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

/** The CONTRACT's NDJSON example: a left-behind boy, father away 8 months, mother seriously ill. */
export function contractChild(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const idNumber =
    typeof overrides.idNumber === 'string' ? overrides.idNumber : idNumberOf('2013-04-02', 123);
  const sequence = Number(idNumber.slice(14, 17));
  return {
    externalId: 'A-0001',
    name: '张三',
    gender: sequence % 2 === 1 ? 'male' : 'female',
    idNumber,
    villageCode: '445281102201',
    birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
    hukouType: 'rural',
    guardianship: 'good',
    parents: [
      {
        relation: 'father',
        statuses: ['migrant'],
        migrantMonths: 8,
        crossCounty: true,
        coreUrbanBoth: false,
      },
      { relation: 'mother', statuses: ['severe_illness'] },
    ],
    conditions: ['school.dropout_suspected', 'assist.dibao'],
    interventions: [{ date: '2026-05-01', kind: 'assistance', note: '纳入低保' }],
    ...overrides,
  };
}

export function ndjson(records: readonly unknown[]): string {
  return records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
}

export function writeNdjson(dir: string, name: string, records: readonly unknown[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, ndjson(records));
  return file;
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function writeCsv(dir: string, name: string, rows: readonly (readonly unknown[])[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, csv(rows));
  return file;
}

/** An XLSX whose first sheet holds `rows` (the first is the header); cells keep their JS types. */
export async function xlsx(rows: readonly (readonly unknown[])[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('儿童信息');
  for (const row of rows) ws.addRow([...row]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function writeXlsx(
  dir: string,
  name: string,
  rows: readonly (readonly unknown[])[],
): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await xlsx(rows));
  return file;
}
