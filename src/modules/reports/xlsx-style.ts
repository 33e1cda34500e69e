// What every report workbook shares: the fonts, borders and A4 print setup of a government form, and
// file names that say what a file is without words that would label a child if the file went astray.
import type { Alignment, Borders, Font, PageSetup, Worksheet } from 'exceljs';
import type { IsoDate } from '../../domain/dates.ts';

export const FONT: Partial<Font> = { name: '宋体', size: 11 };
export const TITLE_FONT: Partial<Font> = { name: '黑体', size: 16, bold: true };
export const HEADER_FONT: Partial<Font> = { name: '宋体', size: 11, bold: true };

const THIN = { style: 'thin' as const };
export const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export const CENTER: Partial<Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
export const LEFT: Partial<Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true };

/** A4, fitted to one page wide, with the header rows printed again on every page. */
export function a4(orientation: 'portrait' | 'landscape', titleRows: string): Partial<PageSetup> {
  return {
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: titleRows,
  };
}

/** Rows tall enough for wrapped Chinese text: a CJK character is about two width units. */
export function wrappedHeight(text: string, width: number, lineHeight = 15): number {
  const perLine = Math.max(1, Math.floor((width - 1) / 2));
  return Math.max(1, Math.ceil([...text].length / perLine)) * lineHeight + 4;
}

/** Borders and alignment over a block of cells (streamed rows are styled as they are written). */
export function box(sheet: Worksheet, fromRow: number, toRow: number, columns: number): void {
  for (let r = fromRow; r <= toRow; r++)
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.getCell(r, c);
      cell.border = BORDER;
      if (!cell.font) cell.font = FONT;
    }
}

/** annex1-445281-2026-11-23.xlsx: the report, the region code and the date, nothing more (the CLI's default). */
export function reportFileName(kind: ReportKind, regionCode: string, asOf: IsoDate): string {
  return `${kind}-${regionCode}-${asOf}.xlsx`;
}

const REPORT_TITLES = {
  annex1: '附件1摸排情况数据表',
  annex2: '附件2排查表',
  timeliness: '走访及时性统计表',
  'care-coverage': '关爱活动覆盖情况',
  workload: '儿童主任工作量',
} as const;

export type ReportKind = keyof typeof REPORT_TITLES;

/** 附件1摸排情况数据表-普宁市-2026-11-23.xlsx: the name a person downloading the report sees. */
export function reportDownloadName(kind: ReportKind, regionName: string, asOf: IsoDate): string {
  return `${REPORT_TITLES[kind]}-${regionName.replace(/[\\/:*?"<>|]/g, '')}-${asOf}.xlsx`;
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28) || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate); i++) candidate = `${base}${i}`;
  taken.add(candidate);
  return candidate;
}
