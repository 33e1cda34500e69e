// The fields many routes take, declared once (issue 21.2): they were copied into a dozen modules and their
// messages had drifted four ways.
import { z } from 'zod';
import { isIsoDate } from '../domain/dates.ts';

/** A statistical region code at any level: province 2, city 4, county 6, township 9, village 12 digits. */
export const regionCode = z
  .string()
  .regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, { error: '区划代码应为2、4、6、9或12位数字' });

/** A county's code: 6 digits. */
export const countyCode = z.string().regex(/^\d{6}$/, { error: '应为6位县级区划代码' });

/** A day, 'YYYY-MM-DD'. */
export const isoDate = z.string().refine(isIsoDate, {
  error: (issue) => `应为日期 年-月-日（如 2026-01-31），实际 "${String(issue.input)}"`,
});

/** A yes/no in a query string: 'true' or 'false'. */
export const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Free text, trimmed, at most `max` characters; may be empty (add .min(1) or a local helper when it must not). */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `最多${max}个字符` });

/** A list answer: `{ items: [...] }`. */
export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** The path parameter of every route under /children/:id. */
export const childParams = z.object({ id: z.uuid({ error: '档案编号无效' }) });

/** The path parameter `:id` of a record that is not a child's file (an activity, a plan, a check, a person). */
export const idParams = z.object({ id: z.uuid({ error: '编号无效' }) });
