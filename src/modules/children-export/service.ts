// Export of the children list to XLSX: the same filters, scope and ID-number masking as the list itself
// (it pages through listChildren), recorded in the audit trail with the filters and the row count.
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { InputError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/audit.ts';
import { listChildren, type ServiceContext } from '../children/service.ts';
import type { ChildListItem } from '../children/views.ts';
import type { ExportQuery } from './schemas.ts';
import { COLUMNS, sheetRow } from './sheet.ts';

/** More rows than a county holds; a province-wide export should be narrowed, not left to time out. */
export const EXPORT_LIMIT = 100_000;
const PAGE = 200;

export async function collectChildren(ctx: ServiceContext, query: ExportQuery): Promise<ChildListItem[]> {
  const rows: ChildListItem[] = [];
  const seen = new Set<string>();
  for (let page = 1; ; page++) {
    const result = await listChildren(ctx, { ...query, page, pageSize: PAGE });
    if (page === 1 && result.total > EXPORT_LIMIT)
      throw new InputError(
        `符合条件的儿童有${result.total}名，超过单次导出上限${EXPORT_LIMIT}名，请缩小筛选范围（如按乡镇导出）`,
        { field: 'region' },
      );
    // An edit between pages can move a child from one page to the next: keep each child once.
    for (const item of result.items)
      if (!seen.has(item.id)) {
        seen.add(item.id);
        rows.push(item);
      }
    if (result.items.length < PAGE) return rows;
  }
}

export async function auditExport(ctx: ServiceContext, query: ExportQuery, rows: number): Promise<void> {
  await recordAudit(ctx.db, ctx.actor, {
    action: 'children.exported',
    entity: 'child',
    regionCode: query.region ?? ctx.actor.regionCode,
    detail: { filters: query, rows, fullIdNumber: query.fullIdNumber === true, format: 'xlsx' },
  });
}

/** The roster as an XLSX byte stream, written row by row. */
export function rosterWorkbook(rows: readonly ChildListItem[]): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('儿童名册', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS;
  sheet.getRow(1).font = { bold: true };
  void (async () => {
    rows.forEach((child, i) => sheet.addRow(sheetRow(child, i + 1)).commit());
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error as Error));
  return out;
}

/** children-2026-11-23.xlsx, with the Chinese name for browsers that read RFC 5987. */
export function contentDisposition(today: string): string {
  const ascii = `children-${today}.xlsx`;
  const chinese = encodeURIComponent(`儿童名册-${today}.xlsx`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${chinese}`;
}
