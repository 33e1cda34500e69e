// The mark an exported workbook carries on every sheet (issue 16.3): who exported it, when and for what, in
// the printed header and footer and in a top row, so that a copy found later says where it came from.
import type ExcelJS from 'exceljs';
import { safeCell } from './safe-cell.ts';

export interface Watermark {
  who: string;
  /** The export's time as people read it, China time. */
  when: string;
  /** Why full ID numbers were exported; null for a masked export. */
  purpose: string | null;
}

export function watermarkText(w: Watermark): string {
  return [
    `导出人：${w.who}`,
    `导出时间：${w.when}`,
    ...(w.purpose ? [`用途：${w.purpose}`, '含完整身份证号码，仅限该用途使用，不得转发或公开'] : []),
    '内含未成年人个人信息，请妥善保管',
  ].join('　');
}

/** China time, as the sheets show it. */
export function exportTime(now: Date): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(now);
}

/** Header and footer for addWorksheet's options: `&` is a control character in them, so it is doubled. */
export function watermarkHeaderFooter(w: Watermark): Partial<ExcelJS.HeaderFooter> {
  const text = watermarkText(w).replace(/&/g, '&&');
  return { oddHeader: `&L${text}`, oddFooter: `&L${text}&R第 &P 页，共 &N 页` };
}

/** Stamps a sheet that has been written (a buffered workbook): header, footer and a new top row. */
export function stampSheet(sheet: ExcelJS.Worksheet, w: Watermark): void {
  Object.assign(sheet.headerFooter, watermarkHeaderFooter(w));
  sheet.spliceRows(1, 0, [safeCell(watermarkText(w))]);
  sheet.getRow(1).font = { italic: true, color: { argb: 'FF888888' } };
}
