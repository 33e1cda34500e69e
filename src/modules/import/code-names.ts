// Codes as people write them in a spreadsheet: the code itself, its Chinese name from the code tables, or
// a short everyday name (低保, 辍学, 服刑). Several may share a cell, separated by 、，; — but some Chinese
// names contain 、 themselves (长期吸毒、酗酒、赌博), so a cell is read by matching the longest known name at
// each position before splitting.
import {
  CONDITION_NAMES,
  GUARDIANSHIP_NAMES,
  HUKOU_NAMES,
  PARENT_STATUS_NAMES,
  type Condition,
  type GuardianshipQuality,
  type HukouType,
  type ParentStatus,
} from '../../domain/codes.ts';
import {
  INTERVENTION_KIND_NAMES,
  RESPONSIBLE_SIDE_NAMES,
  SCHOOL_STAGE_NAMES,
  type InterventionKind,
  type ResponsibleSide,
  type SchoolStage,
} from '../children/index.ts';

export interface CodeTable<T extends string = string> {
  /** What the codes are, for messages: 情形, 父母状况. */
  what: string;
  names: Record<T, string>;
  /** Short names offered in the template's instructions, beside the full ones. */
  aliases: Partial<Record<T, readonly string[]>>;
  lookup: Map<string, T>;
  /** Every key of `lookup`, longest first, for reading lists. */
  keys: string[];
}

/** Full-width letters and brackets to half-width, ideographic space to space, ASCII lower-case. */
export function normalizeName(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim()
    .toLowerCase();
}

const SUSPECTED = /^\(疑似\)/;

function codeTable<T extends string>(
  what: string,
  names: Record<T, string>,
  aliases: Partial<Record<T, readonly string[]>> = {},
): CodeTable<T> {
  const lookup = new Map<string, T>();
  const add = (key: string, code: T) => {
    const k = normalizeName(key);
    if (k && !lookup.has(k)) lookup.set(k, code);
  };
  for (const code of Object.keys(names) as T[]) {
    add(code, code);
    const name = normalizeName(names[code]);
    add(name, code);
    // "（疑似）辍学" is also written without the hedge.
    if (SUSPECTED.test(name)) add(name.replace(SUSPECTED, ''), code);
    for (const alias of aliases[code] ?? []) add(alias, code);
  }
  return { what, names, aliases, lookup, keys: [...lookup.keys()].sort((a, b) => b.length - a.length) };
}

export const CONDITION_TABLE = codeTable<Condition>('情形', CONDITION_NAMES, {
  'harm.suspected': ['遭受不法侵害', '疑似遭受不法侵害', '不法侵害', '性侵害', '性侵', '虐待', '拐卖', '暴力伤害', '遗弃'],
  'unsupervised.living_alone': ['独居', '单独居住', '脱离监护单独居住'],
  'unsupervised.wandering_or_missing': ['流浪', '失踪', '流浪失踪'],
  'guardianship.absent': ['监护缺失', '监护完全缺失'],
  self_harm: ['自杀', '自残', '自杀自残', '有自杀或自残行为'],
  'guardianship.severely_insufficient': ['监护严重不足'],
  'school.dropout_suspected': ['辍学', '疑似辍学'],
  'mental.serious_illness': ['严重心理疾病', '心理障碍', '心理疾病'],
  hiv: ['艾滋病', '艾滋病病毒感染', 'hiv'],
  de_facto_unsupported: ['事实无人抚养'],
  'guardianship.insufficient': ['监护不足', '监护存在不足'],
  'disability.severe': ['重残', '重度残疾', '重残儿童'],
  'mental.abnormal_behaviour': ['心理异常', '行为异常', '心理或行为异常'],
  'illness.severe': ['重病', '重病儿童'],
  state_guardianship: ['兜底监护', '民政监护', '兜底监护儿童'],
  single_parent_rural: ['单亲', '农村单亲', '单亲家庭', '农村单亲家庭'],
  no_hukou: ['无户口', '未落户'],
  'assist.dibao': ['低保', '低保家庭', '低保户'],
  'assist.dibao_marginal': ['低保边缘', '低保边缘家庭'],
  'assist.expenditure_hardship': ['支出型困难', '支出型困难家庭'],
  'assist.tekun': ['特困', '特困供养', '特困家庭'],
}); // prettier-ignore

export const PARENT_STATUS_TABLE = codeTable<ParentStatus>('父母状况', PARENT_STATUS_NAMES, {
  migrant: ['务工', '外出', '外出打工', '打工'],
  deceased: ['去世', '已故', '病故'],
  missing: ['失踪'],
  severe_disability: ['重度残疾', '残疾（重度）'],
  severe_illness: ['患重病'],
  lost_contact: ['失去联系'],
  deported: ['被遣送出境', '被驱逐出境', '遣送出境', '驱逐出境'],
  imprisoned: ['服刑', '在押', '羁押'],
  drug_rehab: ['戒毒', '强戒'],
  restricted_liberty: ['限制人身自由'],
  substance_abuse: ['吸毒', '酗酒', '赌博'],
  guardianship_revoked: ['撤销监护资格', '撤销监护'],
}); // prettier-ignore

export const GENDER_TABLE = codeTable<'male' | 'female'>(
  '性别',
  { male: '男', female: '女' },
  { male: ['男性', 'm'], female: ['女性', 'f'] },
);

export const HUKOU_TABLE = codeTable<HukouType>('户籍类型', HUKOU_NAMES, {
  rural: ['农村', '农业', '农业户口', '农村户口', '农村户籍', '乡村'],
  urban: ['城镇', '非农业', '非农业户口', '城镇户口', '城镇户籍', '城市'],
});

export const GUARDIANSHIP_TABLE = codeTable<GuardianshipQuality>('监护状况', GUARDIANSHIP_NAMES, {
  good: ['好', '良好'],
  fair: ['中'],
  poor: ['差'],
});

export const RESPONSIBLE_SIDE_TABLE = codeTable<ResponsibleSide>('责任方', RESPONSIBLE_SIDE_NAMES, {
  residence: ['居住地'],
  registration: ['户籍地'],
});

export const SCHOOL_STAGE_TABLE = codeTable<SchoolStage>('学段', SCHOOL_STAGE_NAMES, {
  none: ['未入学', '未到学龄'],
  preschool: ['幼儿园', '学龄前'],
  junior: ['初中', '中学'],
  senior: ['普通高中'],
  vocational: ['中专', '职高', '技校'],
  out_of_school: ['失学', '辍学'],
});

export const INTERVENTION_KIND_TABLE = codeTable<InterventionKind>('干预措施', INTERVENTION_KIND_NAMES, {
  placement: ['安置', '委托亲属抚养', '家庭寄养', '机构收留'],
  medical: ['医疗'],
  education: ['教育'],
  guardianship_support: ['监护干预'],
  rehabilitation: ['康复'],
  other: ['其他'],
});

/** The code a cell names, or undefined. */
export function lookupCode<T extends string>(table: CodeTable<T>, text: string): T | undefined {
  return table.lookup.get(normalizeName(text));
}

const SEPARATOR = /[、,;|/\s]/;

/** Reads a cell holding several codes or names; what matches nothing comes back in `unknown`, as written. */
export function readCodeList<T extends string>(
  table: CodeTable<T>,
  cell: string,
): { codes: T[]; unknown: string[] } {
  const text = normalizeName(cell);
  const codes: T[] = [];
  const unknown: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (SEPARATOR.test(text[i] as string)) {
      i += 1;
      continue;
    }
    const key = table.keys.find(
      (k) => text.startsWith(k, i) && (i + k.length === text.length || SEPARATOR.test(text[i + k.length]!)),
    );
    if (key) {
      const code = table.lookup.get(key) as T;
      if (!codes.includes(code)) codes.push(code);
      i += key.length;
      continue;
    }
    let end = i;
    while (end < text.length && !SEPARATOR.test(text[end] as string)) end += 1;
    unknown.push(text.slice(i, end));
    i = end;
  }
  return { codes, unknown };
}

/** "较好（good）、一般（fair）…" for messages and the template's instructions. */
export function describeCodes(table: CodeTable): string {
  return Object.entries(table.names)
    .map(([code, name]) => `${name as string}（${code}）`)
    .join('、');
}
