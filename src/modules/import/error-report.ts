// 有误的行 as a workbook (issue 18.6): the file is checked as the import checks it (a dry run, nothing written),
// then read once more to copy each row in error as the file has it, with the reasons in a column beside it —
// the person corrects the rows in the workbook and imports them again. The rows are the uploader's own file,
// but they are children's data leaving the server, so the download is recorded (with the count, no content).
import { loadExcelJS } from '../../shared/xlsx/exceljs.ts';
import { formatOf } from '../../shared/tabular/format.ts';
import { openTabular } from '../../shared/tabular/read.ts';
import { safeCell } from '../../shared/xlsx/safe-cell.ts';
import { recordAudit } from '../audit/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { BORDER, FONT, HEADER_FONT, LEFT } from '../reports/index.ts';
import { isHeaderRow } from './flat-record.ts';
import type { ImportProblem } from './record.ts';
import { importChildren } from './service.ts';

const REASON = '有误原因';
const WHERE = '原文件行号';

/** A problem's reason as a person reads it: the column it is about, then what is wrong. */
function reason(p: ImportProblem): string {
  const column = p.column ?? p.field;
  return column ? `${column}：${p.message}` : p.message;
}

function cellOf(value: unknown): string | number | boolean | Date | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'string') return safeCell(value);
  return safeCell(JSON.stringify(value));
}

export async function importErrorWorkbook(
  ctx: ServiceContext,
  file: { buffer: Buffer; name: string },
): Promise<{ buffer: Buffer; rows: number; omitted: number }> {
  const outcome = await importChildren(ctx, {
    source: { buffer: file.buffer, name: file.name },
    fileName: file.name,
    dryRun: true,
  });
  const reasons = new Map<number, string[]>();
  for (const p of outcome.problems) reasons.set(p.number, [...(reasons.get(p.number) ?? []), reason(p)]);

  const format = formatOf(file.name);
  const tabular = await openTabular({ buffer: file.buffer, name: file.name }, format, {
    tolerateBadLines: true,
    isHeader: isHeaderRow,
  });
  const book = new (await loadExcelJS()).Workbook();
  book.creator = '童护';
  const sheet = book.addWorksheet('有误的行');
  const ndjson = format === 'ndjson';
  const headers = ndjson ? ['记录内容（JSON）'] : tabular.headers;
  const top = sheet.addRow([WHERE, REASON, ...headers]);
  top.eachCell((c) => Object.assign(c, { font: HEADER_FONT, border: BORDER, alignment: LEFT }));
  sheet.columns = [{ width: 10 }, { width: 60 }, ...headers.map(() => ({ width: ndjson ? 80 : 14 }))];
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }];

  let rows = 0;
  for await (const record of tabular.records) {
    const why = reasons.get(record.number);
    if (!why) continue;
    reasons.delete(record.number);
    const cells = ndjson
      ? [cellOf(record.problem ? null : record.values)]
      : headers.map((h) => cellOf(record.values[h]));
    const row = sheet.addRow([record.number, why.join('；'), ...cells]);
    row.eachCell({ includeEmpty: true }, (c) =>
      Object.assign(c, { font: FONT, border: BORDER, alignment: LEFT }),
    );
    rows += 1;
  }
  // Problems of the file as a whole (a missing column) or of rows the reader could not give back.
  for (const [number, why] of reasons) {
    sheet.addRow([number || '', why.join('；')]);
    rows += 1;
  }
  if (outcome.omittedProblems)
    sheet.addRow(['', `另有 ${outcome.omittedProblems} 处问题未列出，请改正以上各行后重新检查`]);

  await recordAudit(ctx.db, ctx.actor, {
    action: 'import.errors_exported',
    entity: 'import',
    entityId: file.name.slice(0, 200),
    detail: { rows, omitted: outcome.omittedProblems },
  });
  return { buffer: Buffer.from(await book.xlsx.writeBuffer()), rows, omitted: outcome.omittedProblems };
}
