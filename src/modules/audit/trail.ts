// 审计日志: the whole trail for the audit administrator — every person's sign-ins, reads and changes within
// the administrator's region — with filters by person, child, action, date and client address, and as a
// spreadsheet (the export itself recorded). ID numbers in recorded changes are masked; the trail names a child
// by its id only, so that reading the trail is not reading children's files.
import { loadExcelJS } from '../../shared/xlsx/exceljs.ts';
import { sql, type Kysely } from 'kysely';
import { PassThrough, type Readable } from 'node:stream';
import type { DB } from '../../db/schema.ts';
import { regionPrefix, type Actor, requirePermission } from '../access/index.ts';
import { maskIdNumbersDeep } from '../../domain/id-number.ts';
import { recordAudit } from './audit.ts';
import { filtersForAudit } from './search-key.ts';

export interface TrailFilters {
  /** A person: username (exact) or part of the name recorded. */
  actor?: string;
  childId?: string;
  /** An action, or its prefix ending in '.' (auth. for every sign-in event). */
  action?: string;
  /** China dates, inclusive. */
  from?: string;
  to?: string;
  /** A client address, or its prefix (203.0.113.). */
  address?: string;
  page?: number;
  pageSize?: number;
}

export const EXPORT_LIMIT = 50_000;

function chinaMidnight(date: string, plusDays = 0): Date {
  return new Date(Date.parse(`${date}T00:00:00+08:00`) + plusDays * 86_400_000);
}

function like(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function filtered(db: Kysely<DB>, actor: Actor, f: TrailFilters) {
  const prefix = regionPrefix(actor);
  let q = db
    .selectFrom('audit_event as e')
    .leftJoin('child', 'child.id', 'e.child_id')
    .leftJoin('app_user as u', 'u.id', 'e.actor_id')
    // Within the administrator's region: the child's village, else the record's region, else the person's;
    // records tied to no region (a sign-in with an unknown username) are the deployment's and shown to all.
    .where(
      sql<boolean>`(coalesce(child.village_code, e.region_code, u.region_code, '') like ${`${prefix}%`} or coalesce(child.village_code, e.region_code, u.region_code) is null)`,
    );
  if (f.actor) {
    const text = f.actor.trim();
    q = q.where((eb) => eb.or([eb('u.username', '=', text), eb('e.actor_name', 'ilike', `%${like(text)}%`)]));
  }
  if (f.childId) q = q.where('e.child_id', '=', f.childId);
  if (f.action)
    q = f.action.endsWith('.')
      ? q.where('e.action', 'like', `${like(f.action)}%`)
      : q.where('e.action', '=', f.action);
  if (f.from) q = q.where('e.occurred_at', '>=', chinaMidnight(f.from));
  if (f.to) q = q.where('e.occurred_at', '<', chinaMidnight(f.to, 1));
  if (f.address) q = q.where('e.client_address', 'like', `${like(f.address.trim())}%`);
  return q;
}

const COLUMNS = [
  'e.id',
  'e.seq',
  'e.occurred_at',
  'e.actor_id',
  'e.actor_name',
  'u.username',
  'e.action',
  'e.entity',
  'e.entity_id',
  'e.child_id',
  'e.region_code',
  'e.client_address',
  'e.user_agent',
  'e.session_hash',
  'e.request_id',
  'e.changes',
  'e.detail',
  'e.hash',
] as const;

type Row = {
  id: number;
  seq: number;
  occurred_at: Date | string;
  actor_id: string | null;
  actor_name: string;
  username: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  child_id: string | null;
  region_code: string | null;
  client_address: string | null;
  user_agent: string | null;
  session_hash: string | null;
  request_id: string | null;
  changes: unknown;
  detail: unknown;
  hash: string;
};

function item(r: Row) {
  return {
    id: Number(r.id),
    seq: Number(r.seq),
    occurredAt: new Date(r.occurred_at).toISOString(),
    actorId: r.actor_id,
    actorName: r.actor_name,
    username: r.username,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    childId: r.child_id,
    regionCode: r.region_code,
    clientAddress: r.client_address,
    userAgent: r.user_agent,
    sessionHash: r.session_hash,
    requestId: r.request_id,
    // Which fields changed, not their values: the values are the child's file, which the audit
    // administrator does not open (they stay on the file's own trail for those who may read it).
    changes: Array.isArray(r.changes)
      ? (r.changes as { field?: unknown }[]).map((c) => ({ field: String(c.field) }))
      : null,
    detail: maskIdNumbersDeep(r.detail ?? null) as Record<string, unknown> | null,
    hash: r.hash,
  };
}

export type TrailItem = ReturnType<typeof item>;

export async function readTrail(db: Kysely<DB>, actor: Actor, filters: TrailFilters) {
  requirePermission(actor, 'audit.trail');
  const pageSize = filters.pageSize ?? 50;
  const page = filters.page ?? 1;
  const [rows, count] = await Promise.all([
    filtered(db, actor, filters)
      .select([...COLUMNS])
      .orderBy('e.seq', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    filtered(db, actor, filters)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { total: Number(count.n), page, pageSize, items: (rows as Row[]).map(item) };
}

const HEADERS: [keyof TrailItem, string, number][] = [
  ['seq', '序号', 10],
  ['occurredAt', '时间', 24],
  ['actorName', '操作人', 16],
  ['username', '用户名', 16],
  ['action', '操作', 28],
  ['entity', '对象类型', 12],
  ['entityId', '对象', 38],
  ['childId', '儿童档案', 38],
  ['regionCode', '区划', 14],
  ['clientAddress', '客户端地址', 18],
  ['userAgent', '浏览器', 40],
  ['sessionHash', '会话（哈希）', 20],
  ['requestId', '请求号', 12],
  ['changes', '变更', 40],
  ['detail', '详情', 40],
  ['hash', '记录哈希', 20],
];

// Text typed by people (names, user agents) must not run as a formula in a spreadsheet program.
function cell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The filtered trail as a workbook (at most EXPORT_LIMIT records, newest first); the export is recorded. */
export async function exportTrail(
  db: Kysely<DB>,
  actor: Actor,
  filters: TrailFilters,
): Promise<{ stream: Readable; count: number; truncated: boolean }> {
  requirePermission(actor, 'audit.trail');
  const rows = (await filtered(db, actor, filters)
    .select([...COLUMNS])
    .orderBy('e.seq', 'desc')
    .limit(EXPORT_LIMIT + 1)
    .execute()) as Row[];
  const truncated = rows.length > EXPORT_LIMIT;
  const items = rows.slice(0, EXPORT_LIMIT).map(item);
  const { page: _p, pageSize: _s, ...criteria } = filters;
  await recordAudit(db, actor, {
    action: 'audit.trail_exported',
    entity: 'audit_event',
    regionCode: actor.regionCode || null,
    detail: {
      filters: await filtersForAudit(db, criteria as Record<string, unknown>),
      count: items.length,
      truncated,
    },
  });
  const out = new PassThrough();
  const workbook = new (await loadExcelJS()).stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('审计日志', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADERS.map(([key, header, width]) => ({ key, header, width }));
  sheet.getRow(1).font = { bold: true };
  void (async () => {
    for (const it of items)
      sheet.addRow(Object.fromEntries(HEADERS.map(([key]) => [key, cell(it[key])]))).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error as Error));
  return { stream: out, count: items.length, truncated };
}
