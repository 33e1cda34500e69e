// Reading one spreadsheet cell by the kind of its column. Excel mangles some values on the way in (ID
// numbers typed as numbers keep only 15 significant digits; dates become serial numbers), so what cannot
// be trusted is named rather than guessed.
import { cellBoolean, cellDate, cellText } from '../../shared/tabular/cells.ts';

export type CellRead<T> = { value: T } | { problem: string };

const SCIENTIFIC = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;

export function readText(value: unknown): CellRead<string | null> {
  return { value: cellText(value) };
}

/** A resident ID number: refused when Excel stored it as a number, because its last digits are gone. */
export function readIdNumber(value: unknown): CellRead<string | null> {
  if (typeof value === 'number')
    return {
      problem: `身份证号码被存成了数字（${String(value)}），Excel 只保留15位有效数字，末几位已丢失；请把该列设为“文本”格式后重新录入完整号码`,
    };
  const text = cellText(value);
  if (text && SCIENTIFIC.test(text))
    return {
      problem: `身份证号码是科学计数法“${text}”，已丢失末几位；请把该列设为“文本”格式后重新录入完整号码`,
    };
  return { value: text };
}

/** A 12-digit statistical code: a number cell is fine (12 digits fit), scientific notation is not. */
export function readRegionCode(value: unknown): CellRead<string | null> {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return { value: String(value) };
  const text = cellText(value);
  if (text && SCIENTIFIC.test(text))
    return { problem: `区划代码是科学计数法“${text}”，请把该列设为“文本”格式后重新录入12位代码` };
  return { value: text };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date cell, a date typed as text, 20130402, or an Excel serial day number (45678). */
export function readDate(value: unknown): CellRead<string | null> {
  if (typeof value === 'number' && Number.isInteger(value)) {
    if (value >= 19000101 && value <= 29991231) return { value: cellDate(String(value)) };
    if (value > 0 && value < 2958466) return { value: cellDate(new Date(EXCEL_EPOCH + value * 86_400_000)) };
  }
  return { value: cellDate(value) };
}

export function readBoolean(value: unknown): CellRead<boolean | null> {
  const b = cellBoolean(value);
  if (b === undefined) return { problem: `应填“是”或“否”，实际“${cellText(value)}”` };
  return { value: b };
}

/** Months away for work: 8, "8", "8个月". */
export function readMonths(value: unknown): CellRead<number | null> {
  if (typeof value === 'number') return { value };
  const text = cellText(value);
  if (text === null) return { value: null };
  const m = /^(\d+(?:\.\d+)?)\s*(?:个月|月)?$/.exec(text);
  if (!m) return { problem: `应为外出务工月数（数字），实际“${text}”` };
  return { value: Number(m[1]) };
}

const GRADES: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

/** Disability grade 1–4: 2, "2", "二级", "2级". */
export function readGrade(value: unknown): CellRead<number | null> {
  const text = cellText(value);
  if (text === null) return { value: null };
  const m = /^([一二三四1-4])\s*级?$/.exec(text);
  if (!m) return { problem: `残疾等级应为 1–4 或 一级–四级，实际“${text}”` };
  return { value: GRADES[m[1] as string] as number };
}
