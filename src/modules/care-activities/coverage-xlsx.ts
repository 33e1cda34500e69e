// 关爱活动覆盖情况 as a workbook: every village with its figures and the duties met or not, the townships, the
// duties themselves with their citations, and the names of the target children (or families) a duty has not
// reached in its period. The file and its sheets avoid the words that would label a child (DOMAIN.md §9).
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../shared/xlsx/exceljs.ts';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { ageOn, formatChineseDate } from '../../domain/dates.ts';
import type { CareActivityKind, CareActivityRule } from '../../domain/policy.ts';
import { findProfile } from '../../policies/index.ts';
import { BORDER, CENTER, FONT, HEADER_FONT, LEFT, TITLE_FONT, a4 } from '../reports/index.ts';
import { CARE_ACTIVITY_KINDS, CARE_ACTIVITY_KIND_NAMES } from './codes.ts';
import {
  ruleChildren,
  type AreaCoverage,
  type CoverageReport,
  type RuleCount,
  type VillageCoverage,
} from './coverage.ts';
import type { RuleView } from './rules.ts';
import { safeCell } from './safe-cell.ts';

const LEVEL_NAMES: Record<string, string> = { red: '红色', yellow: '黄色', blue: '蓝色', green: '绿色' };

function head(ws: ExcelJS.Worksheet, title: string, subtitle: string, headers: string[], widths: number[]) {
  ws.columns = widths.map((width) => ({ width }));
  ws.mergeCells(1, 1, 1, headers.length);
  Object.assign(ws.getCell(1, 1), { value: title, font: TITLE_FONT, alignment: CENTER });
  ws.getRow(1).height = 30;
  ws.mergeCells(2, 1, 2, headers.length);
  Object.assign(ws.getCell(2, 1), { value: subtitle, font: FONT, alignment: LEFT });
  ws.getRow(2).height = 30;
  const row = ws.getRow(3);
  row.values = headers;
  row.height = 40;
  row.eachCell((c) => Object.assign(c, { font: HEADER_FONT, alignment: CENTER, border: BORDER }));
  ws.pageSetup = a4('landscape', '1:3');
  ws.views = [{ state: 'frozen', ySplit: 3 }];
}

function addRow(ws: ExcelJS.Worksheet, values: (string | number | null)[], leads: number): void {
  const row = ws.addRow(values.map(safeCell));
  row.eachCell({ includeEmpty: true }, (c, col) =>
    Object.assign(c, { font: FONT, border: BORDER, alignment: col <= leads ? LEFT : CENTER }),
  );
}

const toChildren = (r: RuleView) => r.reach === 'target_family' || r.reach === 'target_child';

/**
 * The columns of the duties: two for a duty to children or families (reached, not reached); on the village
 * sheet one for a duty to every village (held or not); on the township sheet one for a duty to every village
 * (villages without it) and one for a duty to every township (held or not).
 */
function ruleHeaders(rules: RuleView[], sheet: 'village' | 'township'): string[] {
  return rules.flatMap((r) => {
    if (toChildren(r)) {
      const who = r.reach === 'target_family' ? '家庭' : '儿童';
      return [`${r.kindName}\n已覆盖${who}`, `${r.kindName}\n未覆盖${who}`];
    }
    if (r.reach === 'village')
      return [
        sheet === 'village'
          ? `${r.kindName}进村\n（${r.period.label}）`
          : `${r.kindName}\n未开展的村（社区）`,
      ];
    return sheet === 'township' ? [`${r.kindName}（街镇）\n（${r.period.label}）`] : [];
  });
}

function ruleCells(rules: RuleView[], counts: Record<string, RuleCount>, sheet: 'village' | 'township') {
  return rules.flatMap((r): (string | number)[] => {
    const c = counts[r.id] ?? { of: 0, reached: 0, missing: 0 };
    if (toChildren(r)) return [c.reached, c.missing];
    if (r.reach === 'village') return [sheet === 'village' ? (c.reached ? '已开展' : '未开展') : c.missing];
    if (sheet === 'village') return [];
    return [c.of === 1 ? (c.reached ? '已开展' : '未开展') : `${c.missing}个未开展`];
  });
}

const kindHeaders = CARE_ACTIVITY_KINDS.map((k) => `${CARE_ACTIVITY_KIND_NAMES[k]}\n（场次）`);
const kindCells = (a: Record<CareActivityKind, number>) => CARE_ACTIVITY_KINDS.map((k) => a[k]);

/** The year's activities under the region, with the children and families of the register each reached. */
async function activitiesOfYear(db: Kysely<DB>, report: CoverageReport) {
  return db
    .selectFrom('care_activity as a')
    .leftJoin('region as r', 'r.code', 'a.region_code')
    .leftJoin('care_activity_child as ac', 'ac.activity_id', 'a.id')
    .select([
      'a.id',
      'a.held_on',
      'a.kind',
      'a.title',
      'a.place',
      'r.name as region_name',
      'a.organiser_name',
      'a.anonymous_count',
      sql<number>`count(distinct ac.child_id) filter (where ac.reach = 'child')::int`.as('children'),
      sql<number>`count(distinct ac.child_id) filter (where ac.reach = 'family')::int`.as('families'),
    ])
    .where('a.region_code', 'like', `${report.region}%`)
    .where('a.voided_at', 'is', null)
    .where('a.held_on', '>=', `${report.year}-01-01`)
    .where('a.held_on', '<=', report.asOf)
    .groupBy(['a.id', 'r.name'])
    .orderBy('a.held_on')
    .orderBy('a.id')
    .execute();
}

function careRule(policy: string, id: string): CareActivityRule {
  return findProfile(policy)!.careActivities.find((r) => r.id === id)!;
}

/** The workbook, and the ids of the children it names (for the audit record written before it leaves). */
export async function coverageXlsx(
  db: Kysely<DB>,
  report: CoverageReport,
): Promise<{ buffer: Buffer; childIds: string[] }> {
  const workbook = new (await loadExcelJS()).Workbook();
  const date = formatChineseDate(report.asOf);
  const title = `${report.regionName}${report.year}年关爱活动覆盖情况`;

  const villageSheet = workbook.addWorksheet('村（社区）');
  const vRules = ruleHeaders(report.rules, 'village');
  head(
    villageSheet,
    title,
    `截至${date}；服务对象按截至日统计；“已覆盖”为各项要求所在周期内参加活动的服务对象（或其家庭）`,
    ['乡镇（街道）', '村（社区）', '服务对象（人）', ...vRules, ...kindHeaders],
    [16, 18, 10, ...vRules.map(() => 12), ...kindHeaders.map(() => 10)],
  );
  for (const v of report.villages as VillageCoverage[])
    addRow(
      villageSheet,
      [
        v.townshipName,
        v.name,
        v.targetChildren,
        ...ruleCells(report.rules, v.rules, 'village'),
        ...kindCells(v.activities),
      ],
      2,
    );

  const townshipSheet = workbook.addWorksheet('乡镇（街道）');
  const tRules = ruleHeaders(report.rules, 'township');
  head(
    townshipSheet,
    title,
    `截至${date}`,
    ['乡镇（街道）', '村（社区）数', '服务对象（人）', ...tRules, ...kindHeaders],
    [18, 10, 10, ...tRules.map(() => 12), ...kindHeaders.map(() => 10)],
  );
  for (const t of [
    ...report.townships,
    { ...report.total, name: `${report.regionName}合计` },
  ] as AreaCoverage[])
    addRow(
      townshipSheet,
      [
        t.name,
        t.villages,
        t.targetChildren,
        ...ruleCells(report.rules, t.rules, 'township'),
        ...kindCells(t.activities),
      ],
      1,
    );

  const rulesSheet = workbook.addWorksheet('活动要求');
  head(
    rulesSheet,
    `${report.policy.name}关爱活动要求`,
    '出处为该地三年行动方案的段落；“借用”指取自其他地方方案',
    ['活动类型', '覆盖对象', '频次', '统计周期', '要求原文', '出处'],
    [16, 18, 14, 24, 70, 16],
  );
  for (const r of report.rules)
    addRow(
      rulesSheet,
      [
        r.kindName,
        r.reachName,
        r.rateName ?? '未规定频次（只统计当年覆盖情况）',
        `${r.period.start} 至 ${r.period.until}`,
        r.text,
        `${r.source}${r.adopted ? '（借用）' : ''}`,
      ],
      5,
    );

  const listSheet = workbook.addWorksheet('活动清单');
  head(
    listSheet,
    `${report.regionName}${report.year}年关爱活动清单`,
    `${report.year}年1月1日至${date}举办的活动（不含已撤销的）；覆盖人数为登记在册的儿童`,
    ['日期', '活动类型', '活动名称', '地点', '举办地', '组织单位', '覆盖儿童', '覆盖家庭', '不记名参加人数'],
    [12, 16, 30, 24, 18, 20, 10, 10, 12],
  );
  for (const a of await activitiesOfYear(db, report))
    addRow(
      listSheet,
      [
        a.held_on,
        CARE_ACTIVITY_KIND_NAMES[a.kind],
        a.title,
        a.place,
        a.region_name,
        a.organiser_name,
        a.children,
        a.families,
        a.anonymous_count,
      ],
      6,
    );

  const namesSheet = workbook.addWorksheet('未覆盖名单');
  head(
    namesSheet,
    `${title}：未覆盖的服务对象`,
    `截至${date}；列出有频次要求的活动在其周期内尚未覆盖的服务对象，仅供核实补缺，请勿外传`,
    ['活动类型', '覆盖对象', '乡镇（街道）', '村（社区）', '姓名', '年龄', '风险等级'],
    [16, 16, 16, 18, 12, 8, 10],
  );
  const named = new Set<string>();
  for (const rule of report.rules) {
    // A duty without a rate asks no one to be reached by a date: its figures are on the first sheets.
    if (!toChildren(rule) || rule.every === null) continue;
    const profileRule = careRule(report.policy.id, rule.id);
    const { rows } = await ruleChildren(db, report.region, report.asOf, profileRule, false);
    for (const c of rows) {
      named.add(c.id);
      addRow(
        namesSheet,
        [
          rule.kindName,
          rule.reach === 'target_family' ? '家庭' : '儿童本人',
          c.township_name,
          c.village_name,
          c.name,
          ageOn(c.birth_date, report.asOf),
          LEVEL_NAMES[c.level] ?? c.level,
        ],
        5,
      );
    }
  }
  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), childIds: [...named] };
}
