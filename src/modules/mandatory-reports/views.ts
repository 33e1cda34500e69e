// How a mandatory report leaves the server: the situation in the opinion's words, the report clock (hours
// from discovery to the police report, or open so far), and the alert past the threshold.
import type { Selectable } from 'kysely';
import type { MandatoryReportFollowupTable, MandatoryReportTable } from '../../db/schema.ts';
import {
  hoursBetween,
  REPORT_METHOD_NAMES,
  REPORT_OUTCOME_NAMES,
  SITUATION_NAMES,
  type ReportMethod,
  type ReportOutcome,
} from '../../domain/mandatory-report.ts';
import { factorName, type FactorCode } from '../../domain/codes.ts';
import { discoveredAtOf } from './clock.ts';

export const REPORT_STATUS_NAMES = {
  open: '待报告',
  reported: '已向公安机关报告',
  closed: '已结案',
} as const;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function reportView(
  r: Selectable<MandatoryReportTable> & {
    child_name: string;
    village_name: string | null;
    township_name: string | null;
  },
  followups: Selectable<MandatoryReportFollowupTable>[],
  asOf: Date,
  thresholdHours: number,
) {
  const discoveredAt = discoveredAtOf(r);
  const hoursToReport = r.reported_at ? hoursBetween(discoveredAt, new Date(r.reported_at)) : null;
  const hoursOpen = r.status === 'open' ? Math.max(0, hoursBetween(discoveredAt, asOf)) : null;
  const feedback = followups.filter((f) => f.kind === 'police_feedback').at(-1);
  return {
    id: r.id,
    childId: r.child_id,
    child: { name: r.child_name, villageName: r.village_name, townshipName: r.township_name },
    source: r.source,
    situation: r.situation,
    situationName: (SITUATION_NAMES as Record<string, string>)[r.situation] ?? r.situation,
    factors: r.factors.map((code) => ({ code, name: factorName(code as FactorCode) })),
    status: r.status,
    statusName: REPORT_STATUS_NAMES[r.status],
    discoveredOn: r.discovered_on,
    discoveredAt: discoveredAt.toISOString(),
    openedAt: new Date(r.opened_at).toISOString(),
    reportedAt: iso(r.reported_at),
    hoursToReport,
    hoursOpen,
    alert: hoursOpen !== null && hoursOpen > thresholdHours,
    reporterName: r.reporter_name,
    reportMethod: r.report_method,
    reportMethodName: r.report_method ? REPORT_METHOD_NAMES[r.report_method as ReportMethod] : null,
    policeUnit: r.police_unit,
    receiptNumber: r.receipt_number,
    policeFeedback: feedback ? { occurredOn: feedback.occurred_on, note: feedback.note } : null,
    outcome: r.outcome,
    outcomeName: r.outcome ? REPORT_OUTCOME_NAMES[r.outcome as ReportOutcome] : null,
    outcomeNote: r.outcome_note,
    closedAt: iso(r.closed_at),
    note: r.note,
    followups: followups.map((f) => ({
      id: f.id,
      kind: f.kind,
      occurredOn: f.occurred_on,
      note: f.note,
      authorName: f.author_name,
    })),
  };
}
export type ReportView = ReturnType<typeof reportView>;
