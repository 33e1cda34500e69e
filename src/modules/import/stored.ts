// The registered children a chunk of records names, with what an update needs of them, in one query per
// table rather than one per child. Rows are locked so that nobody edits them between reading and writing.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CaregiverRow, ChildRow, ParentRow } from '../children/index.ts';
import { externalKey } from './record.ts';

export interface LastAssessment {
  level: string | null;
  target: boolean;
  left_behind: boolean;
  difficulty_types: string[];
  reasons: unknown;
  schedule: unknown;
}

export interface StoredChild {
  row: ChildRow;
  parents: ParentRow[];
  caregiver: CaregiverRow | null;
  lastAssessment: LastAssessment | null;
  hasOpenReport: boolean;
  /** Intervention keys (date|kind|note) already on file, so a re-import does not record them twice. */
  interventions: Set<string>;
}

export function interventionKey(i: { date: string; kind: string; note?: string | null }): string {
  return `${i.date}|${i.kind}|${(i.note ?? '').trim()}`;
}

export interface StoredChildren {
  byIdNumber: Map<string, StoredChild>;
  /** Children without an ID number, by county and external id. */
  byExternal: Map<string, StoredChild>;
}

export async function loadStoredChildren(
  db: Kysely<DB>,
  keys: { idNumbers: string[]; externalIds: string[] },
  options: { lock: boolean },
): Promise<StoredChildren> {
  const found: StoredChildren = { byIdNumber: new Map(), byExternal: new Map() };
  if (!keys.idNumbers.length && !keys.externalIds.length) return found;
  let query = db
    .selectFrom('child')
    .selectAll()
    .where((eb) =>
      eb.or([
        ...(keys.idNumbers.length ? [eb('id_number', 'in', keys.idNumbers)] : []),
        ...(keys.externalIds.length
          ? [eb.and([eb('id_number', 'is', null), eb('external_id', 'in', keys.externalIds)])]
          : []),
      ]),
    );
  if (options.lock) query = query.forUpdate();
  const rows = await query.execute();
  if (!rows.length) return found;
  const ids = rows.map((r) => r.id);
  const [parents, caregivers, assessments, reports, interventions] = await Promise.all([
    db.selectFrom('child_parent').selectAll().where('child_id', 'in', ids).orderBy('relation').execute(),
    db.selectFrom('child_caregiver').selectAll().where('child_id', 'in', ids).execute(),
    db
      .selectFrom('assessment')
      .distinctOn('child_id')
      .select(['child_id', 'level', 'target', 'left_behind', 'difficulty_types', 'reasons', 'schedule'])
      .where('child_id', 'in', ids)
      .orderBy('child_id')
      .orderBy('assessed_at', 'desc')
      .execute(),
    db
      .selectFrom('mandatory_report')
      .select('child_id')
      .where('child_id', 'in', ids)
      .where('status', '<>', 'closed')
      .execute(),
    db
      .selectFrom('intervention')
      .select(['child_id', sql<string>`occurred_on::text`.as('date'), 'kind', 'note'])
      .where('child_id', 'in', ids)
      .execute(),
  ]);
  const open = new Set(reports.map((r) => r.child_id));
  const parentsOf = groupBy(parents, (p) => p.child_id);
  const caregiverOf = new Map(caregivers.map((c) => [c.child_id, c]));
  const assessmentOf = new Map(assessments.map((a) => [a.child_id, a]));
  const interventionsOf = groupBy(interventions, (i) => i.child_id);
  for (const row of rows) {
    const stored: StoredChild = {
      row,
      parents: parentsOf.get(row.id) ?? [],
      caregiver: caregiverOf.get(row.id) ?? null,
      lastAssessment: assessmentOf.get(row.id) ?? null,
      hasOpenReport: open.has(row.id),
      interventions: new Set((interventionsOf.get(row.id) ?? []).map(interventionKey)),
    };
    if (row.id_number) found.byIdNumber.set(row.id_number, stored);
    else if (row.external_id) found.byExternal.set(externalKey(row.county_code, row.external_id), stored);
  }
  return found;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
