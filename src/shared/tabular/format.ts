// The file formats the bureaus exchange: NDJSON (one record a line), CSV and XLSX (one record a row).
import path from 'node:path';
import { InputError } from '../errors.ts';

export type TabularFormat = 'ndjson' | 'csv' | 'xlsx';

export function formatOf(fileName: string): TabularFormat {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.csv') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.xls')
    throw new InputError('不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx', { file: fileName });
  throw new InputError(`不支持的文件类型 "${ext || '（无扩展名）'}"，请使用 .ndjson、.csv 或 .xlsx`, {
    file: fileName,
  });
}
