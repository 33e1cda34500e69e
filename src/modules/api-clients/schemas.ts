// The shape of an API client in /api/v1/api-clients answers: the response schema, and the service's type by
// z.infer.
import { z } from 'zod';
import { isoDate } from '../../shared/zod-fields.ts';
import { API_SCOPES } from './scopes.ts';

export const scope = z.enum(API_SCOPES, { error: `权限范围应为 ${API_SCOPES.join('、')} 之一` });

export const clientSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  department: z.object({ id: z.uuid(), name: z.string() }),
  scopes: z.array(scope),
  expiresOn: isoDate,
  secretHint: z.string().describe('密钥的前几位，仅供辨认'),
  status: z.enum(['active', 'expired', 'revoked']),
  createdAt: z.date(),
  createdByName: z.string(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  revokedByName: z.string().nullable(),
});

export type ApiClientView = z.infer<typeof clientSchema>;
export type ApiClientStatus = ApiClientView['status'];
