// Instants for the report clock. A report's discovery is an instant (hours matter: 立即报告); a date given
// where an instant is wanted means the end of that day in China, except today, which means now.
import { isIsoDate, todayInChina, type IsoDate } from '../../domain/dates.ts';

export function startOfChinaDay(date: IsoDate): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

export function endOfChinaDay(date: IsoDate): Date {
  return new Date(`${date}T23:59:59.999+08:00`);
}

/** "as of" a date or an instant, against the clock's now. */
export function asOfInstant(asOf: string | undefined, now: Date): Date {
  if (!asOf) return now;
  if (isIsoDate(asOf)) return asOf === todayInChina(now) ? now : endOfChinaDay(asOf);
  return new Date(asOf);
}

/**
 * When a case was discovered. Reports opened by hand say so; the task a red factor opens knows only the date
 * the factor was recorded (discovered_on): the opening instant when it was opened that day, else the start
 * of that day (the worst case, so the clock never runs short).
 */
export function discoveredAtOf(row: {
  discovered_at: Date | null;
  discovered_on: IsoDate;
  opened_at: Date;
}): Date {
  if (row.discovered_at) return new Date(row.discovered_at);
  const opened = new Date(row.opened_at);
  return todayInChina(opened) === row.discovered_on ? opened : startOfChinaDay(row.discovered_on);
}
