// Calendar dates as ISO strings (YYYY-MM-DD). The domain works in whole days: ages, due dates and
// report dates never depend on a time zone, so no Date object crosses a module boundary.

export type IsoDate = string;

export interface YMD {
  year: number;
  month: number; // 1–12
  day: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Without a Date for the months of a year (the assessment asks this many times a child); another month
  // number rolls over into the next or previous year, as Date.UTC does.
  if (month >= 1 && month <= 12 && Number.isInteger(month) && Number.isInteger(year))
    return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : MONTH_DAYS[month - 1]!;
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The value of the two or four ASCII digits of `value` from `at`, or -1 when one is not a digit. */
function digits(value: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function parseIsoDate(value: string): YMD | null {
  // YYYY-MM-DD in ASCII digits, a real day, read by character codes: the assessment parses dozens of dates a child.
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

export function formatIsoDate({ year, month, day }: YMD): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function mustParse(value: IsoDate): YMD {
  const ymd = parseIsoDate(value);
  if (!ymd) throw new RangeError(`not a calendar date: ${value}`);
  return ymd;
}

/** Whole years from `birthDate` to `asOf`; a birthday on `asOf` counts as reached. */
export function ageOn(birthDate: IsoDate, asOf: IsoDate): number {
  const b = mustParse(birthDate);
  const a = mustParse(asOf);
  let age = a.year - b.year;
  // A child born on 29 February reaches a new year of age on 1 March in common years.
  const birthdayThisYear =
    b.month === 2 && b.day === 29 && daysInMonth(a.year, 2) === 28 ? { month: 3, day: 1 } : b;
  if (
    a.month < birthdayThisYear.month ||
    (a.month === birthdayThisYear.month && a.day < birthdayThisYear.day)
  )
    age -= 1;
  return age;
}

/** The date on which a person born on `birthDate` turns `years` old. */
export function birthdayAt(birthDate: IsoDate, years: number): IsoDate {
  const b = mustParse(birthDate);
  const year = b.year + years;
  if (b.month === 2 && b.day === 29 && daysInMonth(year, 2) === 28)
    return formatIsoDate({ year, month: 3, day: 1 });
  return formatIsoDate({ year, month: b.month, day: b.day });
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(...dates: (IsoDate | null | undefined)[]): IsoDate | null {
  let best: IsoDate | null = null;
  for (const d of dates) if (d && (best === null || d > best)) best = d;
  return best;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = mustParse(date);
  const t = new Date(Date.UTC(year, month - 1, day + days));
  return formatIsoDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
}

/** Calendar months, clamped to the end of a shorter month (31 January + 1 month = 28/29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = mustParse(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = mustParse(from);
  const b = mustParse(to);
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}

// Made once: building a DateTimeFormat costs far more than using one, and every request asks for today.
const CHINA_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in China (UTC+8), whatever the server's own time zone. */
export function todayInChina(now: Date = new Date()): IsoDate {
  return CHINA_DAY.format(now);
}

/** 2026年11月23日 — how dates are shown to people. */
export function formatChineseDate(date: IsoDate): string {
  const { year, month, day } = mustParse(date);
  return `${year}年${month}月${day}日`;
}
