// From stored rows to the facts the engine reads: the register stores exactly what DOMAIN.md §1–2 names.
import type { Selectable } from 'kysely';
import type { ChildFacts } from '../../domain/facts.ts';
import type { Condition, ParentStatus } from '../../domain/codes.ts';
import type { ChildParentTable, ChildTable } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';

type ChildRow = Pick<Selectable<ChildTable>, 'birth_date' | 'hukou_type' | 'guardianship' | 'conditions'>;
type ParentRow = Pick<
  Selectable<ChildParentTable>,
  'relation' | 'statuses' | 'migrant_months' | 'cross_county' | 'core_urban_both'
>;

export function factsOf(child: ChildRow, parents: readonly ParentRow[], asOf: IsoDate): ChildFacts {
  return {
    asOf,
    birthDate: child.birth_date,
    hukouType: child.hukou_type,
    guardianship: child.guardianship,
    conditions: child.conditions as Condition[],
    parents: [...parents]
      .sort((a, b) => a.relation.localeCompare(b.relation))
      .map((p) => ({
        relation: p.relation,
        statuses: p.statuses as ParentStatus[],
        migrantMonths: p.migrant_months === null ? null : Number(p.migrant_months),
        crossCounty: p.cross_county,
        coreUrbanBoth: p.core_urban_both,
      })),
  };
}
