// How findings and runs leave the server: camelCase, Chinese names beside codes, ID numbers masked unless
// the person may see them and asked to.
import type { Outcome } from './rule.ts';
import type { Selectable } from 'kysely';
import type { ComparisonFindingTable, ComparisonRunTable } from '../../db/schema.ts';
import { showIdNumber } from '../children/index.ts';
import { findRule } from './rules/index.ts';

export type FindingRow = Selectable<ComparisonFindingTable> & {
  file_name: string;
  row_unit: 'line' | 'row';
  child_name: string | null;
  child_status: 'active' | 'exited' | null;
  village_name: string | null;
  township_name: string | null;
};

export function findingView(f: FindingRow, options: { fullIdNumber: boolean }) {
  const rule = findRule(f.roster_kind);
  return {
    id: f.id,
    rosterKind: f.roster_kind,
    rosterTitle: rule?.title ?? f.roster_kind,
    finding: f.finding,
    findingName: rule?.findingNames[f.finding] ?? f.finding,
    match: f.match,
    status: f.status,
    childId: f.child_id,
    childName: f.child_name,
    childStatus: f.child_status,
    name: f.name,
    idNumber: showIdNumber(f.id_number, options.fullIdNumber),
    birthDate: f.birth_date,
    regionCode: f.region_code,
    villageName: f.village_name,
    townshipName: f.township_name,
    row: f.row_number,
    rowUnit: f.row_unit,
    rosterRow: (f.roster_row ?? null) as Record<string, unknown> | null,
    fileName: f.file_name,
    runId: f.run_id,
    lastRunId: f.last_run_id,
    asOf: f.as_of,
    createdAt: new Date(f.created_at).toISOString(),
    verifiedByName: f.verified_by_name,
    verifiedAt: f.verified_at ? new Date(f.verified_at).toISOString() : null,
    note: f.note,
    outcome: (f.outcome ?? null) as Outcome | null,
  };
}

export function runView(r: Selectable<ComparisonRunTable>, options: { withAmbiguous: boolean }) {
  return {
    id: r.id,
    rosterKind: r.roster_kind,
    rosterTitle: findRule(r.roster_kind)?.title ?? r.roster_kind,
    fileName: r.file_name,
    fileHash: r.file_hash,
    fileBytes: r.file_bytes,
    region: r.region_code,
    asOf: r.as_of,
    actorName: r.actor_name,
    startedAt: new Date(r.started_at).toISOString(),
    finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
    rows: r.rows,
    matched: r.matched,
    probable: r.probable,
    ambiguousRows: r.ambiguous_rows,
    findings: r.findings,
    newFindings: r.new_findings,
    ambiguous: options.withAmbiguous ? (r.ambiguous as { row: number; candidates: number }[]) : null,
  };
}
