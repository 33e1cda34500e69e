// The seven areas a visit or contact looks at and how each was found, by the casework module's own names.
import {
  CONTACT_KIND_NAMES,
  FINDING_AREA_NAMES,
  FINDING_AREAS as AREA_CODES,
  FINDING_STATUS_NAMES,
  type FindingArea,
} from '../../../src/modules/casework/codes.ts';

export { CONTACT_KIND_NAMES, FINDING_STATUS_NAMES, type FindingArea };

/** [code, name] in the order a form shows them. */
export const FINDING_AREAS = AREA_CODES.map((area) => [area, FINDING_AREA_NAMES[area]] as const);
