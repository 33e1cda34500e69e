// What the spot-check API answers, for the OpenAPI document and the server's check of its own responses.
import { z } from 'zod';
import { LEVELS } from '../../domain/codes.ts';

const date = z.string().describe('日期 YYYY-MM-DD');

const summary = {
  id: z.string(),
  regionCode: z.string(),
  drawnOn: date,
  period: z.string(),
  policy: z.string().describe('抽查时所用的本地政策'),
  seed: z.string().describe('随机抽样的种子（可重现）'),
  population: z.number().int(),
  populationDigest: z.string(),
  sampleSize: z.number().int(),
  drawnBy: z.string(),
  note: z.string().nullable(),
};

export const spotCheckListSchema = z.object({
  items: z.array(
    z.object({
      ...summary,
      checked: z.number().int(),
      findings: z.number().int(),
      fixed: z.number().int(),
    }),
  ),
});

export const spotCheckSchema = z.object({
  ...summary,
  items: z.array(
    z.object({
      id: z.string(),
      position: z.number().int(),
      childId: z.string(),
      childName: z.string(),
      villageCode: z.string(),
      villageName: z.string().nullable(),
      level: z.enum(LEVELS).nullable(),
      suggestions: z
        .array(z.object({ code: z.string(), text: z.string() }))
        .describe('系统建议的问题（未检查的档案按当前档案给出，已检查的为检查时所见）'),
      checkedOn: date.nullable(),
      checkerName: z.string().nullable(),
      note: z.string().nullable(),
      findings: z.array(
        z.object({
          id: z.string(),
          code: z.string(),
          text: z.string(),
          source: z.enum(['suggested', 'manual']),
          foundOn: date,
          fixedOn: date.nullable(),
          fixedBy: z.string().nullable(),
          fixNote: z.string().nullable(),
        }),
      ),
    }),
  ),
});

export const spotCheckScheduleSchema = z.object({
  region: z.string(),
  asOf: date,
  policy: z.string(),
  rule: z.object({
    every: z.string().describe('ISO 8601 时长，如 P1Y、P6M'),
    text: z.string(),
    source: z.string(),
  }),
  every: z.string(),
  period: z.object({ label: z.string(), start: date, end: date }).nullable(),
  lastCheckOn: date.nullable(),
  doneThisPeriod: z.boolean(),
  nextDueBy: date,
  overdue: z.boolean(),
});

export const spotCheckYearReportSchema = z.object({
  region: z.string(),
  year: z.number().int(),
  checks: z.array(z.object({ ...summary, filesChecked: z.number().int() })),
  checksDone: z.number().int(),
  filesDrawn: z.number().int(),
  filesChecked: z.number().int(),
  filesWithProblems: z.number().int(),
  problemsFound: z.number().int(),
  problemsFixed: z.number().int(),
  byKind: z.array(
    z.object({ code: z.string(), name: z.string(), found: z.number().int(), fixed: z.number().int() }),
  ),
});
