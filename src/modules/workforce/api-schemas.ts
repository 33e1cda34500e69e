// What the workforce API answers, for the OpenAPI document and the server's check of its own responses.
import { z } from 'zod';
import {
  CHECK_RESULTS,
  EVALUATION_RESULTS,
  ORGANISER_LEVELS,
  TRAINING_KINDS,
  WORKER_ROLES,
} from './codes.ts';

const date = z.string().describe('日期 YYYY-MM-DD');
const gender = z.enum(['male', 'female']).nullable();

export const ledgerPageSchema = z.object({
  asOf: date,
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(
    z.object({
      personId: z.string(),
      postId: z.string(),
      name: z.string(),
      idNumber: z.string().describe('身份证号码（默认只显示地址码，fullIdNumber=true 时完整）'),
      gender,
      phone: z.string().nullable(),
      role: z.enum(WORKER_ROLES),
      roleName: z.string(),
      regionCode: z.string(),
      regionName: z.string().nullable(),
      parentRegionName: z.string().nullable(),
      startedOn: date.nullable(),
      endedOn: date.nullable(),
      active: z.boolean(),
      backgroundCheckedOn: date.nullable(),
      backgroundCheckResult: z.enum(CHECK_RESULTS).nullable(),
      lastTrainedOn: date.nullable(),
      trainedThisYear: z.boolean(),
      userId: z.string().nullable(),
      username: z.string().nullable(),
    }),
  ),
});

export const personFileSchema = z.object({
  id: z.string(),
  name: z.string(),
  idNumber: z.string(),
  gender,
  phone: z.string().nullable(),
  note: z.string().nullable(),
  user: z
    .object({ id: z.string(), username: z.string().nullable(), displayName: z.string().nullable() })
    .nullable(),
  backgroundCheck: z
    .object({
      checkedOn: date,
      result: z.enum(CHECK_RESULTS).nullable(),
      resultName: z.string().nullable(),
      note: z.string().nullable(),
    })
    .nullable(),
  posts: z.array(
    z.object({
      id: z.string(),
      role: z.enum(WORKER_ROLES),
      roleName: z.string(),
      regionCode: z.string(),
      regionName: z.string().nullable(),
      startedOn: date.nullable(),
      endedOn: date.nullable(),
      active: z.boolean(),
    }),
  ),
  trainings: z.array(
    z.object({
      id: z.string(),
      trainedOn: date,
      trainingId: z.string().nullable(),
      title: z.string().nullable(),
      kind: z.enum(TRAINING_KINDS).nullable(),
      kindName: z.string().nullable(),
      organiserLevel: z.enum(ORGANISER_LEVELS).nullable(),
      organiserLevelName: z.string().nullable(),
      source: z.enum(['course', 'import', 'manual']),
      note: z.string().nullable(),
    }),
  ),
  trainingsByYear: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
  evaluations: z.array(
    z.object({
      year: z.number().int(),
      result: z.enum(EVALUATION_RESULTS),
      resultName: z.string(),
      note: z.string().nullable(),
    }),
  ),
});

export const workforceImportSchema = z.object({
  imported: z.number().int(),
  updated: z.number().int(),
  rejected: z.number().int(),
  problems: z.array(
    z.object({
      file: z.string().optional(),
      line: z.number().int().optional(),
      row: z.number().int().optional(),
      field: z.string().optional(),
      message: z.string(),
    }),
  ),
  omittedProblems: z.number().int(),
});

const villageCoverage = {
  villageCode: z.string(),
  targetChildren: z.number().int(),
  directors: z.number().int(),
  required: z.number().int(),
  shortfall: z.number().int(),
  untrainedThisYear: z.number().int(),
};
const person = z.object({ personId: z.string(), name: z.string(), villageCode: z.string() });

export const coverageReportSchema = z.object({
  region: z.string(),
  asOf: date,
  villages: z.array(
    z.object({ ...villageCoverage, villageName: z.string().nullable(), townshipName: z.string().nullable() }),
  ),
  totals: z.object({
    villages: z.number().int(),
    targetChildren: z.number().int(),
    directors: z.number().int(),
    required: z.number().int(),
    shortfall: z.number().int(),
    untrainedThisYear: z.number().int(),
  }),
  villagesWithoutDirector: z.array(
    z.object({ villageCode: z.string(), villageName: z.string(), targetChildren: z.number().int() }),
  ),
  directorsWithoutBackgroundCheck: z.array(person),
  directorsWithRestriction: z.array(person),
});

const course = {
  id: z.string(),
  heldOn: date,
  organiserLevel: z.enum(ORGANISER_LEVELS),
  organiserLevelName: z.string(),
  kind: z.enum(TRAINING_KINDS),
  kindName: z.string(),
  title: z.string(),
  regionCode: z.string(),
  note: z.string().nullable(),
};

export const trainingListSchema = z.object({
  items: z.array(z.object({ ...course, attendees: z.number().int() })),
});

export const trainingSchema = z.object({
  ...course,
  attendees: z.array(z.object({ personId: z.string(), name: z.string() })),
});

export const trainingCoverageSchema = z.object({
  region: z.string(),
  year: z.number().int(),
  items: z.array(
    z.object({
      countyCode: z.string(),
      countyName: z.string().nullable(),
      role: z.enum(WORKER_ROLES),
      roleName: z.string(),
      total: z.number().int(),
      trained: z.number().int(),
      untrained: z.number().int(),
      rate: z.number().nullable().describe('已培训比例，0–1，保留三位小数'),
    }),
  ),
});
