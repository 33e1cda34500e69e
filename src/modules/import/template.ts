// The template workbook bureaus fill in: sheet 儿童信息 with the Chinese headers and one example row (ID
// and code columns formatted as text so Excel keeps every digit, drop-down lists for single codes), and
// sheet 填写说明 explaining every column and listing the codes with their Chinese names. Generated from the
// column table, so the template, the reader and docs/import-template.md cannot drift apart.
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../shared/xlsx/exceljs.ts';
import {
  CONDITION_TABLE,
  GENDER_TABLE,
  GUARDIANSHIP_TABLE,
  HUKOU_TABLE,
  INTERVENTION_KIND_TABLE,
  PARENT_STATUS_TABLE,
  RESPONSIBLE_SIDE_TABLE,
  SCHOOL_STAGE_TABLE,
  type CodeTable,
} from './code-names.ts';
import { IMPORT_COLUMNS, type ImportColumn } from './columns.ts';

export const TEMPLATE_FILE_NAME = 'children-import-template.xlsx';
export const TEMPLATE_DOWNLOAD_NAME = '儿童信息导入模板.xlsx';
export const DATA_SHEET = '儿童信息';
export const HELP_SHEET = '填写说明';

/** Rows given formats and drop-down lists in the data sheet. */
const ROWS = 5000;
/** A fixed date so that generating the template twice gives the same workbook properties. */
const GENERATED = new Date(Date.UTC(2026, 0, 1));

export function templateHeaders(): string[] {
  return IMPORT_COLUMNS.map((c) => c.header);
}

const TEXT_KINDS = new Set<ImportColumn['kind']>(['idNumber', 'regionCode', 'text']);

const GUIDE = [
  '每行填写一名儿童；第一行为列名，请勿修改列名。带红色列名的列（姓名、身份证号、村（社区）代码）必须保留。',
  '身份证号、区划代码等长数字请保持“文本”格式：若 Excel 把号码存成数字，末几位会丢失，导入时将报错。',
  '同一身份证号码再次导入即更新该儿童的档案（不会重复登记）；文件中没有的列保留档案原值，文件中有的列以文件为准（空白即清空）。',
  '全部记录无误才导入；任何一行有误都不会写入，并列出每一行的错误（行号和列名）。',
  '情形、父母状况可在一格中填写多项，用顿号（、）、逗号或分号分隔；可填代码或中文名称（见下方代码表）。',
  '第2行是示例，导入前请删除。',
];

function codeRows(table: CodeTable): string[][] {
  return Object.entries(table.names).map(([code, name]) => [
    code,
    name as string,
    ((table.aliases as Record<string, readonly string[] | undefined>)[code] ?? []).join('、'),
  ]);
}

const CODE_LISTS: [string, CodeTable][] = [
  ['情形代码', CONDITION_TABLE],
  ['父母状况代码', PARENT_STATUS_TABLE],
  ['干预措施代码', INTERVENTION_KIND_TABLE],
  ['学段代码', SCHOOL_STAGE_TABLE],
  ['户籍类型', HUKOU_TABLE],
  ['监护状况、照护情况评估', GUARDIANSHIP_TABLE],
  ['责任方', RESPONSIBLE_SIDE_TABLE],
  ['性别', GENDER_TABLE],
];

function addDataSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = IMPORT_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(10, Math.min(28, c.header.length * 2 + 4)),
    style: TEXT_KINDS.has(c.kind) ? { numFmt: '@' } : c.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  IMPORT_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    if (c.required) cell.font = { bold: true, color: { argb: 'FFC00000' } };
    cell.note = c.help;
  });
  ws.addRow(IMPORT_COLUMNS.map((c) => c.example ?? null)).font = {
    italic: true,
    color: { argb: 'FF808080' },
  };

  const validations = (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  IMPORT_COLUMNS.forEach((c, i) => {
    const letter = ws.getColumn(i + 1).letter;
    const choices =
      c.kind === 'boolean'
        ? ['是', '否']
        : c.kind === 'code'
          ? Object.values(c.table!.names as Record<string, string>)
          : null;
    // A drop-down list must fit Excel's 255 characters; longer lists are explained on the help sheet.
    if (!choices || choices.join(',').length > 250) return;
    validations.add(`${letter}2:${letter}${ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      showErrorMessage: false,
      formulae: [`"${choices.join(',')}"`],
    });
  });
}

function addHelpSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(HELP_SHEET);
  ws.columns = [
    { width: 34 },
    { width: 30 },
    { width: 12 },
    { width: 8 },
    { width: 70 },
    { width: 40 },
    { width: 24 },
  ];
  ws.addRow(['儿童信息导入模板 填写说明']).font = { bold: true, size: 14 };
  for (const line of GUIDE) ws.addRow([line]);
  ws.addRow([]);
  ws.addRow(['列名', '英文列名', '分组', '必填', '说明', '也可写作', '示例']).font = { bold: true };
  for (const c of IMPORT_COLUMNS)
    ws.addRow([
      c.header,
      c.key,
      c.group,
      c.required ? '是' : '',
      c.help,
      c.aliases.join('、'),
      c.example ?? '',
    ]);
  for (const [title, table] of CODE_LISTS) {
    ws.addRow([]);
    ws.addRow([title]).font = { bold: true };
    ws.addRow(['代码', '中文名称', '也可写作']).font = { bold: true };
    for (const row of codeRows(table)) ws.addRow(row);
  }
}

/** The template as XLSX bytes. */
export async function templateWorkbook(): Promise<Buffer> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = '童护 Tonghu';
  wb.created = GENERATED;
  wb.modified = GENERATED;
  addDataSheet(wb);
  addHelpSheet(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
