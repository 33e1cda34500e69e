// Shapes of the audit trail shared by the API's answers (OpenAPI components).
import { z } from 'zod';

/** What changed in one field: its value before and after (any JSON value: the field's own type). */
export const fieldChangeSchema = z
  .object({ field: z.string(), old: z.unknown(), new: z.unknown() })
  .meta({ id: 'FieldChange' });

/** The further facts of an event, which differ from one action to another. */
export const auditDetailSchema = z
  .record(z.string(), z.unknown())
  .meta({ id: 'AuditDetail', description: '按操作不同而不同的附加信息' });
