// Which region a worklist covers: the one asked for, which must lie within the actor's own (a region
// outside it is "not found", like a child outside it), or the actor's own region when none is asked.
import { regionLevel, shortCode, type RegionLevel } from '../../domain/region-code.ts';
import { AppError } from '../../shared/errors.ts';
import { regionPrefix, type Actor } from '../access/index.ts';

export interface WorklistRegion {
  /** The significant prefix of every village code in scope ('' for the whole country). */
  prefix: string;
  level: RegionLevel | null;
}

export function worklistRegion(actor: Actor, requested: string | undefined): WorklistRegion {
  const own = regionPrefix(actor);
  if (requested === undefined) return { prefix: own, level: own ? regionLevel(own) : null };
  const prefix = shortCode(requested);
  if (!prefix.startsWith(own))
    throw new AppError('not_found', `区划 ${requested} 不在您的辖区内`, { field: 'region' });
  return { prefix, level: regionLevel(prefix) };
}
