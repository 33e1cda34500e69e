// Children and roster files for the comparison tests: registered through the register's own service, and
// written as real NDJSON, CSV and XLSX files.
import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.ts';
import { systemActor, type Actor } from '../../src/modules/access/actor.ts';
import { createChild } from '../../src/modules/children/service.ts';
import type { ServiceContext } from '../../src/shared/service-context.ts';
import type { ChildInput } from '../../src/modules/children/schemas.ts';
import { runComparison } from '../../src/modules/comparison/run.ts';

export const TODAY = '2026-11-23';

export const MIGRANT_PARENTS = [
  { relation: 'father', statuses: ['migrant'], migrantMonths: 8, crossCounty: true, coreUrbanBoth: false },
  { relation: 'mother', statuses: ['migrant'], migrantMonths: 8, crossCounty: true, coreUrbanBoth: false },
] as ChildInput['parents'];

export function systemContext(db: Kysely<DB>, actor: Actor = systemActor('测试')): ServiceContext {
  return { db, actor, today: TODAY, deploymentRegion: null };
}

/** Registers a child (left-behind unless told otherwise) and returns its id. */
export async function registerChild(
  db: Kysely<DB>,
  input: Partial<ChildInput> & { name: string; idNumber: string | null; villageCode: string },
): Promise<string> {
  const { id } = await createChild(systemContext(db), {
    hukouType: 'rural',
    parents: MIGRANT_PARENTS,
    conditions: [],
    ...input,
  } as ChildInput);
  return id;
}

const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-compare-'));
let files = 0;

export function ndjsonFile(rows: Record<string, unknown>[], name = 'roster.ndjson'): string {
  const file = path.join(dir, `${++files}-${name}`);
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

export function csvFile(lines: string[], name = 'roster.csv'): string {
  const file = path.join(dir, `${++files}-${name}`);
  writeFileSync(file, lines.join('\r\n') + '\r\n');
  return file;
}

export async function xlsxFile(rows: unknown[][], name = 'roster.xlsx'): Promise<string> {
  const file = path.join(dir, `${++files}-${name}`);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  for (const row of rows) ws.addRow(row);
  await wb.xlsx.writeFile(file);
  return file;
}

export function compareFile(
  db: Kysely<DB>,
  kind: string,
  file: string,
  options: { region?: string | null; asOf?: string; actor?: Actor } = {},
) {
  return runComparison(db, options.actor ?? systemActor('测试'), {
    kind,
    stream: createReadStream(file),
    fileName: file,
    region: options.region === undefined ? '445281' : options.region,
    asOf: options.asOf ?? TODAY,
  });
}
