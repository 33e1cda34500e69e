// The checks every roster row goes through, written for a million rows: no Date objects, no regular
// expressions beyond one test. They agree with domain/dates.ts and domain/id-number.ts (fast-checks.test.ts).
import { ID_PROVINCE_CODES, idCheckCharacter } from '../../domain/id-number.ts';

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether year, month, day name a calendar date (month 1–12). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeap(year) ? 29 : DAYS[month - 1]!);
}

/** YYYY-MM-DD that names a real day. */
export function isIsoDateFast(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    isCalendarDate(year, month, day)
  );
}

const CANONICAL_ID = /^\d{17}[\dX]$/;

/**
 * The birth date of a valid 18-character ID number already in canonical form (digits, upper-case X), or
 * null when it is not valid: province, birth date (from 1900) and check character, as validateIdNumber().
 */
export function validIdBirthDate(id: string): string | null {
  if (!CANONICAL_ID.test(id) || !ID_PROVINCE_CODES.has(id.slice(0, 2))) return null;
  const year = Number(id.slice(6, 10));
  if (year < 1900 || !isCalendarDate(year, Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return null;
  if (idCheckCharacter(id) !== id[17]) return null;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}
