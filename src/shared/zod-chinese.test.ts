// zod's own messages, once the Chinese map is installed: each kind of problem in words a clerk reads, and
// never what was sent (it may be an ID number or a phone).
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hasChinese, installChineseZodMessages } from './zod-chinese.ts';

beforeAll(() => installChineseZodMessages());

const messageOf = (schema: z.ZodType, value: unknown): string => {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return result.error!.issues[0]!.message;
};

describe('zod in Chinese', () => {
  it.each([
    ['missing', z.object({ a: z.string() }), {}, '必须填写'],
    ['wrong type', z.string(), 5, '应为文本，收到的是数字'],
    ['not a number', z.coerce.number(), 'abc', '应为数字'],
    ['integer', z.number().int(), 1.5, '应为整数'],
    ['too big', z.number().max(200), 1000, '不能大于 200'],
    ['unbounded int', z.coerce.number().int(), '99999999999999999999', '数值过大'],
    ['too small', z.number().min(1), 0, '不能小于 1'],
    ['empty text', z.string().min(1), '', '不能为空'],
    ['long text', z.string().max(3), 'abcd', '最多 3 个字符'],
    ['enum', z.enum(['red', 'green']), 'purple', '应为以下之一：red、green'],
    ['uuid', z.uuid(), 'x', '应为UUID 编号'],
    ['regex', z.string().regex(/^\d+$/), 'x', '格式不正确'],
    ['unknown keys', z.strictObject({}), { extra: 1 }, '含有不认识的字段：extra'],
  ])('%s', (_, schema, value, expected) => {
    const message = messageOf(schema as z.ZodType, value);
    expect(message).toBe(expected);
    expect(hasChinese(message)).toBe(true);
  });

  it("keeps a schema's own message", () => {
    expect(messageOf(z.string().regex(/^\d{12}$/, { error: '应为12位代码' }), 'x')).toBe('应为12位代码');
  });

  it('never repeats an ID number or a phone sent as a key or a value', () => {
    const id = '44528119900101123X';
    const messages = [
      messageOf(z.strictObject({}), { [id]: 1, '13800138000': 2 }),
      messageOf(z.enum(['a']), id),
      messageOf(z.number(), '13800138000'),
    ];
    for (const m of messages) {
      expect(m).not.toContain('19900101');
      expect(m).not.toContain('13800138000');
    }
  });
});
