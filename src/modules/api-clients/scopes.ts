// What an API client may be granted: a fixed list of scopes, each the permissions it opens. A client acts as
// its department (role 'department', the department's county), but only within these permissions: a scope
// never widens what the routes behind it let a department see (its own referrals, its county's roster).
import type { Permission } from '../access/index.ts';

export const API_SCOPES = ['roster.upload', 'referrals.read', 'referrals.answer'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const API_SCOPE_NAMES: Record<ApiScope, string> = {
  'roster.upload': '上传比对名册',
  'referrals.read': '查看报送（本部门收件箱）',
  'referrals.answer': '接收、办理、答复、退回报送',
};

const SCOPE_PERMISSIONS: Record<ApiScope, readonly Permission[]> = {
  'roster.upload': ['comparison.run'],
  'referrals.read': ['department.inbox', 'referral.read'],
  'referrals.answer': ['referral.respond'],
};

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

export function grantsOf(scopes: readonly string[]): Permission[] {
  return [...new Set(scopes.filter(isApiScope).flatMap((s) => SCOPE_PERMISSIONS[s]))];
}

/** The scopes under which a token may call a route that declares this permission. */
export function scopesGranting(permission: string): ApiScope[] {
  return API_SCOPES.filter((s) => (SCOPE_PERMISSIONS[s] as readonly string[]).includes(permission));
}
