// The one guard every XLSX writer of the project puts its text cells through (issue 16.3). Text beginning with
// = + - @ (or a tab or carriage return before them) is a formula to a spreadsheet program once someone edits
// and re-saves the file, and names, notes and titles are typed by people. Such text gets a leading single
// quote, which Excel shows as text and never runs. Numbers, dates and empty cells pass unchanged.
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A row of values, each through safeCell. */
export function safeRow<T extends Record<string, unknown>>(row: T): T {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, safeCell(v)])) as T;
}
