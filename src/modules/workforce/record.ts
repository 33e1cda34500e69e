// One line of a directors file as a ledger entry. NDJSON lines carry the CONTRACT's English keys; CSV and
// XLSX rows carry the headers bureaus type (Chinese or English). Problems name the field as the file does.
import type { z } from 'zod';
import type { FieldProblem } from '../children/index.ts';
import { cellDate, cellList, cellText } from '../../shared/tabular/cells.ts';
import { aliasTable, fieldOf } from '../../shared/tabular/headers.ts';
import type { TabularRecord } from '../../shared/tabular/read.ts';
import {
  CHECK_RESULT_NAMES,
  CHECK_RESULT_VARIANTS,
  codeFromText,
  ROLE_VARIANTS,
  WORKER_ROLE_NAMES,
} from './codes.ts';
import { personInput, type PersonInput } from './schemas.ts';

const HEADERS = aliasTable({
  name: ['姓名', '儿童主任姓名', '人员姓名'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '身份证', 'id_number'],
  villageCode: [
    '村（社区）代码',
    '村(居)代码',
    '村（居）代码',
    '村代码',
    '社区代码',
    '所在村（社区）代码',
    '村（社区）区划代码',
    'village_code',
  ],
  townshipCode: ['乡镇（街道）代码', '乡镇代码', '街道代码', 'township_code'],
  regionCode: ['区划代码', '统计用区划代码', '所在区划代码', 'region_code'],
  role: ['角色', '岗位', '人员类别', '职务'],
  phone: ['联系电话', '电话', '手机', '手机号', '手机号码'],
  trainedOn: ['培训日期', '参加培训日期', '培训时间', 'trained_on'],
  backgroundCheckedOn: [
    '入职查询日期',
    '从业限制查询日期',
    '从业限制和入职查询日期',
    '背景审查日期',
    '查询日期',
    'background_checked_on',
  ],
  backgroundCheckResult: ['入职查询结果', '从业限制查询结果', '查询结果', '背景审查结果'],
  backgroundCheckNote: ['查询说明'],
  startedOn: ['任职日期', '上岗日期', '任职时间', '聘任日期', 'started_on'],
  endedOn: ['离任日期', '离职日期', '卸任日期', 'ended_on'],
  username: ['账号', '用户名', '系统账号'],
  note: ['备注'],
});

const DATE_FIELDS = new Set(['backgroundCheckedOn', 'startedOn', 'endedOn']);

/** Where the post is: the village for a director, the township for a supervisor, or a region code. */
const REGION_FIELDS = ['villageCode', 'townshipCode', 'regionCode'] as const;

function fromSpreadsheet(values: Record<string, unknown>): {
  raw: Record<string, unknown>;
  names: Map<string, string>;
} {
  const raw: Record<string, unknown> = {};
  const names = new Map<string, string>();
  for (const [header, value] of Object.entries(values)) {
    const field = fieldOf(header, HEADERS);
    names.set(field, header);
    if (field === 'trainedOn')
      raw[field] = cellList(value instanceof Date ? cellDate(value) : value).map(cellDate);
    else if (DATE_FIELDS.has(field)) raw[field] = cellDate(value);
    else raw[field] = cellText(value);
  }
  return { raw, names };
}

function fromJson(values: Record<string, unknown>): {
  raw: Record<string, unknown>;
  names: Map<string, string>;
} {
  const raw: Record<string, unknown> = { ...values };
  if (typeof raw.trainedOn === 'string') raw.trainedOn = [raw.trainedOn];
  for (const f of ['idNumber', 'phone'] as const) if (typeof raw[f] === 'number') raw[f] = String(raw[f]);
  for (const f of REGION_FIELDS) if (typeof raw[f] === 'number') raw[f] = String(raw[f]);
  return { raw, names: new Map(Object.keys(values).map((k) => [k, k])) };
}

function issueField(issue: z.core.$ZodIssue, names: Map<string, string>, regionFrom: string): string {
  const [head, ...rest] = issue.path.map(String);
  const key = head === 'regionCode' ? regionFrom : (head ?? '');
  const name = names.get(key) ?? key;
  return rest.length ? `${name}[${rest.join('][')}]` : name;
}

/** The ledger entry a line describes, or what is wrong with it (fields named as in the file). */
export function parseDirectorRecord(
  record: TabularRecord,
  format: 'ndjson' | 'csv' | 'xlsx',
): { input: PersonInput; regionField: string } | { problems: FieldProblem[] } {
  const { raw, names } = format === 'ndjson' ? fromJson(record.values) : fromSpreadsheet(record.values);
  const regionFrom =
    REGION_FIELDS.find((f) => raw[f] !== undefined && raw[f] !== null && raw[f] !== '') ?? 'villageCode';
  const candidate: Record<string, unknown> = { ...raw, regionCode: raw[regionFrom] };
  for (const f of ['villageCode', 'townshipCode'] as const) delete candidate[f];
  if (typeof candidate.role === 'string')
    candidate.role = codeFromText(candidate.role, WORKER_ROLE_NAMES, ROLE_VARIANTS) ?? candidate.role;
  if (typeof candidate.backgroundCheckResult === 'string')
    candidate.backgroundCheckResult =
      codeFromText(candidate.backgroundCheckResult, CHECK_RESULT_NAMES, CHECK_RESULT_VARIANTS) ??
      candidate.backgroundCheckResult;
  for (const [k, v] of Object.entries(candidate)) if (v === null || v === '') delete candidate[k];
  const parsed = personInput.safeParse(candidate);
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((issue) => ({
        field: issueField(issue, names, regionFrom),
        message: issue.message,
      })),
    };
  return { input: parsed.data, regionField: names.get(regionFrom) ?? regionFrom };
}

/** The name a file uses for a field of the checked entry (for problems found after parsing). */
export function fileFieldName(
  record: TabularRecord,
  format: 'ndjson' | 'csv' | 'xlsx',
  field: string,
): string {
  if (format === 'ndjson') return field;
  const [head, ...rest] = field.split('[');
  for (const header of Object.keys(record.values))
    if (fieldOf(header, HEADERS) === head) return rest.length ? `${header}[${rest.join('[')}` : header;
  return field;
}
