// Annex 1 as the paper form looks (普宁 附件1): title with the year and the region, the 填报 lines, the
// four levels as merged cells over their rows, each row with its "其中已…" line, subtotals and the total.
// A region broken into parts gets one sheet for the whole and one per part.
import { safeCell } from '../../shared/xlsx/safe-cell.ts';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../shared/xlsx/exceljs.ts';
import { LEVELS } from '../../domain/codes.ts';
import { formatChineseDate, type IsoDate } from '../../domain/dates.ts';
import type { Annex1Levels } from './annex1.ts';
import { ANNEX1_LEVEL_LABELS, ANNEX1_ROWS } from './annex1-rows.ts';
import {
  a4,
  BORDER,
  CENTER,
  FONT,
  HEADER_FONT,
  LEFT,
  sheetName,
  TITLE_FONT,
  wrappedHeight,
} from './xlsx-style.ts';

export interface Annex1Sheet {
  /** The region's name as the title shows it: 普宁市. */
  name: string;
  /** The reporting unit: 普宁市赤岗镇. */
  unitName: string;
  levels: Annex1Levels;
  total: number;
}

export interface Annex1Workbook {
  asOf: IsoDate;
  preparedBy: string | null;
  whole: Annex1Sheet;
  parts: Annex1Sheet[];
}

const WIDTHS = [16, 62, 10, 18];
export const ANNEX1_HEADER_ROW = 5;

export function annex1Title(name: string, asOf: IsoDate): string {
  return `${asOf.slice(0, 4)}年${name}农村留守儿童和困境儿童摸排情况数据表`;
}

function writeSheet(sheet: ExcelJS.Worksheet, s: Annex1Sheet, book: Annex1Workbook): void {
  sheet.columns = WIDTHS.map((width) => ({ width }));
  sheet.properties.defaultRowHeight = 20;

  sheet.getCell('A1').value = '附件1';
  sheet.getCell('A1').font = HEADER_FONT;
  sheet.mergeCells('A2:D2');
  const title = sheet.getCell('A2');
  title.value = annex1Title(s.name, book.asOf);
  title.font = TITLE_FONT;
  title.alignment = CENTER;
  sheet.getRow(2).height = 36;
  sheet.mergeCells('A3:B3');
  sheet.getCell('A3').value = safeCell(`填报单位：${s.unitName}`);
  sheet.mergeCells('C3:D3');
  sheet.getCell('C3').value = safeCell(`填报人：${book.preparedBy ?? ''}`);
  sheet.mergeCells('A4:B4');
  sheet.getCell('A4').value = `日期：${formatChineseDate(book.asOf)}`;
  sheet.mergeCells('C4:D4');
  sheet.getCell('C4').value = '联系电话：';
  for (const ref of ['A3', 'C3', 'A4', 'C4']) {
    sheet.getCell(ref).font = FONT;
    sheet.getCell(ref).alignment = { vertical: 'middle' };
  }

  const header = sheet.getRow(ANNEX1_HEADER_ROW);
  header.values = ['风险等级类型', '服务对象类型', '人数', '备注'];
  header.height = 24;
  header.eachCell((cell) => {
    cell.font = HEADER_FONT;
    cell.alignment = CENTER;
    cell.border = BORDER;
  });

  let r = ANNEX1_HEADER_ROW + 1;
  const line = (label: string, count: number | null, note = '', bold = false) => {
    const row = sheet.getRow(r);
    row.getCell(2).value = label;
    if (count !== null) row.getCell(3).value = count;
    row.getCell(4).value = note;
    row.height = wrappedHeight(label, WIDTHS[1]!, 16);
    for (let c = 1; c <= 4; c++) {
      const cell = row.getCell(c);
      cell.border = BORDER;
      cell.font = bold ? HEADER_FONT : FONT;
      cell.alignment = c === 2 ? LEFT : CENTER;
    }
    r += 1;
  };
  for (const level of LEVELS) {
    const first = r;
    const counts = s.levels[level];
    for (const def of ANNEX1_ROWS[level]) {
      const row = counts.rows.find((x) => x.item === def.item)!;
      line(`${def.item}. ${def.label}`, row.count);
      line(`    ${def.intervenedLabel}`, row.intervened);
    }
    line('人数小计', counts.subtotal, `其中符合“其中”口径 ${counts.subtotalIntervened} 人`, true);
    sheet.mergeCells(first, 1, r - 1, 1);
    const cell = sheet.getCell(first, 1);
    cell.value = ANNEX1_LEVEL_LABELS[level];
    cell.font = HEADER_FONT;
    cell.alignment = CENTER;
  }
  sheet.mergeCells(r, 1, r, 2);
  const totalRow = sheet.getRow(r);
  totalRow.getCell(1).value = '人数合计';
  totalRow.getCell(3).value = s.total;
  totalRow.height = 22;
  for (let c = 1; c <= 4; c++) {
    const cell = totalRow.getCell(c);
    cell.border = BORDER;
    cell.font = HEADER_FONT;
    cell.alignment = CENTER;
  }
  r += 1;
  sheet.mergeCells(r, 1, r, 4);
  const note = sheet.getCell(r, 1);
  note.value =
    `注：数据截至${formatChineseDate(book.asOf)}，按各儿童所在地的政策配置评定风险等级。同一儿童只在其风险等级内统计，` +
    '符合该等级多项情形的在各项分别统计，人数小计、人数合计按人数不重复统计；“其他情况”为不属于该等级所列各项的儿童；' +
    '“其中”各行按该行文字统计：“已干预”指统计日期当日及以前有干预记录；“已落实保障”指统计日期当日保障记录在有效期内；' +
    '“已复学复读”指统计日期当日及以前有复学复读记录；“已定期介入跟踪”指统计日期前已入户走访、且当日走访和联系均未逾期。';
  note.font = { ...FONT, size: 10 };
  note.alignment = LEFT;
  sheet.getRow(r).height = 64;

  sheet.pageSetup = a4('portrait', `${ANNEX1_HEADER_ROW}:${ANNEX1_HEADER_ROW}`);
  sheet.views = [{ state: 'frozen', ySplit: ANNEX1_HEADER_ROW }];
}

export async function annex1Xlsx(book: Annex1Workbook): Promise<Buffer> {
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = '童护';
  const taken = new Set<string>();
  writeSheet(
    workbook.addWorksheet(sheetName(book.parts.length ? `${book.whole.name}合计` : book.whole.name, taken)),
    book.whole,
    book,
  );
  for (const part of book.parts) writeSheet(workbook.addWorksheet(sheetName(part.name, taken)), part, book);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
