// zod's own messages are English; the schemas' custom ones are Chinese already. A person reading an
// import report gets Chinese either way.
import type { z } from 'zod';

const CJK = /[\u4e00-\u9fff]/;

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '数组',
  object: '对象',
  int: '整数',
};

export function zodMessage(issue: z.core.$ZodIssue): string {
  if (CJK.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const input = (issue as { input?: unknown }).input;
      if (input === undefined || input === null) return '必填，不能为空';
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}，实际为 ${JSON.stringify(input)}`;
    }
    case 'invalid_value':
      return `应为 ${issue.values.map((v) => String(v)).join('、')} 之一，实际为 ${JSON.stringify((issue as { input?: unknown }).input)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `最多 ${String(issue.maximum)} 项`
        : `不能大于 ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `至少 ${String(issue.minimum)} 项`
        : `不能小于 ${String(issue.minimum)}`;
    case 'invalid_format':
      return '格式不正确';
    case 'unrecognized_keys':
      return `未知的字段：${issue.keys.join('、')}`;
    default:
      return `输入无效（${issue.message}）`;
  }
}
