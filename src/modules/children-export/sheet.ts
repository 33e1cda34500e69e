// The columns of the exported roster. Plain words only: the file may travel, so the sheet and file names
// avoid 留守/困境 (DOMAIN.md §9); the columns themselves are the working data the bureau asked for.
import type ExcelJS from 'exceljs';
import { DIFFICULTY_TYPE_NAMES, LEVEL_NAMES, POPULATION_NAMES, isLevel } from '../../domain/codes.ts';
import { safeRow } from '../../shared/xlsx/safe-cell.ts';
import type { ChildListItem } from '../children/index.ts';

const DATE_FORMAT = 'yyyy"年"m"月"d"日"';

export const COLUMNS: Partial<ExcelJS.Column>[] = [
  { header: '序号', key: 'no', width: 7 },
  { header: '姓名', key: 'name', width: 10 },
  { header: '性别', key: 'gender', width: 6 },
  { header: '身份证号码', key: 'idNumber', width: 21 },
  { header: '年龄', key: 'age', width: 6 },
  { header: '乡镇（街道）', key: 'township', width: 14 },
  { header: '村（社区）', key: 'village', width: 16 },
  { header: '服务类别', key: 'populations', width: 22 },
  { header: '困境类型', key: 'difficultyTypes', width: 24 },
  { header: '风险等级', key: 'level', width: 16 },
  { header: '上次走访', key: 'lastVisitOn', width: 15, style: { numFmt: DATE_FORMAT } },
  { header: '上次联系', key: 'lastContactOn', width: 15, style: { numFmt: DATE_FORMAT } },
  { header: '下次走访截止', key: 'nextVisitDue', width: 15, style: { numFmt: DATE_FORMAT } },
  { header: '下次联系截止', key: 'nextContactDue', width: 15, style: { numFmt: DATE_FORMAT } },
  { header: '是否逾期', key: 'overdue', width: 9 },
  { header: '登记状态', key: 'status', width: 9 },
];

/** A real date cell (midnight UTC), so that the sheet sorts and filters by date. */
function dateCell(value: string | null): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}

/** 服务类别: a target child neither left behind nor in difficulty is served as a rural single-parent child. */
function populations(c: ChildListItem): string {
  const names: string[] = [];
  if (c.leftBehind) names.push(POPULATION_NAMES.left_behind);
  if (c.difficultyTypes.length) names.push(POPULATION_NAMES.in_difficulty);
  if (c.target && !names.length) names.push(POPULATION_NAMES.single_parent_rural);
  return names.join('、');
}

export function sheetRow(c: ChildListItem, no: number): Record<string, unknown> {
  return safeRow({
    no,
    name: c.name,
    gender: c.gender === 'male' ? '男' : c.gender === 'female' ? '女' : '',
    idNumber: c.idNumber ?? '',
    age: c.age,
    township: c.townshipName ?? '',
    village: c.villageName ?? c.villageCode,
    populations: populations(c),
    difficultyTypes: c.difficultyTypes.map((t) => DIFFICULTY_TYPE_NAMES[t]).join('、'),
    level: isLevel(c.level) ? LEVEL_NAMES[c.level] : '',
    lastVisitOn: dateCell(c.lastVisitOn),
    lastContactOn: dateCell(c.lastContactOn),
    nextVisitDue: dateCell(c.nextVisitDue),
    nextContactDue: dateCell(c.nextContactDue),
    overdue: c.overdue ? '是' : '否',
    status: c.status === 'active' ? '在册' : '已退出',
  });
}
