// How often files must be spot-checked comes from the profile (profile.spotCheck.every): yearly in most
// plans (000 (一)1, 001 §四.8, 003 §五.8), half-yearly in 株洲 (004 §二.8). "At least once a year / half
// year" is read as once per calendar period: a check done in the period counts for it, and the next is due
// by the end of the next period; a period that ends without a check is overdue.
import { addDays, addMonths, type IsoDate } from '../../domain/dates.ts';
import { addDuration, parseDuration, type IsoDuration } from '../../domain/duration.ts';

export interface Period {
  label: string;
  start: IsoDate;
  end: IsoDate;
}

function monthsOf(every: IsoDuration): number | null {
  const p = parseDuration(every);
  if (!p || p.weeks || p.days) return null;
  const months = p.years * 12 + p.months;
  return months > 0 && 12 % months === 0 ? months : null;
}

/** The calendar period of `every` (a year, a half, a quarter, a month) that holds `date`. */
export function periodOf(every: IsoDuration, date: IsoDate): Period | null {
  const months = monthsOf(every);
  if (months === null) return null;
  const year = Number(date.slice(0, 4));
  const index = Math.floor((Number(date.slice(5, 7)) - 1) / months);
  const start = `${year}-${String(index * months + 1).padStart(2, '0')}-01`;
  const end = addDays(addMonths(start, months), -1);
  const label =
    months === 12
      ? `${year}`
      : months === 6
        ? `${year}-H${index + 1}`
        : months === 3
          ? `${year}-Q${index + 1}`
          : start.slice(0, 7);
  return { label, start, end };
}

export interface SpotCheckStatus {
  every: IsoDuration;
  period: Period | null;
  lastCheckOn: IsoDate | null;
  doneThisPeriod: boolean;
  /** The date by which the next check must be done. */
  nextDueBy: IsoDate;
  /** The last period passed without a check, and this one has none yet. */
  overdue: boolean;
}

export function spotCheckStatus(
  every: IsoDuration,
  checkDates: readonly IsoDate[],
  asOf: IsoDate,
): SpotCheckStatus {
  const done = checkDates.filter((d) => d <= asOf).sort();
  const lastCheckOn = done.at(-1) ?? null;
  const period = periodOf(every, asOf);
  if (!period) {
    // An interval that does not divide the year: due that long after the last check.
    const nextDueBy = lastCheckOn ? addDuration(lastCheckOn, every) : asOf;
    return { every, period: null, lastCheckOn, doneThisPeriod: false, nextDueBy, overdue: nextDueBy < asOf };
  }
  const doneThisPeriod = lastCheckOn !== null && lastCheckOn >= period.start;
  const previous = periodOf(every, addDays(period.start, -1)) as Period;
  const next = periodOf(every, addDays(period.end, 1)) as Period;
  const donePrevious = done.some((d) => d >= previous.start && d <= previous.end);
  return {
    every,
    period,
    lastCheckOn,
    doneThisPeriod,
    nextDueBy: doneThisPeriod ? next.end : period.end,
    // The last period ended without a check and none is done in this one yet.
    overdue: !doneThisPeriod && !donePrevious,
  };
}
