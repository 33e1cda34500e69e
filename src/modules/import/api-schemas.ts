// What the import API answers (OpenAPI is generated from these).
import { z } from 'zod';
import { LEVELS } from '../../domain/codes.ts';
import { validationProblemsSchema } from '../../server/openapi-describe.ts';

export const importProblemSchema = z.object({
  number: z.number().describe('行号（NDJSON、CSV 含列名行）或 Excel 行号'),
  unit: z.enum(['line', 'row']),
  field: z.string().optional(),
  column: z.string().optional().describe('文件中该列的列名（与字段名不同时）'),
  message: z.string(),
});

export const importOutcomeSchema = z.object({
  runId: z.string().nullable(),
  dryRun: z.boolean(),
  committed: z.boolean(),
  imported: z.number(),
  updated: z.number(),
  rejected: z.number(),
  errors: z.array(importProblemSchema).describe('问题（至多前 1000 处）'),
  omittedErrors: z.number().describe('超出所列的问题数'),
  preview: z.array(
    z.object({
      number: z.number(),
      unit: z.enum(['line', 'row']),
      action: z.enum(['create', 'update', 'reject']),
      child: z.record(z.string(), z.unknown()),
      villageName: z.string().nullable(),
      level: z.enum(LEVELS).nullable(),
      target: z.boolean().nullable(),
      leftBehind: z.boolean().nullable(),
    }),
  ),
  ignoredColumns: z.array(z.string()),
});

/** A refused import (nothing written), and every other bad request: `details` lists every problem. */
export const importRefusedSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    details: z
      .union([
        z.object({
          rejected: z.number().int(),
          errors: z.array(importProblemSchema).describe('问题（至多前 1000 处）'),
          omittedErrors: z.number().int().describe('超出所列的问题数'),
        }),
        validationProblemsSchema,
      ])
      .optional()
      .describe('导入被拒绝时：有误的记录数和每处问题；参数无效时：逐项列出的校验问题'),
  }),
});
