// When a red case was handled (issue 17.3, the profile's redFollowUp): the later of the day its mandatory report
// was recorded as made to the police and the day of the first intervention, both counted from the day it turned
// red (an earlier episode's handling does not count). Null while either is missing.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { maxDate, todayInChina, type IsoDate } from '../../domain/dates.ts';

export interface ReportedReport {
  status: 'open' | 'reported' | 'closed';
  reported_at: Date | null;
}

/** Pure: the same answer for the stored rows (redHandledOn) and for rows about to be written (the demo). */
export function handledOnFrom(
  reports: readonly ReportedReport[],
  interventionDates: readonly IsoDate[],
  since: IsoDate,
): IsoDate | null {
  // A report still standing as reported is this episode's; a closed one counts if it was made since.
  const reportedOn = reports
    .filter((r): r is ReportedReport & { reported_at: Date } => r.reported_at !== null)
    .map((r) => ({ status: r.status, on: todayInChina(r.reported_at) }))
    .filter((r) => r.status === 'reported' || r.on >= since)
    .map((r) => r.on)
    .sort()[0];
  const intervenedOn = interventionDates.filter((d) => d >= since).sort()[0];
  return reportedOn && intervenedOn ? maxDate(reportedOn, intervenedOn) : null;
}

export async function redHandledOn(db: Kysely<DB>, childId: string, since: IsoDate): Promise<IsoDate | null> {
  const reports = await db
    .selectFrom('mandatory_report')
    .select(['status', 'reported_at'])
    .where('child_id', '=', childId)
    .where('reported_at', 'is not', null)
    .execute();
  if (reports.length === 0) return null;
  const interventions = await db
    .selectFrom('intervention')
    .select('occurred_on')
    .where('child_id', '=', childId)
    .where('occurred_on', '>=', since)
    .execute();
  return handledOnFrom(
    reports,
    interventions.map((i) => i.occurred_on),
    since,
  );
}

/**
 * For a select on `child`: 0 for a red case still to handle at once (立即处置), 1 otherwise; lists sort by it
 * first. The stored column `child.handle_first` (migration 0063) computes
 *   case when immediate and immediate_since is not null
 *     and (red_handled_on is null or red_handled_on < immediate_since) then 0 else 1 end
 * and leads the worklist indexes, so a page is read in order.
 */
export const handleAtOnceFirstSql = sql<number>`child.handle_first`;
