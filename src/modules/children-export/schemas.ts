// The filters of the children list (GET /api/v1/children), so that an export holds exactly the children the
// person is looking at.
import { z } from 'zod';
import { flag } from '../../shared/zod-fields.ts';
import { childListFilters, childListSearch } from '../children/index.ts';

export const exportQuery = z.object({
  ...childListFilters,
  ...childListSearch,
  fullIdNumber: flag.optional(),
  /** Why full ID numbers are wanted: required with fullIdNumber=true, printed on every sheet, audited. */
  purpose: z.string().trim().min(2, { error: '请写明导出完整身份证号码的用途' }).max(200).optional(),
});
export type ExportQuery = z.infer<typeof exportQuery>;
