// The timeliness report as a workbook: the whole and its counties (or cities) on the first sheet, then
// the townships, then every village with its directors — a village without one says so.
import { safeCell } from '../../shared/xlsx/safe-cell.ts';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../shared/xlsx/exceljs.ts';
import { formatChineseDate } from '../../domain/dates.ts';
import type { AreaTimeliness, TimelinessFigures, TimelinessReport, VillageTimeliness } from './timeliness.ts';
import { a4, BORDER, CENTER, FONT, HEADER_FONT, LEFT, TITLE_FONT } from './xlsx-style.ts';

const FIGURES: [string, (f: TimelinessFigures) => number | string][] = [
  ['服务对象（人）', (f) => f.targetChildren],
  ['红色', (f) => f.byLevel.red],
  ['黄色', (f) => f.byLevel.yellow],
  ['蓝色', (f) => f.byLevel.blue],
  ['绿色', (f) => f.byLevel.green],
  ['走访逾期', (f) => f.visitsOverdue],
  ['7日内应走访', (f) => f.visitsDueSoon],
  ['联系逾期', (f) => f.contactsOverdue],
  ['7日内应联系', (f) => f.contactsDueSoon],
  ['近三个月应走访（次）', (f) => f.visitsFellDueLastQuarter],
  ['其中按时走访（次）', (f) => f.visitsOnTimeLastQuarter],
  ['按时走访率', (f) => (f.onTimeShare === null ? '—' : f.onTimeShare)],
  ['从未走访', (f) => f.neverVisited],
  ['留守儿童', (f) => f.leftBehind],
  ['其中未签委托照护协议', (f) => f.leftBehindWithoutAgreement],
];

interface Lead<T> {
  header: string;
  width: number;
  value: (row: T) => string | number;
}

function sheet<T extends TimelinessFigures>(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  subtitle: string,
  leads: Lead<T>[],
  rows: T[],
): void {
  const ws = workbook.addWorksheet(name);
  const width = leads.length + FIGURES.length;
  ws.columns = [...leads.map((l) => ({ width: l.width })), ...FIGURES.map(() => ({ width: 10 }))];
  ws.mergeCells(1, 1, 1, width);
  Object.assign(ws.getCell(1, 1), { value: title, font: TITLE_FONT, alignment: CENTER });
  ws.getRow(1).height = 32;
  ws.mergeCells(2, 1, 2, width);
  Object.assign(ws.getCell(2, 1), { value: subtitle, font: FONT, alignment: LEFT });
  ws.getRow(2).height = 34;
  const header = ws.getRow(3);
  header.values = [...leads.map((l) => l.header), ...FIGURES.map(([h]) => h)];
  header.height = 36;
  header.eachCell((c) => Object.assign(c, { font: HEADER_FONT, alignment: CENTER, border: BORDER }));
  for (const row of rows) {
    const r = ws.addRow([...leads.map((l) => safeCell(l.value(row))), ...FIGURES.map(([, f]) => f(row))]);
    r.eachCell({ includeEmpty: true }, (c, col) => {
      Object.assign(c, { font: FONT, border: BORDER, alignment: col <= leads.length ? LEFT : CENTER });
      if (typeof c.value === 'number' && FIGURES[col - leads.length - 1]?.[0] === '按时走访率')
        c.numFmt = '0.0%';
    });
  }
  ws.pageSetup = a4('landscape', '3:3');
  ws.views = [{ state: 'frozen', ySplit: 3, xSplit: leads.length }];
}

export async function timelinessXlsx(report: TimelinessReport): Promise<Buffer> {
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = '童护';
  const date = formatChineseDate(report.asOf);
  const subtitle =
    `统计日期：${date}。逾期：应走访（联系）日期早于统计日期；7日内应走访（联系）：应走访日期在统计日期起${report.dueSoonDays}日内；` +
    `按时走访率：${formatChineseDate(report.quarterStart)}（不含）至统计日期间到期的走访中，在到期日当日或以前完成的比例；` +
    '从未走访：统计日期以前没有入户走访记录。';
  const area: Lead<AreaTimeliness>[] = [
    { header: '区划代码', width: 14, value: (a) => a.code },
    { header: '名称', width: 16, value: (a) => a.name },
    { header: '村（社区）数', width: 9, value: (a) => a.villages },
    { header: '无儿童主任的村（社区）', width: 11, value: (a) => a.villagesWithoutDirector },
  ];
  const upper = report.cities ?? report.counties ?? [];
  sheet(workbook, '汇总', `${report.regionName}关爱服务走访及时性统计表`, subtitle, area, [
    report.total,
    ...upper,
  ]);
  if (report.cities && report.counties)
    sheet(
      workbook,
      '县（市、区）',
      `${report.regionName}各县（市、区）走访及时性`,
      subtitle,
      area,
      report.counties,
    );
  if (report.townships)
    sheet(
      workbook,
      '乡镇（街道）',
      `${report.regionName}各乡镇（街道）走访及时性`,
      subtitle,
      area,
      report.townships,
    );
  const village: Lead<VillageTimeliness>[] = [
    { header: '区划代码', width: 14, value: (v) => v.code },
    { header: '村（社区）', width: 16, value: (v) => v.name },
    {
      header: '儿童主任',
      width: 16,
      value: (v) => (v.hasDirector ? v.directors.map((d) => d.name).join('、') : '未配备儿童主任'),
    },
  ];
  sheet(
    workbook,
    '村（社区）',
    `${report.regionName}各村（社区）儿童主任走访及时性`,
    subtitle,
    village,
    report.villages,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
