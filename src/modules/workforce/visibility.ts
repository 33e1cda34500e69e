// Records kept at one level and read below it: a city's course, a county's spot check or action plan is
// seen by those inside its region and by those above it — a township supervisor reads the county's plan.
import { isUnder } from '../../domain/region-code.ts';
import { actorCovers, type Actor } from '../access/index.ts';

export function regionVisible(actor: Actor, regionCode: string): boolean {
  return actorCovers(actor, regionCode) || isUnder(actor.regionCode, regionCode);
}
