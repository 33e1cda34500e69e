// The people who work in the system (DOMAIN.md §5) and the region level each is bound to.
import type { RegionLevel } from '../../domain/region-code.ts';

export const ROLES = [
  'director',
  'supervisor',
  'civil_affairs',
  'admin',
  'department',
  'security_admin',
  'audit_admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  director: '儿童主任',
  supervisor: '儿童督导员',
  civil_affairs: '民政局工作人员',
  admin: '系统管理员',
  department: '部门用户',
  security_admin: '安全管理员',
  audit_admin: '审计管理员',
};

/**
 * 三员分立 (等保 2.0 level 3): the system administrator (accounts, configuration — no children's files), the
 * security administrator (roles, unlocking, security settings) and the audit administrator (the trail, nothing
 * else). An account holds exactly one role, so no account holds two of them; these accounts are made on the
 * server (`tonghu users add`), never through the API, and nobody changes their own role.
 */
export const ADMIN_ROLES: readonly Role[] = ['admin', 'security_admin', 'audit_admin'];

/** The region levels an account of each role may be bound to. */
export const ROLE_REGION_LEVELS: Record<Role, readonly RegionLevel[]> = {
  director: ['village'],
  supervisor: ['township'],
  civil_affairs: ['county', 'city', 'province'],
  admin: ['county', 'city', 'province'],
  department: ['county', 'city', 'province'],
  security_admin: ['county', 'city', 'province'],
  audit_admin: ['county', 'city', 'province'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
