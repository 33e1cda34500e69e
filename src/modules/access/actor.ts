// Who is acting: a signed-in user, or the system itself (the CLI on the bureau's server, a nightly job).
// Services take an Actor and never look at HTTP; every query of children is scoped by actor.regionPrefix.
import { isUnder, shortCode } from '../../domain/region-code.ts';
import type { Role } from './roles.ts';

export interface Actor {
  id: string | null;
  name: string;
  role: Role | 'system';
  /** The region the actor is bound to, 12 digits ('' for the system acting on the whole country). */
  regionCode: string;
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
