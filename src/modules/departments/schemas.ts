// The shapes departments travel in.
import { z } from 'zod';
import { DEPARTMENT_KINDS } from '../../domain/department-kinds.ts';
import { countyCode, text } from '../../shared/zod-fields.ts';

export const departmentKind = z.enum(DEPARTMENT_KINDS, {
  error: (issue) => `未知的部门类别 "${String(issue.input)}"`,
});

export const departmentInput = z.object({
  countyCode,
  kind: departmentKind,
  name: text(100).min(1, { error: '请填写部门名称' }),
  contactPerson: text(50).nullish(),
  phone: text(30).nullish(),
});

export const departmentPatch = z.object({
  name: text(100).min(1, { error: '请填写部门名称' }).optional(),
  contactPerson: text(50).nullable().optional(),
  phone: text(30).nullable().optional(),
  disabled: z.boolean().optional(),
});

export const departmentViewSchema = z.object({
  id: z.string(),
  countyCode: z.string(),
  countyName: z.string().nullable(),
  kind: z.enum(DEPARTMENT_KINDS),
  kindName: z.string(),
  name: z.string(),
  contactPerson: z.string().nullable(),
  phone: z.string().nullable(),
  disabled: z.boolean(),
});
