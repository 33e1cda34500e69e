// zod's own messages in Chinese, for whoever reads them: a person at a form or an integrator reading a 400
// (issue 22.2). Installed once for the whole process with z.config; a schema's own message (regex, refine,
// enum with `error:`) still wins. Never repeats what was sent: an ID number or a phone may be in it.
import { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '布尔值（true 或 false）',
  object: '对象',
  array: '数组',
  date: '日期',
  null: '空值（null）',
  undefined: '未填写',
  nan: '非数字',
  symbol: '符号',
  function: '函数',
  map: '映射',
  set: '集合',
  file: '文件',
  record: '对象',
  tuple: '数组',
  literal: '固定值',
  enum: '可选值之一',
};

const FORMAT_NAMES: Record<string, string> = {
  email: '电子邮件地址',
  url: '网址',
  uuid: 'UUID 编号',
  guid: 'UUID 编号',
  datetime: '日期时间（ISO 8601）',
  date: '日期 年-月-日（如 2026-01-31）',
  time: '时间 HH:MM:SS',
  ipv4: 'IPv4 地址',
  ipv6: 'IPv6 地址',
  base64: 'Base64 编码',
  e164: '电话号码（E.164）',
};

function typeName(name: string): string {
  return TYPE_NAMES[name] ?? '其他类型';
}

/** The type of what was sent, named without showing it. */
function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

/** A value the schema allows (an enum's option), shown as is: it comes from the schema, not the request. */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

/** A key sent by the client, shortened, with long digit runs hidden (it may be an ID number or a phone). */
function safeKey(key: PropertyKey): string {
  const text = String(key).replace(/\d{6,}/g, '…');
  return text.length > 32 ? `${text.slice(0, 32)}…` : text;
}

const SIZED: Record<string, string> = { string: '个字符', array: '项', set: '项', file: '字节', map: '项' };

function limit(value: number | bigint): string {
  return Math.abs(Number(value)) >= Number.MAX_SAFE_INTEGER ? '允许的范围' : String(value);
}

export function chineseMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '必须填写';
      // A query parameter coerced to a number that is not one ("page=abc") arrives as NaN.
      if (Number.isNaN(issue.input)) return `应为${typeName(issue.expected)}`;
      if (issue.expected === 'int' && typeof issue.input === 'number') return '应为整数';
      return `应为${typeName(issue.expected)}，收到的是${typeName(receivedType(issue.input))}`;
    case 'invalid_value':
      if (issue.values.length === 1) return `应为 ${shown(issue.values[0])}`;
      return `应为以下之一：${issue.values.map(shown).join('、')}`;
    case 'too_big': {
      const unit = SIZED[issue.origin];
      if (Math.abs(Number(issue.maximum)) >= Number.MAX_SAFE_INTEGER) return '数值过大';
      if (unit) return `最多 ${limit(issue.maximum)} ${unit}`;
      return issue.inclusive ? `不能大于 ${limit(issue.maximum)}` : `应小于 ${limit(issue.maximum)}`;
    }
    case 'too_small': {
      const unit = SIZED[issue.origin];
      if (Math.abs(Number(issue.minimum)) >= Number.MAX_SAFE_INTEGER) return '数值过小';
      if (unit === '个字符' && Number(issue.minimum) === 1) return '不能为空';
      if (unit === '项' && Number(issue.minimum) === 1) return '至少要有一项';
      if (unit) return `至少 ${limit(issue.minimum)} ${unit}`;
      return issue.inclusive ? `不能小于 ${limit(issue.minimum)}` : `应大于 ${limit(issue.minimum)}`;
    }
    case 'invalid_format': {
      const name = FORMAT_NAMES[issue.format];
      return name ? `应为${name}` : '格式不正确';
    }
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的倍数`;
    case 'unrecognized_keys':
      return `含有不认识的字段：${issue.keys.slice(0, 5).map(safeKey).join('、')}${issue.keys.length > 5 ? ' 等' : ''}`;
    case 'invalid_key':
      return '含有无效的键';
    case 'invalid_element':
      return '含有无效的值';
    case 'invalid_union':
      return '不符合任何一种允许的写法';
    default:
      return '输入无效';
  }
}

let installed = false;

/** Makes every zod schema in the process speak Chinese (idempotent). */
export function installChineseZodMessages(): void {
  if (installed) return;
  installed = true;
  z.config({ localeError: chineseMessage });
}

/** Has a CJK character: the test of "a person can read it" used by the error handler and the tests. */
export function hasChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}
