// Export of the children list to XLSX: the same filters, scope and ID-number masking as the list itself
// (it pages through listChildren; full numbers only with their own permission and a purpose), recorded in the audit trail with the filters and the row count.
import { PassThrough, type Readable } from 'node:stream';
import { loadExcelJS } from '../../shared/xlsx/exceljs.ts';
import { InputError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { requirePermission } from '../access/index.ts';
import { idNumbersOf, listChildren, type ChildListItem } from '../children/index.ts';
import { detailsHiddenSql } from '../access/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { watermarkHeaderFooter, watermarkText, type Watermark } from '../../shared/xlsx/watermark.ts';
import type { ExportQuery } from './schemas.ts';
import { COLUMNS, sheetRow } from './sheet.ts';

/** More rows than a county holds; a province-wide export should be narrowed, not left to time out. */
export const EXPORT_LIMIT = 100_000;
const PAGE = 200;

export async function collectChildren(ctx: ServiceContext, query: ExportQuery): Promise<ChildListItem[]> {
  const rows: ChildListItem[] = [];
  const seen = new Set<string>();
  for (let page = 1; ; page++) {
    const result = await listChildren(ctx, { ...query, fullIdNumber: false, page, pageSize: PAGE });
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

/**
 * Full ID numbers in an export need their own permission and a stated purpose; the rows collected through the
 * (masked) list get their stored numbers only then.
 */
export async function withFullIdNumbers(
  ctx: ServiceContext,
  query: ExportQuery,
  rows: ChildListItem[],
): Promise<ChildListItem[]> {
  if (!query.fullIdNumber) return rows;
  // A restricted file's number stays out of the export of anyone not named on it.
  const hidden = new Set<string>();
  const restricted = rows.filter((r) => r.restricted).map((r) => r.id);
  if (restricted.length)
    for (const r of await ctx.db
      .selectFrom('child')
      .select(['child.id', detailsHiddenSql(ctx.actor).as('hidden')])
      .where('child.id', 'in', restricted)
      .execute())
      if (r.hidden) hidden.add(r.id);
  const numbers = await idNumbersOf(
    ctx.db,
    rows.filter((r) => !hidden.has(r.id)).map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, idNumber: hidden.has(r.id) ? null : (numbers.get(r.id) ?? null) }));
}

export function checkFullIdExport(ctx: ServiceContext, query: ExportQuery): void {
  if (!query.fullIdNumber) return;
  requirePermission(ctx.actor, 'child.id_number.export');
  if (!query.purpose) throw new InputError('导出完整身份证号码须写明用途', { field: 'purpose' });
}

export async function auditExport(ctx: ServiceContext, query: ExportQuery, rows: number): Promise<void> {
  const { purpose, fullIdNumber, ...filters } = query;
  await recordAudit(ctx.db, ctx.actor, {
    action: 'children.exported',
    entity: 'child',
    regionCode: query.region ?? ctx.actor.regionCode,
    detail: { filters, rows, fullIdNumber: fullIdNumber === true, purpose: purpose ?? null, format: 'xlsx' },
  });
}

/** The roster as an XLSX byte stream, written row by row, the watermark on top and in header and footer. */
export async function rosterWorkbook(rows: readonly ChildListItem[], mark: Watermark): Promise<Readable> {
  const excel = await loadExcelJS();
  const out = new PassThrough();
  const workbook = new excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('儿童名册', {
    views: [{ state: 'frozen', ySplit: 2 }],
    headerFooter: watermarkHeaderFooter(mark),
  });
  sheet.columns = COLUMNS.map(({ header: _h, ...c }) => c);
  void (async () => {
    const top = sheet.addRow([watermarkText(mark)]);
    top.font = { italic: true, color: { argb: 'FF888888' } };
    top.commit();
    const header = sheet.addRow(COLUMNS.map((c) => c.header as string));
    header.font = { bold: true };
    header.commit();
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
