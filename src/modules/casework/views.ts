// How casework records leave the server: camelCase, every finding area present (null when not looked at).
import type { Selectable } from 'kysely';
import type { ContactTable, InterventionTable, WorkLogTable } from '../../db/schema.ts';
import { FINDING_AREAS, type FindingArea, type FindingStatus } from './codes.ts';

export type FindingView = { status: FindingStatus; note: string | null } | null;

export function contactView(row: Selectable<ContactTable>) {
  const stored = (row.findings ?? {}) as Partial<Record<FindingArea, FindingView>>;
  const findings = Object.fromEntries(FINDING_AREAS.map((a) => [a, stored[a] ?? null])) as Record<
    FindingArea,
    FindingView
  >;
  return {
    id: row.id,
    childId: row.child_id,
    kind: row.kind,
    occurredOn: row.occurred_on,
    workerName: row.worker_name,
    recordedBy: row.recorded_by,
    findings,
    conditionsAdded: row.conditions_added,
    conditionsCleared: row.conditions_cleared,
    note: row.note,
    recordedAt: new Date(row.created_at).toISOString(),
  };
}

export function workLogView(row: Selectable<WorkLogTable>) {
  return {
    id: row.id,
    childId: row.child_id,
    occurredOn: row.occurred_on,
    authorName: row.author_name,
    authorId: row.author_id,
    content: row.content,
    recordedAt: new Date(row.created_at).toISOString(),
  };
}

export function interventionView(row: Selectable<InterventionTable> & { recorded_by_name?: string | null }) {
  return {
    id: row.id,
    childId: row.child_id,
    date: row.occurred_on,
    kind: row.kind,
    note: row.note,
    recordedBy: row.recorded_by,
    recordedByName: row.recorded_by_name ?? null,
    recordedAt: new Date(row.created_at).toISOString(),
  };
}
