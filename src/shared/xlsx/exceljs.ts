// exceljs is loaded on first use, not when a module that can write a workbook is imported: it is the
// heaviest package the CLI loads (about 0.35 s of every start, for some 60 CommonJS files) and most commands
// never open a workbook.
import type ExcelJSModule from 'exceljs';

export type ExcelJS = typeof ExcelJSModule;

let loading: Promise<ExcelJS> | undefined;

/** exceljs itself, imported once. */
export function loadExcelJS(): Promise<ExcelJS> {
  loading ??= import('exceljs').then((m) => m.default);
  return loading;
}
