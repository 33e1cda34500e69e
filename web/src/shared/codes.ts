// The code → Chinese name tables of the domain, imported from the server's sources so that the app and the
// API never disagree on a name.
import type { Level } from '../../../src/domain/codes.ts';
import {
  CONDITION_NAMES,
  DERIVED_FACTOR_NAMES,
  DIFFICULTY_TYPE_NAMES,
  GUARDIANSHIP_NAMES,
  HUKOU_NAMES,
  LEVEL_NAMES,
  LEVEL_SHORT_NAMES,
  PARENT_STATUS_NAMES,
  POPULATION_NAMES,
} from '../../../src/domain/codes.ts';
import {
  EXIT_REASON_NAMES,
  INTERVENTION_KIND_NAMES,
  REASSESS_TRIGGER_NAMES,
  RESPONSIBLE_SIDE_NAMES,
  SCHOOL_STAGE_NAMES,
} from '../../../src/modules/children/codes.ts';

export {
  CONDITIONS,
  DIFFICULTY_TYPES,
  GUARDIANSHIP_QUALITIES,
  LEVELS,
  PARENT_STATUSES,
  POPULATIONS,
  levelRank,
  type Level,
  type ParentStatus,
} from '../../../src/domain/codes.ts';
export { INTERVENTION_KINDS } from '../../../src/modules/children/codes.ts';
export { ROLE_NAMES, ROLES, ROLE_REGION_LEVELS } from '../../../src/modules/access/roles.ts';
export {
  CONDITION_NAMES,
  DIFFICULTY_TYPE_NAMES,
  GUARDIANSHIP_NAMES,
  HUKOU_NAMES,
  LEVEL_NAMES,
  LEVEL_SHORT_NAMES,
  PARENT_STATUS_NAMES,
  POPULATION_NAMES,
  EXIT_REASON_NAMES,
  INTERVENTION_KIND_NAMES,
  REASSESS_TRIGGER_NAMES,
  RESPONSIBLE_SIDE_NAMES,
  SCHOOL_STAGE_NAMES,
};

/** A name for any code of a table, or the code itself when the table does not know it. */
export function nameIn(table: Record<string, string>, code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  return table[code] ?? code;
}

/** Names of four-colour factors: a child's condition or a factor derived from the parents. */
export function factorName(code: string): string {
  return (
    (CONDITION_NAMES as Record<string, string>)[code] ??
    (DERIVED_FACTOR_NAMES as Record<string, string>)[code] ??
    code
  );
}

/** 高风险 out of 高风险（红色）: the meaning, for "红色·高风险". */
export function riskName(level: Level): string {
  return LEVEL_NAMES[level].replace(/（.*）$/, '');
}

export function levelLabel(level: Level): string {
  return `${LEVEL_SHORT_NAMES[level]}·${riskName(level)}`;
}
