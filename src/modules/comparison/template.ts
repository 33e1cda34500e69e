// A roster template per comparison kind (issue 18.6): a workbook whose first sheet is the header row the upload
// reads (one header per column, each a name the reader accepts) and whose second sheet says what goes in each
// column. Built from the kind's own fields, so the template and the upload cannot drift apart.
import { loadExcelJS } from '../../shared/xlsx/exceljs.ts';
import { BORDER, CENTER, FONT, HEADER_FONT, LEFT, TITLE_FONT } from '../reports/index.ts';
import { COMMON_FIELDS, ID_NUMBER_ALIASES } from './fields.ts';
import type { RosterField, RosterRule } from './rule.ts';

interface TemplateColumn {
  header: string;
  required: string;
  note: string;
  width: number;
}

/** The words a code column accepts, as the field's own error message lists them. */
function acceptedWords(field: RosterField): string | null {
  const probe = field.parse('模板探测');
  if (probe.ok) return null;
  return /可用：(.+?)）?$/.exec(probe.message)?.[1] ?? null;
}

function describe(field: RosterField): string {
  if (field.type === 'date') return '日期，如 2026-01-31 或 2026年1月31日';
  const words = acceptedWords(field);
  return words ? `可填写：${words}` : '文字';
}

export function templateColumns(rule: RosterRule): TemplateColumn[] {
  const fields = [COMMON_FIELDS.name, COMMON_FIELDS.birthDate, COMMON_FIELDS.villageCode, ...rule.fields];
  return [
    {
      header: ID_NUMBER_ALIASES.includes('公民身份号码') ? '公民身份号码' : ID_NUMBER_ALIASES[0]!,
      required: '必填',
      note: '18位居民身份证号码，请将单元格设为文本格式，以免末位被改写',
      width: 22,
    },
    ...fields.map((f) => ({
      header: f.aliases[0] ?? f.label,
      required: f.required ? '必填' : '选填',
      note: f.field === 'villageCode' ? '12位统计用区划代码（村、社区），可不填' : describe(f),
      width: Math.max(12, f.label.length * 2 + 4),
    })),
  ];
}

export async function rosterTemplate(rule: RosterRule): Promise<Buffer> {
  const columns = templateColumns(rule);
  const book = new (await loadExcelJS()).Workbook();
  book.creator = '童护';
  // The upload reads the first sheet: the header row alone, one person a row below it.
  const roster = book.addWorksheet(rule.title.slice(0, 31));
  roster.columns = columns.map((c) => ({ width: c.width, style: { numFmt: '@' } }));
  const header = roster.getRow(1);
  header.values = columns.map((c) => c.header);
  header.eachCell((cell) => Object.assign(cell, { font: HEADER_FONT, alignment: CENTER, border: BORDER }));
  roster.views = [{ state: 'frozen', ySplit: 1 }];

  const notes = book.addWorksheet('填写说明');
  notes.columns = [{ width: 18 }, { width: 8 }, { width: 70 }];
  notes.mergeCells(1, 1, 1, 3);
  Object.assign(notes.getCell(1, 1), { value: `${rule.title}填写说明`, font: TITLE_FONT, alignment: CENTER });
  notes.mergeCells(2, 1, 2, 3);
  Object.assign(notes.getCell(2, 1), {
    value:
      `在第一张工作表“${roster.name}”的表头下逐行填写，每行一人；请勿改动表头、勿合并单元格。` +
      '填好后在“数据比对”页面选择名册类型“' +
      rule.title +
      '”上传。',
    font: FONT,
    alignment: LEFT,
  });
  notes.getRow(2).height = 36;
  const head = notes.getRow(4);
  head.values = ['列名', '是否必填', '填写要求'];
  head.eachCell((cell) => Object.assign(cell, { font: HEADER_FONT, alignment: CENTER, border: BORDER }));
  for (const c of columns) {
    const row = notes.addRow([c.header, c.required, c.note]);
    row.eachCell((cell, col) =>
      Object.assign(cell, { font: FONT, border: BORDER, alignment: col === 3 ? LEFT : CENTER }),
    );
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
