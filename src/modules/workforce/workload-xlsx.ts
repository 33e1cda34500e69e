// 儿童主任工作量 as a workbook: one A4 landscape sheet, a row per director, totals at the foot.
import { loadExcelJS } from '../../shared/xlsx/exceljs.ts';
import { formatChineseDate } from '../../domain/dates.ts';
import { safeCell } from '../../shared/xlsx/safe-cell.ts';
import { a4, BORDER, CENTER, FONT, HEADER_FONT, LEFT, TITLE_FONT } from '../reports/index.ts';
import type { WorkloadReport, WorkloadRow } from './workload.ts';

const NOT_LINKED = '未关联账号';

/** 2026-12-04 08:30 China time; '从未登录' when never. */
function signIn(at: string | null): string {
  if (!at) return '从未登录';
  const china = new Date(Date.parse(at) + 8 * 3_600_000).toISOString();
  return `${china.slice(0, 10)} ${china.slice(11, 16)}`;
}

const COLUMNS: [string, number, (r: WorkloadRow) => string | number][] = [
  ['乡镇（街道）', 16, (r) => r.townshipName ?? ''],
  ['村（社区）', 16, (r) => r.villageName ?? r.villageCode],
  ['儿童主任', 12, (r) => r.name],
  ['本月走访（次）', 10, (r) => r.visits ?? NOT_LINKED],
  ['本月电话/视频联系（次）', 12, (r) => r.contacts ?? NOT_LINKED],
  ['服务对象（人）', 10, (r) => r.targetChildren],
  ['逾期（人）', 10, (r) => r.overdue],
  ['从未走访（人）', 10, (r) => r.neverVisited],
  ['最近登录', 18, (r) => (r.hasAccount ? signIn(r.lastSignInAt) : NOT_LINKED)],
];

/** What the village figures are: today's worklist, or a past month as it stood on its last day. */
export function figuresNote(report: Pick<WorkloadReport, 'asOf' | 'figuresOn'>): string {
  return report.figuresOn === 'month_end'
    ? `服务对象、逾期、从未走访：该月末（${formatChineseDate(report.asOf)}）本村（社区）的情况，按当时的走访联系记录和应访日期回溯。`
    : `服务对象、逾期、从未走访：截至今天（${formatChineseDate(report.asOf)}）本村（社区）的情况。`;
}

export async function workloadXlsx(report: WorkloadReport): Promise<Buffer> {
  const workbook = new (await loadExcelJS()).Workbook();
  const ws = workbook.addWorksheet('儿童主任工作量', { pageSetup: a4('landscape', '3:3') });
  ws.columns = COLUMNS.map(([, width]) => ({ width }));
  const [year, month] = report.month.split('-');
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  Object.assign(ws.getCell(1, 1), {
    value: `${report.region.name}儿童主任工作量（${year}年${Number(month)}月）`,
    font: TITLE_FONT,
    alignment: CENTER,
  });
  ws.getRow(1).height = 32;
  ws.mergeCells(2, 1, 2, COLUMNS.length);
  Object.assign(ws.getCell(2, 1), {
    value:
      `走访、联系：${formatChineseDate(report.from)}至${formatChineseDate(report.to)}由儿童主任本人账号记录的次数；` +
      figuresNote(report),
    font: FONT,
    alignment: LEFT,
  });
  ws.getRow(2).height = 34;
  const header = ws.getRow(3);
  const overdueTitle = report.figuresOn === 'month_end' ? '月末逾期（人）' : '当前逾期（人）';
  header.values = COLUMNS.map(([h]) => (h === '逾期（人）' ? overdueTitle : h));
  header.height = 36;
  header.eachCell((c) => Object.assign(c, { font: HEADER_FONT, alignment: CENTER, border: BORDER }));
  for (const row of report.directors) {
    const r = ws.addRow(COLUMNS.map(([, , value]) => safeCell(value(row))));
    r.eachCell({ includeEmpty: true }, (c, col) =>
      Object.assign(c, { font: FONT, border: BORDER, alignment: col <= 3 ? LEFT : CENTER }),
    );
  }
  const t = report.totals;
  const foot = ws.addRow(['合计', '', `${t.directors}人`, t.visits, t.contacts, '', '', '', '']);
  foot.eachCell({ includeEmpty: true }, (c) =>
    Object.assign(c, { font: HEADER_FONT, border: BORDER, alignment: CENTER }),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
