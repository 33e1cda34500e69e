// Whether the signed-in person holds a permission: the server's answer in /auth/me, read here without the
// session's machinery so that pure code (the menus, web/src/layout/nav.ts) and its tests can use it.
import type { Me } from '../api/types.ts';

export function can(me: Pick<Me, 'permissions'> | undefined, permission: string): boolean {
  return me?.permissions.includes(permission) ?? false;
}
