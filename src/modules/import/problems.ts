// Naming a problem so that a person finds it: the line or row, and the field as the file spells it. A
// spreadsheet's field is its column (父亲状况 for parents[0].statuses when parent 0 is the father); an
// NDJSON line's is the JSON path.
import { describeLocation } from '../../shared/errors.ts';
import { COLUMNS_BY_TARGET } from './columns.ts';
import type { FlatLayout } from './flat-record.ts';
import type { ImportProblem } from './record.ts';

export type Path = (string | number)[];

/** 'parents[0].idNumber' and 'parents.0.statuses.1' → ['parents', 0, 'idNumber'] / [..., 'statuses', 1]. */
export function pathOf(field: string): Path {
  return field
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export type FieldNamer = (path: Path, merged: Record<string, unknown>) => { field: string; column?: string };

export const jsonNamer: FieldNamer = (path) => ({ field: path.join('.') });

/** The column a path of the merged record came from; the JSON path when the file has no such column. */
export function flatNamer(layout: FlatLayout): FieldNamer {
  return (path, merged) => {
    let target: string;
    const [head, index, sub] = path;
    if (head === 'parents' && typeof index === 'number') {
      const parents = Array.isArray(merged.parents) ? (merged.parents as Record<string, unknown>[]) : [];
      target = `${String(parents[index]?.relation)}.${String(sub)}`;
    } else if (head === 'caregiver') target = `caregiver.${String(index)}`;
    else if (head === 'interventions') target = `intervention.${String(sub)}`;
    else target = String(head);
    const column = COLUMNS_BY_TARGET.get(target);
    if (!column) return { field: path.join('.') };
    const header = layout.headerOf.get(column.key);
    return header === undefined ? { field: column.key } : { field: column.key, column: header };
  };
}

/** `kids.csv，第12行，字段 idNumber（身份证号）: 身份证号码校验位错误（应为 X）` */
export function problemLine(file: string, p: ImportProblem): string {
  const label =
    p.field && p.column && p.column !== p.field ? `${p.field}（${p.column}）` : (p.field ?? p.column);
  const where = describeLocation({
    file,
    ...(p.unit === 'line' ? { line: p.number } : { row: p.number }),
    ...(label ? { field: label } : {}),
  });
  return `${where}: ${p.message}`;
}
