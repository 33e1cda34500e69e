// Cell values as they come out of CSV and XLSX, turned into what the importers expect.
import { formatIsoDate, isIsoDate } from '../../domain/dates.ts';

export type Cell = string | number | boolean | Date | null;

/** Text of a cell, or null when empty. Numbers keep their digits (an ID number typed as a number loses them). */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return cellDate(value);
  const text = String(value).trim();
  return text === '' ? null : text;
}

/** A date from a cell: a real date cell, YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYYMMDD or 2026年3月1日. */
export function cellDate(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date)
    return formatIsoDate({
      year: value.getUTCFullYear(),
      month: value.getUTCMonth() + 1,
      day: value.getUTCDate(),
    });
  const text = String(value).trim();
  if (isIsoDate(text)) return text;
  const m = /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))$/.exec(text);
  if (!m) return text; // left for the caller's validation to name
  const iso = `${m[1]}-${(m[2] ?? m[4] ?? '').padStart(2, '0')}-${(m[3] ?? m[5] ?? '').padStart(2, '0')}`;
  return iso;
}

const TRUE = new Set(['true', '是', 'y', 'yes', '1', '√', '有']);
const FALSE = new Set(['false', '否', 'n', 'no', '0', '×', '无']);

/** 是/否, true/false, 1/0 → boolean; empty → null; anything else → undefined (invalid). */
export function cellBoolean(value: unknown): boolean | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  return undefined;
}

/** A list typed into one cell: 孤儿、低保；残疾 → ['孤儿', '低保', '残疾']. */
export function cellList(value: unknown): string[] {
  const text = cellText(value);
  if (!text) return [];
  return text
    .split(/[,，、;；|\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
