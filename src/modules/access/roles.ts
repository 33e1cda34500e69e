// The people who work in the system (DOMAIN.md §5) and the region level each is bound to.
import type { RegionLevel } from '../../domain/region-code.ts';

export const ROLES = ['director', 'supervisor', 'civil_affairs', 'admin', 'department'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  director: '儿童主任',
  supervisor: '儿童督导员',
  civil_affairs: '民政局工作人员',
  admin: '民政局管理员',
  department: '部门用户',
};

/** The region levels an account of each role may be bound to. */
export const ROLE_REGION_LEVELS: Record<Role, readonly RegionLevel[]> = {
  director: ['village'],
  supervisor: ['township'],
  civil_affairs: ['county', 'city', 'province'],
  admin: ['county', 'city', 'province'],
  department: ['county', 'city', 'province'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
