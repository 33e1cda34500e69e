// The shape of an account in /api/v1/users answers: the response schema, and the service's type by z.infer.
import { z } from 'zod';
import { ROLES } from '../access/index.ts';

export const userViewSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES, { error: '未知的角色' }),
  roleName: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  phone: z.string().nullable(),
  disabled: z.boolean(),
  locked: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  departmentId: z.string().nullable(),
  /** A village account's township, so that 账号管理 can tell two villages of one name apart. */
  townshipName: z.string().nullable(),
  departmentName: z.string().nullable(),
  /** The person has a second factor (TOTP) in force (0061). */
  secondFactorEnabled: z.boolean(),
});

export type UserView = z.infer<typeof userViewSchema>;
