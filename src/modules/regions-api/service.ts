// The region tree as a signed-in person may see it: their own region and everything under it, and of the
// regions above it only the path down to it (a county's staff see their county under its city, never the
// city's other counties). Anything else answers "not found", like a child outside one's region.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { isUnder, type RegionLevel } from '../../domain/region-code.ts';
import { notFound } from '../../shared/errors.ts';
import { actorCovers, type Actor } from '../access/index.ts';
import { childRegions, findRegion } from '../../regions/repository.ts';

export interface RegionNode {
  code: string;
  name: string;
  level: RegionLevel;
  /** A village has no sub-regions: the cascader stops there. */
  leaf: boolean;
}

function node(r: { code: string; name: string; level: RegionLevel }): RegionNode {
  return { code: r.code, name: r.name, level: r.level, leaf: r.level === 'village' };
}

export async function visibleSubRegions(
  db: Kysely<DB>,
  actor: Actor,
  code: string,
): Promise<{ region: RegionNode; items: RegionNode[] }> {
  const region = await findRegion(db, code);
  if (!region) throw notFound('区划');
  const children = await childRegions(db, region.code);
  if (actorCovers(actor, region.code)) return { region: node(region), items: children.map(node) };
  // An ancestor of the actor's own region: only the branch that leads to it.
  if (actor.regionCode !== '' && isUnder(actor.regionCode, region.code))
    return {
      region: node(region),
      items: children.filter((c) => isUnder(actor.regionCode, c.code)).map(node),
    };
  throw notFound('区划');
}
