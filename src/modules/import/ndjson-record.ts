// An NDJSON line → one child as the file states it: the API's childInput (codes, camelCase) plus
// `interventions`. Keys the line carries are authoritative; keys it leaves out keep the stored value.
import type { TabularRecord } from '../../shared/tabular/read.ts';
import { childInput } from '../children/index.ts';
import type { ReadRecord } from './record.ts';

/** Keys an NDJSON line may carry: the API's child fields, interventions, and asOf (the engine's, ignored). */
export const NDJSON_KEYS: ReadonlySet<string> = new Set([
  ...Object.keys(childInput.shape),
  'interventions',
  'asOf',
]);

const ID_PATHS = ['idNumber', 'caregiver.idNumber', 'parents.0.idNumber', 'parents.1.idNumber'];

function at(value: unknown, path: string): unknown {
  let v = value;
  for (const key of path.split('.')) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

export function readNdjsonRecord(record: TabularRecord): ReadRecord {
  const problems: ReadRecord['problems'] = [];
  if (record.problem !== undefined)
    return {
      number: record.number,
      unit: record.unit,
      incoming: { fields: {}, interventions: [] },
      problems: [{ message: record.problem }],
      unreadable: true,
    };
  const { interventions = [], asOf: _asOf, ...fields } = record.values;
  // A long ID number written as a JSON number has already lost its last digits in parsing.
  for (const path of ID_PATHS) {
    const v = at(fields, path);
    if (typeof v === 'number')
      problems.push({
        field: path,
        message: `身份证号码写成了数字（${String(v)}），超过15位的数字已丢失末几位；请写成带引号的字符串`,
      });
  }
  if (!Array.isArray(interventions)) problems.push({ field: 'interventions', message: '应为数组' });
  return {
    number: record.number,
    unit: record.unit,
    incoming: { fields, interventions: Array.isArray(interventions) ? interventions : [] },
    problems,
  };
}
