// The shapes children travel in (API and import alike). Field names are the CONTRACT's (camelCase); the
// codes are DOMAIN.md's and are checked one by one so that an unknown code is named in the error.
import { z } from 'zod';
import {
  CONDITIONS,
  DIFFICULTY_TYPES,
  GUARDIANSHIP_QUALITIES,
  HUKOU_TYPES,
  LEVELS,
  PARENT_STATUSES,
  POPULATIONS,
  isCondition,
  isParentStatus,
} from '../../domain/codes.ts';
import { flag, isoDate, regionCode, text } from '../../shared/zod-fields.ts';
import {
  EXIT_REASONS,
  INTERVENTION_KINDS,
  RESPONSIBLE_SIDES,
  SCHOOL_STAGES,
  SUPPORT_KINDS,
} from './codes.ts';

/** How the OpenAPI document describes a ?level= list (the check itself is the enum after the split). */
export const LEVEL_LIST_DOC = {
  description: '风险等级，可多个，用逗号分隔：red（红）、yellow（黄）、blue（蓝）、green（绿）',
  pattern: '^(red|yellow|blue|green)(,(red|yellow|blue|green))*$',
  example: 'red,yellow',
};

// The filters of the children list (GET /api/v1/children), which its export takes too, so that an export holds
// exactly the children the person is looking at. Two groups: the list takes `worklist` between them.
export const childListFilters = {
  region: regionCode.optional(),
  level: z
    .string()
    .meta(LEVEL_LIST_DOC)
    .transform((v) => v.split(',').filter(Boolean))
    .pipe(z.array(z.enum(LEVELS)))
    .optional(),
  population: z.enum(POPULATIONS).optional(),
  difficultyType: z.enum(DIFFICULTY_TYPES).optional(),
  overdue: flag.optional(),
  awaitingHandling: flag.optional(),
  target: flag.optional(),
};
export const childListSearch = {
  ageMin: z.coerce.number().int().min(0).max(18).optional(),
  ageMax: z.coerce.number().int().min(0).max(18).optional(),
  q: z.string().max(50).optional(),
  status: z.enum(['active', 'exited', 'all']).optional(),
  sort: z.enum(['due', 'name', 'level', 'updated']).optional(),
};

const optionalText = (max: number) => text(max).nullish();

export const conditionCode = z.string().refine(isCondition, {
  error: (issue) => `未知的情形代码 "${String(issue.input)}"`,
});
export const parentStatusCode = z.string().refine(isParentStatus, {
  error: (issue) => `未知的父母状况代码 "${String(issue.input)}"`,
});

export const regionCode12 = z.string().regex(/^\d{12}$/, { error: '应为12位统计用区划代码' });

export const parentInput = z.object({
  relation: z.enum(['father', 'mother'], { error: 'relation 应为 father 或 mother' }),
  name: optionalText(50),
  idNumber: optionalText(18),
  phone: optionalText(30),
  statuses: z.array(parentStatusCode).max(PARENT_STATUSES.length).default([]),
  migrantMonths: z.number().min(0).max(600).nullish(),
  crossCounty: z.boolean().nullish(),
  coreUrbanBoth: z.boolean().nullish(),
  workPlace: optionalText(200),
  note: optionalText(2000),
});
export type ParentInput = z.infer<typeof parentInput>;

export const caregiverInput = z.object({
  name: text(50).min(1, { error: '请填写被委托照护人姓名' }),
  relation: optionalText(30),
  idNumber: optionalText(18),
  phone: optionalText(30),
  agreementSignedOn: isoDate.nullish(),
  assessment: z.enum(GUARDIANSHIP_QUALITIES).nullish(),
  assessmentNote: optionalText(2000),
  assessedOn: isoDate.nullish(),
});
export type CaregiverInput = z.infer<typeof caregiverInput>;

export const childFields = {
  externalId: optionalText(64),
  name: text(50).min(1, { error: '请填写姓名' }),
  gender: z.enum(['male', 'female']).nullish(),
  idNumber: optionalText(30),
  birthDate: isoDate.nullish(),
  ethnicity: optionalText(20),
  hukouType: z.enum(HUKOU_TYPES).nullish(),
  hukouRegionCode: regionCode12.nullish(),
  villageCode: regionCode12,
  responsibleSide: z.enum(RESPONSIBLE_SIDES).nullish(),
  address: optionalText(200),
  phone: optionalText(30),
  schoolName: optionalText(100),
  schoolStage: z.enum(SCHOOL_STAGES).nullish(),
  schoolGrade: optionalText(20),
  healthStatus: optionalText(200),
  disabilityCategory: optionalText(50),
  disabilityGrade: z.number().int().min(1).max(4).nullish(),
  disabilityCertificate: optionalText(50),
  guardianship: z.enum(GUARDIANSHIP_QUALITIES).nullish(),
  conditions: z.array(conditionCode).max(CONDITIONS.length),
  parents: z
    .array(parentInput)
    .max(2, { error: '最多两位父母' })
    .refine((ps) => new Set(ps.map((p) => p.relation)).size === ps.length, {
      error: '父母的 relation 不能重复',
    }),
  caregiver: caregiverInput.nullish(),
  note: optionalText(2000),
  registeredOn: isoDate.nullish(),
};

export const childInput = z.object({
  ...childFields,
  conditions: childFields.conditions.default([]),
  parents: childFields.parents.default([]),
});
export type ChildInput = z.infer<typeof childInput>;

/** An edit: any of the fields (absent ones keep their values), and the version it was based on (optimistic locking). */
export const childPatch = z.object({
  ...Object.fromEntries(Object.entries(childFields).map(([k, v]) => [k, (v as z.ZodType).optional()])),
  version: z.number().int().min(1, { error: '请提供所编辑档案的版本号 version' }),
}) as unknown as z.ZodType<Partial<ChildInput> & { version: number }>;
export type ChildPatch = Partial<ChildInput> & { version: number };

export const exitInput = z.object({
  reason: z.enum(EXIT_REASONS),
  exitedOn: isoDate,
  note: optionalText(2000),
  version: z.number().int().min(1),
});

export const levelInput = z.object({
  /** null clears a manual level and goes back to the derived one. */
  level: z.enum(LEVELS).nullable(),
  reason: optionalText(2000),
  version: z.number().int().min(1),
});

export const confirmInput = z.object({ version: z.number().int().min(1), note: optionalText(2000) });

export const supportTransitionInput = z.object({
  supportKind: z.enum(SUPPORT_KINDS),
  exitedOn: isoDate,
  note: optionalText(2000),
});

export const interventionInput = z.object({
  date: isoDate,
  kind: z.enum(INTERVENTION_KINDS),
  note: optionalText(2000),
});
export type InterventionInput = z.infer<typeof interventionInput>;
