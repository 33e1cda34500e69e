// Cell readers for roster columns, and the columns every roster has: who the person is (ID number, name,
// birth date) and, where the department knows it, the village the person lives in.
import { isIsoDate } from '../../domain/dates.ts';
import { cellDate, cellText } from '../../shared/tabular/cells.ts';
import { isIsoDateFast } from './fast-checks.ts';
import type { Parsed, RosterField, StagingType } from './rule.ts';

export function textValue(max = 200) {
  return (value: unknown): Parsed<string> => {
    const text = cellText(value);
    if (text !== null && text.length > max) return { ok: false, message: `内容过长（最多 ${max} 个字）` };
    return { ok: true, value: text };
  };
}

export function dateValue(value: unknown): Parsed<string> {
  if (typeof value === 'string' && isIsoDateFast(value)) return { ok: true, value };
  const date = cellDate(value);
  if (date === null) return { ok: true, value: null };
  if (!isIsoDate(date))
    return { ok: false, message: `日期无效："${String(value)}"，应为 年-月-日（如 2026-01-31）` };
  return { ok: true, value: date };
}

/** One of a few codes, each also written in Chinese: 低保 → dibao. Unknown words are errors, not guesses. */
export function codeValue<C extends string>(codes: Record<C, readonly string[]>, what: string) {
  const table = new Map<string, C>();
  for (const [code, words] of Object.entries(codes) as [C, readonly string[]][])
    for (const word of [code, ...words]) table.set(word.toLowerCase(), code);
  return (value: unknown): Parsed<C> => {
    const text = cellText(value);
    if (text === null) return { ok: true, value: null };
    const code = table.get(text.replace(/\s+/g, '').toLowerCase());
    if (code === undefined)
      return { ok: false, message: `未知的${what}："${text}"（可用：${[...table.keys()].join('、')}）` };
    return { ok: true, value: code };
  };
}

export function field<T>(
  spec: Omit<RosterField<T>, 'sqlName' | 'type'> & { sqlName?: string; type?: StagingType },
): RosterField<T> {
  return {
    ...spec,
    sqlName: spec.sqlName ?? spec.field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
    type: spec.type ?? 'text',
  };
}

export const ID_NUMBER_ALIASES = [
  '身份证号',
  '身份证号码',
  '公民身份号码',
  '身份证',
  '证件号码',
  '身份证件号码',
];

/** The columns of every roster besides its own. idNumber is read by the roster reader itself. */
export const COMMON_FIELDS = {
  name: field({
    field: 'name',
    label: '姓名',
    aliases: ['姓名', '儿童姓名', '学生姓名', '名字'],
    required: true,
    parse: textValue(50),
  }),
  birthDate: field({
    field: 'birthDate',
    label: '出生日期',
    aliases: ['出生日期', '出生年月日', '生日', '出生年月'],
    required: true,
    type: 'date',
    parse: dateValue,
  }),
  villageCode: field({
    field: 'villageCode',
    label: '村（社区）代码',
    aliases: ['村（社区）代码', '村居代码', '村(居)代码', '现住址区划代码', '居住地区划代码', '区划代码'],
    required: false,
    parse: (value: unknown): Parsed<string> => {
      const text = cellText(value);
      if (text === null) return { ok: true, value: null };
      if (!/^\d{12}$/.test(text)) return { ok: false, message: `应为12位统计用区划代码，实际 "${text}"` };
      return { ok: true, value: text };
    },
  }),
};
