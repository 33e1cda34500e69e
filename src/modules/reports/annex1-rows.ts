// The rows of Annex 1 (普宁 附件1 摸排情况数据表, DOMAIN.md §7) in the form's order, with the form's own words.
// A row counts the children of its level that have any of its factors (four-colour factors, derived
// parent factors included) or conditions (the 低保/特困 rows of green); "other" counts the children of the
// level that match none of the level's listed rows.
import type { Level } from '../../domain/codes.ts';

export interface Annex1Row {
  level: Level;
  /** Numbered from 1 within the level, as on the form. */
  item: number;
  factors: readonly string[];
  conditions: readonly string[];
  other: boolean;
  label: string;
  /** The form's "其中…" line under the row. */
  intervenedLabel: string;
  /** What the line counts, read from its words: any of these sets, each met in full (issue 19 pt 2). */
  line: readonly (readonly Need[])[];
}

/**
 * What a child must have for a "其中…" line (docs/reports.md), each on or as of the statistics date:
 * `intervened` 已干预 — an intervention record; `secured` 已落实保障 — assistance on the file in force
 * (started, not ended); `schooled` 已复学复读 — a return to school recorded; `tracked` 已定期介入跟踪 — visited
 * at least once, and neither the visit nor the contact of its schedule overdue.
 */
export type Need = 'intervened' | 'secured' | 'schooled' | 'tracked';

/** The form's lines and what each asks, word for word: 或 = either, 和/、 = both. */
export const LINE_NEEDS: Record<string, readonly (readonly Need[])[]> = {
  其中已干预的儿童数: [['intervened']],
  其中已干预或已定期介入跟踪的儿童数: [['intervened'], ['tracked']],
  其中已干预或已落实保障的儿童数: [['intervened'], ['secured']],
  其中已干预或已复学复读的儿童数: [['intervened'], ['schooled']],
  其中已落实保障和已定期介入跟踪的儿童数: [['secured', 'tracked']],
  其中已干预或已落实保障和已定期介入跟踪的儿童数: [['intervened'], ['secured', 'tracked']],
  '其中已干预和已落实保障、定期介入跟踪的儿童数': [['intervened', 'secured', 'tracked']],
  其中已干预和已定期介入跟踪的儿童数: [['intervened', 'tracked']],
};

function needsOf(label: string): readonly (readonly Need[])[] {
  const needs = LINE_NEEDS[label];
  if (!needs) throw new Error(`Annex 1 line without a reading: ${label}`);
  return needs;
}

type RowSpec = [factors: string[], conditions: string[], label: string, intervenedLabel: string];
const OTHER = null;

const INTERVENED = '其中已干预的儿童数';
const TRACKED = '其中已干预或已定期介入跟踪的儿童数';
const SECURED = '其中已干预或已落实保障的儿童数';
const SUPPORTED = '其中已落实保障和已定期介入跟踪的儿童数';

const SPECS: Record<Level, (RowSpec | [typeof OTHER, string, string])[]> = {
  red: [
    [['harm.suspected'], [], '（疑似）遭受性侵害、虐待、拐卖、暴力伤害、遗弃等不法侵害的儿童数', INTERVENED],
    [['unsupervised.living_alone', 'unsupervised.wandering_or_missing'], [], '脱离监护单独居住生活、流浪或失踪的儿童数', INTERVENED],
    [['guardianship.absent'], [], '（疑似）监护完全缺失的儿童数', INTERVENED],
    [['self_harm'], [], '（疑似）有自杀或自残行为的儿童数', INTERVENED],
    [OTHER, '其他情况的儿童数', INTERVENED],
  ],
  yellow: [
    [['guardianship.severely_insufficient'], [], '（疑似）监护严重不足（抚养人为失能半失能老人、无行为能力人、限制民事行为能力人）的儿童数', TRACKED],
    [['parents.both_severely_disabled'], [], '父母双方均重残或精神、智力残疾家庭的儿童数', SECURED],
    [['parents.both_imprisoned'], [], '父母双方均服刑在押的儿童数', SECURED],
    [['school.dropout_suspected'], [], '（疑似）辍学的儿童数', '其中已干预或已复学复读的儿童数'],
    [['parents.both_substance_abuse'], [], '父母双方均长期吸毒、酗酒、赌博等的儿童数', TRACKED],
    [OTHER, '其他情况的儿童数', TRACKED],
  ],
  blue: [
    [['orphan', 'hiv'], [], '孤儿数（含艾滋病病毒感染儿童）', SUPPORTED],
    [['de_facto_unsupported'], [], '事实无人抚养儿童数', SUPPORTED],
    [['guardianship.insufficient'], [], '（疑似）监护存在不足的儿童数', '其中已干预或已落实保障和已定期介入跟踪的儿童数'],
    [['disability.severe'], [], '一级、二级残疾和三级、四级精神、智力残疾的儿童数', '其中已干预和已落实保障、定期介入跟踪的儿童数'],
    [['mental.abnormal_behaviour'], [], '（疑似）有心理或行为异常的儿童数', '其中已干预和已定期介入跟踪的儿童数'],
    [['parents.one_substance_abuse'], [], '父母一方长期吸毒、酗酒、赌博等的儿童数', '其中已干预和已定期介入跟踪的儿童数'],
    [OTHER, '其他情况的儿童数', '其中已干预和已定期介入跟踪的儿童数'],
  ],
  green: [
    [[], ['assist.dibao'], '最低生活保障家庭中的儿童数', SUPPORTED],
    [[], ['assist.dibao_marginal', 'assist.expenditure_hardship'], '最低生活保障边缘家庭和支出型困难家庭中的儿童数', SUPPORTED],
    [[], ['assist.tekun'], '特困人员中的儿童数', SUPPORTED],
    [OTHER, '其他情况的儿童数', SUPPORTED],
  ],
}; // prettier-ignore

function build(level: Level): Annex1Row[] {
  const specs = SPECS[level];
  const listed = specs.filter((s): s is RowSpec => s[0] !== OTHER);
  return specs.map((spec, i) =>
    spec[0] === OTHER
      ? {
          level,
          item: i + 1,
          factors: listed.flatMap((s) => s[0]),
          conditions: listed.flatMap((s) => s[1]),
          other: true,
          label: spec[1],
          intervenedLabel: spec[2],
          line: needsOf(spec[2]),
        }
      : {
          level,
          item: i + 1,
          factors: spec[0],
          conditions: spec[1],
          other: false,
          label: spec[2],
          intervenedLabel: spec[3],
          line: needsOf(spec[3]),
        },
  );
}

/** Every level's rows; an "other" row carries the codes it must NOT match. */
export const ANNEX1_ROWS: Record<Level, readonly Annex1Row[]> = {
  red: build('red'),
  yellow: build('yellow'),
  blue: build('blue'),
  green: build('green'),
};

/** How the form names each level in its first column. */
export const ANNEX1_LEVEL_LABELS: Record<Level, string> = {
  red: '高风险等级（红色）',
  yellow: '中高风险等级（黄色）',
  blue: '中低风险等级（蓝色）',
  green: '低风险等级（绿色）',
};
