// A guardian's request for the child's whole file (PIPL art. 45, the right of access and copy): one action
// that gathers everything the register holds on the child — the file, parents, caregiver, assessments,
// visits and contacts, work log, interventions, mandatory reports, referrals, and the record of who read or
// changed the file — into one XLSX, in full (it goes to the child's guardian), audited with the request's
// reference and the guardian's relation to the child (never a name or number). Cells a spreadsheet would
// run as a formula are written as text.
import { loadExcelJS } from '../../shared/xlsx/exceljs.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { InputError } from '../../shared/errors.ts';
import { type Actor, requireChild } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';

export const SUBJECT_ACCESS_ACTION = 'child.subject_access_exported';
export const GUARDIAN_RELATIONS = ['father', 'mother', 'guardian', 'self'] as const;
export type GuardianRelation = (typeof GUARDIAN_RELATIONS)[number];

export interface SubjectAccessRequest {
  /** Who asks, in relation to the child: father, mother, another legal guardian, or the child. */
  relation: GuardianRelation;
  /** The bureau's reference of the written request (申请编号). */
  requestRef: string;
}

/** Sheets of the workbook: title, table, and how its rows are found for the child. */
const SHEETS: { title: string; table: keyof DB & string; by: 'id' | 'child_id' }[] = [
  { title: '儿童档案', table: 'child', by: 'id' },
  { title: '父母', table: 'child_parent', by: 'child_id' },
  { title: '委托照护人', table: 'child_caregiver', by: 'child_id' },
  { title: '评估记录', table: 'assessment', by: 'child_id' },
  { title: '走访联系', table: 'contact', by: 'child_id' },
  { title: '工作日志', table: 'work_log', by: 'child_id' },
  { title: '帮扶干预', table: 'intervention', by: 'child_id' },
  { title: '强制报告', table: 'mandatory_report', by: 'child_id' },
  { title: '转介', table: 'referral', by: 'child_id' },
  { title: '档案操作记录', table: 'audit_event', by: 'child_id' },
];
/** Internal columns a guardian's copy leaves out: blind indexes and version counters mean nothing to them. */
const HIDDEN = new Set(['id_number_bidx', 'version']);

function cell(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  // A leading = + - @ makes a spreadsheet run the cell as a formula: the quote keeps it text.
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function checkRequest(input: { relation?: unknown; requestRef?: unknown }): SubjectAccessRequest {
  if (!GUARDIAN_RELATIONS.includes(input.relation as GuardianRelation))
    throw new InputError(`申请人与儿童的关系应为 ${GUARDIAN_RELATIONS.join('、')} 之一`, {
      field: 'relation',
    });
  const ref = typeof input.requestRef === 'string' ? input.requestRef.trim() : '';
  // eslint-disable-next-line no-control-regex -- a reference is printable text
  if (!/^[^\u0000-\u001f]{1,50}$/.test(ref))
    throw new InputError('请填写书面申请的编号（1–50个字符）', { field: 'requestRef' });
  return { relation: input.relation as GuardianRelation, requestRef: ref };
}

/** The child's whole file as an XLSX buffer, audited; 404 outside the actor's region. */
export async function childFileWorkbook(
  db: Kysely<DB>,
  actor: Actor,
  childId: string,
  request: SubjectAccessRequest,
): Promise<{ buffer: Buffer; rows: number }> {
  await requireChild(db, actor, childId, 'child.subject_access');
  const checked = checkRequest(request);
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = '童护 Tonghu';
  let total = 0;
  const counts: Record<string, number> = {};
  for (const s of SHEETS) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one generic read per table of the file
    const rows = (await (db as Kysely<any>)
      .selectFrom(s.table)
      .selectAll()
      .where(s.by, '=', childId)
      .execute()) as Record<string, unknown>[];
    const sheet = workbook.addWorksheet(s.title);
    const columns = rows.length ? Object.keys(rows[0]!).filter((c) => !HIDDEN.has(c)) : ['（无记录）'];
    sheet.addRow(columns).font = { bold: true };
    for (const row of rows) sheet.addRow(columns.map((c) => cell(row[c])));
    counts[s.table] = rows.length;
    total += rows.length;
  }
  const info = workbook.addWorksheet('说明');
  info.addRow(['依据《个人信息保护法》第四十五条，应监护人申请提供的儿童档案副本。']);
  info.addRow(['申请编号', checked.requestRef]);
  info.addRow(['导出时间', new Date().toISOString()]);
  info.addRow(['导出人', actor.name]);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const child = await db
    .selectFrom('child')
    .select('village_code')
    .where('id', '=', childId)
    .executeTakeFirstOrThrow();
  await recordAudit(db, actor, {
    action: SUBJECT_ACCESS_ACTION,
    entity: 'child',
    entityId: childId,
    childId,
    regionCode: child.village_code,
    detail: { relation: checked.relation, requestRef: checked.requestRef, rows: counts },
  });
  return { buffer, rows: total };
}
