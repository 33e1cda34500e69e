// The first records of a file as the import read them, for a person to check before importing: the
// fields as understood (codes, not the file's words), what would happen, and the level it would give.
import type { Level } from '../../domain/codes.ts';
import type { ChildPlan } from './plan.ts';
import type { ReadRecord, RecordUnit } from './record.ts';

export interface PreviewItem {
  number: number;
  unit: RecordUnit;
  action: 'create' | 'update' | 'reject';
  child: Record<string, unknown>;
  villageName: string | null;
  level: Level | null;
  target: boolean | null;
  leftBehind: boolean | null;
}

const SHOWN = [
  'externalId', 'name', 'idNumber', 'gender', 'birthDate', 'hukouType', 'villageCode', 'guardianship',
  'conditions', 'parents', 'caregiver', 'schoolName', 'schoolStage',
]; // prettier-ignore

export function previewOf(
  record: ReadRecord,
  merged: Record<string, unknown>,
  judged: { plan: ChildPlan; villageName: string | undefined } | null,
): PreviewItem {
  const child: Record<string, unknown> = {};
  for (const key of SHOWN) if (merged[key] !== undefined) child[key] = merged[key];
  if (record.incoming.interventions.length) child.interventions = record.incoming.interventions;
  return {
    number: record.number,
    unit: record.unit,
    action: judged ? judged.plan.action : 'reject',
    child,
    villageName: judged?.villageName ?? null,
    level: judged?.plan.level ?? null,
    target: judged?.plan.target ?? null,
    leftBehind: judged?.plan.leftBehind ?? null,
  };
}
