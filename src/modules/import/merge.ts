// What the file states, laid over what the register holds: the record to validate and store. Fields the
// file does not state keep their stored values, exactly as a PATCH through the API would.
import { normalizeIdNumber } from '../../domain/id-number.ts';
import type { ChildInput } from '../children/index.ts';
import type { IncomingChild } from './record.ts';

type Loose = Record<string, unknown>;

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

/** A parent with nothing known about them is no parent row at all. */
function isEmptyParent(p: Loose): boolean {
  return Object.entries(p).every(([k, v]) => k === 'relation' || isBlank(v));
}

export function mergeIncoming(stored: ChildInput | null, incoming: IncomingChild): Loose {
  const merged: Loose = { ...(stored ?? { conditions: [], parents: [] }) };
  for (const [key, value] of Object.entries(incoming.fields)) if (value !== undefined) merged[key] = value;

  // A changed ID number (a child found by external id) re-derives birth date and gender unless stated.
  const id = incoming.fields.idNumber;
  if (stored && typeof id === 'string' && stored.idNumber && normalizeIdNumber(id) !== stored.idNumber) {
    if (incoming.fields.birthDate === undefined) merged.birthDate = null;
    if (incoming.fields.gender === undefined) merged.gender = null;
  }

  if (incoming.parentPatches) {
    const parents = Array.isArray(merged.parents) ? [...(merged.parents as Loose[])] : [];
    for (const relation of ['father', 'mother'] as const) {
      const patch = incoming.parentPatches[relation];
      if (!patch) continue;
      const index = parents.findIndex((p) => p.relation === relation);
      const next: Loose = { ...(index >= 0 ? parents[index] : { relation, statuses: [] }), ...patch };
      if (index >= 0) parents.splice(index, 1);
      if (!isEmptyParent(next)) parents.push(next);
    }
    merged.parents = parents.sort((a, b) => String(a.relation).localeCompare(String(b.relation)));
  }

  if (incoming.caregiverPatch) {
    const next: Loose = {
      ...((merged.caregiver as Loose | null | undefined) ?? {}),
      ...incoming.caregiverPatch,
    };
    merged.caregiver = Object.values(next).every(isBlank) ? null : next;
  }
  return merged;
}
