// Who is acting: a signed-in user, or the system itself (the CLI on the bureau's server, a nightly job).
// Services take an Actor and never look at HTTP; every query of children is scoped by actor.regionPrefix.
import { isUnder, shortCode } from '../../domain/region-code.ts';
import { can, type Permission } from './permissions.ts';
import type { Role } from './roles.ts';

export interface Actor {
  id: string | null;
  name: string;
  role: Role | 'system';
  /** The region the actor is bound to, 12 digits ('' for the system acting on the whole country). */
  regionCode: string;
  /** A department's system calling with a bearer token (issue 22): it may do what its scopes grant, and no
   * more, whatever its role would allow a person. */
  client?: ApiClientIdentity;
}

export interface ApiClientIdentity {
  id: string;
  departmentId: string;
  scopes: readonly string[];
  /** The permissions its scopes grant (modules/api-clients/scopes.ts). */
  grants: readonly Permission[];
}

/** Whether the actor may do what a permission names: a role's permissions, or a client's scopes. */
export function actorCan(actor: Actor, permission: Permission): boolean {
  return actor.client ? actor.client.grants.includes(permission) : can(actor.role, permission);
}

/** The prefix of every village code the actor may see: 445281102 for a township supervisor. */
export function regionPrefix(actor: Actor): string {
  return actor.regionCode === '' ? '' : shortCode(actor.regionCode);
}

export function systemActor(name: string, regionCode = ''): Actor {
  return { id: null, name, role: 'system', regionCode };
}

/** Whether a region (any level, 12 digits or short) lies within the actor's region. */
export function actorCovers(actor: Actor, code: string): boolean {
  return actor.regionCode === '' || isUnder(code, actor.regionCode);
}
