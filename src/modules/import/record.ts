// One child as a file states it, before it meets the register, and what is wrong with it. A file may state
// only some fields: what it leaves out keeps the stored value when the child is already registered.
import { normalizeIdNumber } from '../../domain/id-number.ts';

export type RecordUnit = 'line' | 'row';

/** A problem with one record: where (line or row), which field, what. */
export interface ImportProblem {
  number: number;
  unit: RecordUnit;
  /** The field: a child field (idNumber), a flat column's key (fatherStatuses) or a JSON path. */
  field?: string;
  /** The column as the file's header writes it, when that differs from the field. */
  column?: string;
  message: string;
}

export interface IncomingChild {
  /** Child fields the record states (null clears a stored value); NDJSON parents and caregiver replace whole. */
  fields: Record<string, unknown>;
  /** Spreadsheets: per parent, the parent columns the file has; merged into the stored parent. */
  parentPatches?: Partial<Record<'father' | 'mother', Record<string, unknown>>>;
  /** Spreadsheets: the caregiver columns the file has; merged into the stored caregiver. */
  caregiverPatch?: Record<string, unknown>;
  interventions: unknown[];
}

/** A record read from the file: its place, what it states, and problems found while reading it. */
export interface ReadRecord {
  number: number;
  unit: RecordUnit;
  incoming: IncomingChild;
  /** Problems of single cells or values, already named by field. */
  problems: { field?: string; column?: string; message: string }[];
  /** The record could not be read at all (a malformed NDJSON line): nothing more to judge. */
  unreadable?: boolean;
}

/** The identity a record is matched on: the ID number, or for a child without one the external id in its county. */
export function recordKey(incoming: IncomingChild): { idNumber: string } | { external: string } | null {
  const id = incoming.fields.idNumber;
  if (typeof id === 'string' && id.trim() !== '') return { idNumber: normalizeIdNumber(id) };
  const ext = incoming.fields.externalId;
  const village = incoming.fields.villageCode;
  if (typeof ext === 'string' && ext.trim() !== '' && typeof village === 'string' && /^\d{12}$/.test(village))
    return { external: externalKey(village.slice(0, 6), ext.trim()) };
  return null;
}

export function externalKey(countyCode: string, externalId: string): string {
  return `${countyCode}|${externalId}`;
}
