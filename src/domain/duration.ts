// ISO-8601 date durations (P1M, P2M, P3M, P14D, P1Y, P2W) as the schedule rules use them.
import { addDays, addMonths, type IsoDate } from './dates.ts';

export type IsoDuration = string;

export interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

export function parseDuration(value: IsoDuration): DurationParts | null {
  const m = DURATION.exec(value);
  if (!m || value === 'P') return null;
  return {
    years: Number(m[1] ?? 0),
    months: Number(m[2] ?? 0),
    weeks: Number(m[3] ?? 0),
    days: Number(m[4] ?? 0),
  };
}

export function isDuration(value: unknown): value is IsoDuration {
  return typeof value === 'string' && parseDuration(value) !== null;
}

function mustParse(value: IsoDuration): DurationParts {
  const parts = parseDuration(value);
  if (!parts) throw new RangeError(`not an ISO-8601 date duration: ${value}`);
  return parts;
}

export function addDuration(date: IsoDate, duration: IsoDuration): IsoDate {
  const p = mustParse(duration);
  return addDays(addMonths(date, p.years * 12 + p.months), p.weeks * 7 + p.days);
}

/** Mean length in days, only for ordering intervals: P14D < P1M < P2M < P3M. */
export function approximateDays(duration: IsoDuration): number {
  const p = mustParse(duration);
  return p.years * 365.2425 + p.months * 30.436875 + p.weeks * 7 + p.days;
}

/** The shorter of two intervals; null means "none set" and never wins over a set interval. */
export function shorterDuration(a: IsoDuration | null, b: IsoDuration | null): IsoDuration | null {
  if (a === null) return b;
  if (b === null) return a;
  return approximateDays(b) < approximateDays(a) ? b : a;
}
