// The parents the tests' children are registered with. A parent working away 8 months a year across the county
// line makes the child left behind in every profile, which is what most tests want of a child they register.
type Relation = 'father' | 'mother';

/** A parent working away (8 months, across the county line, not both in a core urban area). */
export function migrantParent(relation: Relation) {
  return { relation, statuses: ['migrant'], migrantMonths: 8, crossCounty: true, coreUrbanBoth: false };
}

/** Father and mother both working away: a left-behind child. */
export function bothParentsMigrant() {
  return [migrantParent('father'), migrantParent('mother')];
}
