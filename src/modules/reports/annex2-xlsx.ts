// Annex 2 (排查表) written as a stream: a county's roster goes out row by row, never whole in memory.
// ID numbers are masked unless the caller asked for them and may see them; the level is in 备注, as the
// form's 说明 asks.
import { safeCell } from '../../shared/xlsx/safe-cell.ts';
import { watermarkHeaderFooter } from '../../shared/xlsx/watermark.ts';
import type { Writable } from 'node:stream';
import type { Style } from 'exceljs';
import { loadExcelJS } from '../../shared/xlsx/exceljs.ts';
import {
  DIFFICULTY_TYPE_NAMES,
  LEVEL_NAMES,
  POPULATION_NAMES,
  factorName,
  type FactorCode,
} from '../../domain/codes.ts';
import { ageOn, formatChineseDate, type IsoDate } from '../../domain/dates.ts';
import { maskIdNumber } from '../../domain/id-number.ts';
import type { RosterRow } from './annex2.ts';
import { a4, BORDER, CENTER, FONT, HEADER_FONT, LEFT, TITLE_FONT } from './xlsx-style.ts';

export interface Annex2Options {
  regionName: string;
  asOf: IsoDate;
  fullIdNumber: boolean;
  /** Above a county the roster names each child's county too. */
  withCounty: boolean;
  exportedBy: string;
  exportedAt: string;
  count: number;
  /** Why full ID numbers were exported (null when masked): on the sheet's top rows, header and footer. */
  purpose: string | null;
}

interface Column {
  header: string;
  width: number;
  value: (r: RosterRow, index: number, o: Annex2Options) => string | number | null;
  left?: boolean;
}

// One style object per kind of cell, shared by every cell of that kind: exceljs recognises a style it
// has seen by identity, which makes a county's roster four times faster to write than styling each cell.
const BODY: Record<'center' | 'left', Partial<Style>> = {
  center: { font: FONT, border: BORDER, alignment: CENTER },
  left: { font: FONT, border: BORDER, alignment: LEFT },
};
const LEVEL_STYLE: Record<string, Partial<Style>> = Object.fromEntries(
  Object.entries({ red: 'FFF8CBAD', yellow: 'FFFFE699', blue: 'FFBDD7EE', green: 'FFC6E0B4' }).map(
    ([level, argb]) => [
      level,
      { ...BODY.center, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } } },
    ],
  ),
);

function guardian(r: RosterRow): string {
  if (r.caregiver_name)
    return r.caregiver_relation ? `${r.caregiver_name}（${r.caregiver_relation}）` : r.caregiver_name;
  const parents = (r.parents ?? [])
    .filter((p) => p.name)
    .map((p) => `${p.relation === 'father' ? '父' : '母'}：${p.name}`);
  return parents.join('；');
}

function populations(r: RosterRow): string {
  const list: string[] = [];
  if (r.left_behind) list.push(POPULATION_NAMES.left_behind);
  if (r.difficulty_types.length) list.push(POPULATION_NAMES.in_difficulty);
  if (r.conditions.includes('single_parent_rural')) list.push(POPULATION_NAMES.single_parent_rural);
  return list.join('、');
}

const COLUMNS: Column[] = [
  { header: '序号', width: 6, value: (_r, i) => i },
  { header: '县（市、区）', width: 12, value: (r) => r.county_name },
  { header: '乡镇（街道）', width: 12, value: (r) => r.township_name },
  { header: '村（社区）', width: 14, value: (r) => r.village_name },
  { header: '姓名', width: 10, value: (r) => r.name },
  {
    header: '性别',
    width: 6,
    value: (r) => (r.gender === 'male' ? '男' : r.gender === 'female' ? '女' : ''),
  },
  {
    header: '公民身份号码',
    width: 21,
    value: (r, _i, o) => (r.id_number ? (o.fullIdNumber ? r.id_number : maskIdNumber(r.id_number)) : ''),
  },
  // Beside a masked number only the age is shown (docs/privacy.md): the form keeps its column, left empty.
  { header: '出生日期', width: 12, value: (r, _i, o) => (o.fullIdNumber ? r.birth_date : '') },
  { header: '年龄', width: 6, value: (r, _i, o) => ageOn(r.birth_date, o.asOf) },
  { header: '儿童类别', width: 18, value: populations, left: true },
  {
    header: '困境类型',
    width: 22,
    value: (r) => r.difficulty_types.map((t) => DIFFICULTY_TYPE_NAMES[t]).join('、'),
    left: true,
  },
  {
    header: '风险情形',
    width: 36,
    value: (r) => r.factors.map((f) => factorName(f as FactorCode)).join('；'),
    left: true,
  },
  { header: '监护人/委托照护人', width: 18, value: guardian, left: true },
  { header: '委托照护协议签订日期', width: 14, value: (r) => r.agreement_signed_on },
  { header: '最近走访日期', width: 12, value: (r) => r.last_visit_on },
  { header: '备注（风险等级）', width: 18, value: (r) => LEVEL_NAMES[r.level] },
];

export const ANNEX2_HEADER_ROW = 5;

/** The form's columns as text, for the print view: the same headers and cells as the workbook (IDs masked). */
export function annex2Cells(
  rows: readonly RosterRow[],
  o: Pick<Annex2Options, 'asOf' | 'withCounty'>,
): { headers: string[]; rows: { level: RosterRow['level']; cells: string[] }[] } {
  const columns = COLUMNS.filter((c) => o.withCounty || c.header !== '县（市、区）');
  const options = { ...o, fullIdNumber: false } as Annex2Options;
  return {
    headers: columns.map((c) => c.header),
    rows: rows.map((r, i) => ({
      level: r.level,
      cells: columns.map((c) => String(c.value(r, i + 1, options) ?? '')),
    })),
  };
}

/** Writes the roster to `stream`; resolves with the number of children written. */
export async function writeAnnex2(
  stream: Writable,
  batches: AsyncIterable<RosterRow[]>,
  o: Annex2Options,
): Promise<number> {
  const columns = COLUMNS.filter((c) => o.withCounty || c.header !== '县（市、区）');
  const last = columns.length;
  const workbook = new (await loadExcelJS()).stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = '童护';
  const sheet = workbook.addWorksheet('排查表', {
    pageSetup: a4('landscape', `${ANNEX2_HEADER_ROW}:${ANNEX2_HEADER_ROW}`),
    headerFooter: watermarkHeaderFooter({ who: o.exportedBy, when: o.exportedAt, purpose: o.purpose }),
    views: [{ state: 'frozen', ySplit: ANNEX2_HEADER_ROW }],
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));

  const text = (row: number, value: string, font = FONT) => {
    sheet.mergeCells(row, 1, row, last);
    const r = sheet.getRow(row);
    r.getCell(1).value = value;
    r.getCell(1).font = font;
    r.getCell(1).alignment = row === 2 ? CENTER : LEFT;
    r.height = row === 2 ? 36 : 20;
    r.commit();
  };
  text(1, '附件2', HEADER_FONT);
  text(2, `${o.regionName}农村留守儿童和困境儿童排查表`, TITLE_FONT);
  text(
    3,
    '说明：1. 排查儿童信息实时更新录入全国儿童信息系统；2. 备注栏中，根据风险等级，农村留守儿童和困境儿童分为四个等级：高风险（红色）、中高风险（黄色）、中低风险（蓝色）、低风险（绿色）。',
  );
  text(
    4,
    [
      `数据截至：${formatChineseDate(o.asOf)}`,
      `共 ${o.count} 人`,
      `导出人：${o.exportedBy}`,
      `导出时间：${o.exportedAt}`,
      ...(o.purpose ? [`用途：${o.purpose}（含完整身份证号码，仅限该用途使用）`] : []),
      ...(o.fullIdNumber ? [] : ['身份证号码只显示地址码，出生日期以年龄代替']),
    ].join('；'),
  );
  const header = sheet.getRow(ANNEX2_HEADER_ROW);
  header.values = columns.map((c) => c.header);
  header.height = 30;
  header.eachCell((cell) => {
    cell.font = HEADER_FONT;
    cell.alignment = CENTER;
    cell.border = BORDER;
  });
  header.commit();

  let index = 0;
  for await (const batch of batches)
    for (const child of batch) {
      index += 1;
      const row = sheet.addRow(columns.map((c) => safeCell(c.value(child, index, o) ?? '')));
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cell.style =
          col === last ? LEVEL_STYLE[child.level]! : BODY[columns[col - 1]?.left ? 'left' : 'center'];
      });
      row.commit();
    }
  sheet.commit();
  await workbook.commit();
  return index;
}
