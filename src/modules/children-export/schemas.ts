// The filters of the children list (GET /api/v1/children), so that an export holds exactly the children the
// person is looking at.
import { z } from 'zod';
import { regionCode, flag } from '../../shared/zod-fields.ts';
import { LEVEL_LIST_DOC } from '../children/index.ts';
import { DIFFICULTY_TYPES, LEVELS, POPULATIONS } from '../../domain/codes.ts';

export const exportQuery = z.object({
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
  ageMin: z.coerce.number().int().min(0).max(18).optional(),
  ageMax: z.coerce.number().int().min(0).max(18).optional(),
  q: z.string().max(50).optional(),
  status: z.enum(['active', 'exited', 'all']).optional(),
  sort: z.enum(['due', 'name', 'level', 'updated']).optional(),
  fullIdNumber: flag.optional(),
  /** Why full ID numbers are wanted: required with fullIdNumber=true, printed on every sheet, audited. */
  purpose: z.string().trim().min(2, { error: '请写明导出完整身份证号码的用途' }).max(200).optional(),
});
export type ExportQuery = z.infer<typeof exportQuery>;
