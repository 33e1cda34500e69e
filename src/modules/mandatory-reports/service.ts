// 强制报告: a report to the police at once when a child is, or may be, harmed (003 §五.6; 铁东 §四.6, §四.8
// "第一时间向公安机关报告"). The task opens by itself for a red factor (children/reassess.ts) or by hand for one
// of the nine situations; the system records who told the police, when, how, which unit and its receipt
// number, the police's feedback and follow-ups, and the outcome. A report not made raises an alert.
import type { Kysely, Selectable } from 'kysely';
import type { DB, MandatoryReportTable } from '../../db/schema.ts';
import { todayInChina, type IsoDate } from '../../domain/dates.ts';
import {
  DEFAULT_ALERT_HOURS,
  hoursBetween,
  type MandatoryReportSituation,
  type ReportMethod,
  type ReportOutcome,
} from '../../domain/mandatory-report.ts';
import { shortCode } from '../../domain/region-code.ts';
import { AppError, InputError, notFound } from '../../shared/errors.ts';
import {
  can,
  accessibleChildIds,
  childInScope,
  isUuid,
  requireChild,
  requirePermission,
} from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { refreshRedHandling } from '../children/index.ts';
import { notify } from '../notices/index.ts';
import type { TimedContext } from '../../shared/service-context.ts';
import { asOfInstant, discoveredAtOf } from './clock.ts';
import { reportView } from './views.ts';

type ReportRow = Selectable<MandatoryReportTable>;

export interface PoliceReportInput {
  reportedAt: string;
  reporterName?: string | null;
  method: ReportMethod;
  policeUnit: string;
  receiptNumber?: string | null;
  /** Corrects when the case was discovered (an auto-opened task knows only the day). */
  discoveredAt?: string | null;
  note?: string | null;
}

export interface OpenReportInput {
  situation: MandatoryReportSituation;
  discoveredAt: string;
  note?: string | null;
  /** When the police were already told before the report was entered. */
  policeReport?: PoliceReportInput | null;
}

function reportQuery(db: Kysely<DB>) {
  return db
    .selectFrom('mandatory_report')
    .innerJoin('child', 'child.id', 'mandatory_report.child_id')
    .leftJoin('region as v', 'v.code', 'child.village_code')
    .leftJoin('region as t', 't.code', 'v.parent_code')
    .selectAll('mandatory_report')
    .select([
      'child.name as child_name',
      'child.village_code',
      'v.name as village_name',
      't.name as township_name',
    ]);
}

function instant(value: string, field: string, now: Date): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new InputError('应为日期时间（ISO 8601）', { field });
  if (at.getTime() > now.getTime() + 60_000) throw new InputError('时间不能晚于现在', { field });
  return at;
}

async function withFollowups(
  db: Kysely<DB>,
  rows: Awaited<ReturnType<ReturnType<typeof reportQuery>['execute']>>,
) {
  if (!rows.length) return [];
  const followups = await db
    .selectFrom('mandatory_report_followup')
    .selectAll()
    .where(
      'report_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('occurred_on')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ row: r, followups: followups.filter((f) => f.report_id === r.id) }));
}

async function loadReport(ctx: TimedContext, id: string) {
  if (!isUuid(id)) throw notFound('强制报告');
  const row = await reportQuery(ctx.db).where('mandatory_report.id', '=', id).executeTakeFirst();
  if (!row || !(await accessibleChildIds(ctx.db, ctx.actor, [row.child_id])).has(row.child_id))
    throw notFound('强制报告');
  return row;
}

async function applyPoliceReport(
  trx: Kysely<DB>,
  ctx: TimedContext,
  report: ReportRow & { village_code: string },
  input: PoliceReportInput,
  prefix: string,
): Promise<void> {
  const at = (f: string) => (prefix ? `${prefix}.${f}` : f);
  const reportedAt = instant(input.reportedAt, at('reportedAt'), ctx.now);
  const discoveredAt = input.discoveredAt
    ? instant(input.discoveredAt, at('discoveredAt'), ctx.now)
    : discoveredAtOf(report);
  if (reportedAt < discoveredAt)
    throw new InputError(
      input.discoveredAt
        ? '报告时间不能早于发现时间'
        : '报告时间早于记录的发现时间，请同时填写发现时间 discoveredAt',
      { field: at('reportedAt') },
    );
  const policeUnit = input.policeUnit.trim();
  if (!policeUnit) throw new InputError('请填写接报的公安机关', { field: at('policeUnit') });
  const set = {
    status: 'reported' as const,
    discovered_at: discoveredAt,
    discovered_on: todayInChina(discoveredAt),
    reported_at: reportedAt,
    reported_by: ctx.actor.id,
    reporter_name: input.reporterName?.trim() || ctx.actor.name,
    report_method: input.method,
    police_unit: policeUnit,
    receipt_number: input.receiptNumber?.trim() || null,
  };
  await trx.updateTable('mandatory_report').set(set).where('id', '=', report.id).execute();
  await recordAudit(trx, ctx.actor, {
    action: 'mandatory_report.reported',
    entity: 'mandatory_report',
    entityId: report.id,
    childId: report.child_id,
    regionCode: report.village_code,
    changes: [
      { field: 'status', old: report.status, new: 'reported' },
      { field: 'reported_at', old: null, new: reportedAt.toISOString() },
      { field: 'police_unit', old: null, new: policeUnit },
      { field: 'report_method', old: null, new: input.method },
      { field: 'receipt_number', old: null, new: set.receipt_number },
    ],
    detail: {
      reporterName: set.reporter_name,
      hoursToReport: hoursBetween(discoveredAt, reportedAt),
      note: input.note?.trim() || null,
    },
  });
  await refreshRedHandling(trx, report.child_id, { actor: ctx.actor, asOf: ctx.today });
}

/** Opens a report by hand for one of the nine situations (and records the police report if already made). */
export async function openReport(ctx: TimedContext, childId: string, input: OpenReportInput) {
  await requireChild(ctx.db, ctx.actor, childId, 'mandatory_report.manage');
  const discoveredAt = instant(input.discoveredAt, 'discoveredAt', ctx.now);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const child = await trx
      .selectFrom('child')
      .select(['village_code', 'county_code', 'status'])
      .where('id', '=', childId)
      .executeTakeFirstOrThrow();
    const row = await trx
      .insertInto('mandatory_report')
      .values({
        child_id: childId,
        county_code: child.county_code,
        source: 'manual',
        situation: input.situation,
        factors: [],
        discovered_on: todayInChina(discoveredAt),
        discovered_at: discoveredAt,
        opened_at: ctx.now,
        opened_by: ctx.actor.id,
        note: input.note?.trim() || null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'mandatory_report.opened',
      entity: 'mandatory_report',
      entityId: row.id,
      childId,
      regionCode: child.village_code,
      changes: [{ field: 'status', old: null, new: 'open' }],
      detail: { source: 'manual', situation: input.situation, discoveredAt: discoveredAt.toISOString() },
    });
    if (input.policeReport)
      await applyPoliceReport(
        trx,
        ctx,
        { ...row, village_code: child.village_code },
        { ...input.policeReport, discoveredAt: input.policeReport.discoveredAt ?? input.discoveredAt },
        'policeReport',
      );
    return row.id;
  });
  return getReport(ctx, id, { audit: false });
}

/** A report's row, locked for a change of its status. */
function lockedReport(trx: Kysely<DB>, id: string) {
  return trx
    .selectFrom('mandatory_report')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

/** Tells those who follow the child that a report has feedback to read. */
function notifyFeedback(
  trx: Kysely<DB>,
  ctx: TimedContext,
  report: { id: string; child_id: string; village_code: string },
  message: string,
) {
  return notify(trx, {
    kind: 'report_feedback',
    childId: report.child_id,
    villageCode: report.village_code,
    entity: 'mandatory_report',
    entityId: report.id,
    message,
    actorId: ctx.actor.id,
  });
}

export async function recordPoliceReport(ctx: TimedContext, id: string, input: PoliceReportInput) {
  requirePermission(ctx.actor, 'mandatory_report.manage');
  const report = await loadReport(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await lockedReport(trx, id);
    if (current.status !== 'open')
      throw new AppError(
        'conflict',
        current.status === 'reported' ? '已记录向公安机关报告' : '该强制报告已结案',
      );
    await applyPoliceReport(trx, ctx, { ...current, village_code: report.village_code }, input, '');
  });
  return getReport(ctx, id, { audit: false });
}

export async function addFollowup(
  ctx: TimedContext,
  id: string,
  input: { kind: 'police_feedback' | 'follow_up'; occurredOn: IsoDate; note: string },
) {
  requirePermission(ctx.actor, 'mandatory_report.manage');
  const report = await loadReport(ctx, id);
  if (report.status === 'closed') throw new AppError('conflict', '该强制报告已结案');
  if (input.kind === 'police_feedback' && report.status !== 'reported')
    throw new AppError('conflict', '尚未记录向公安机关报告，不能登记公安反馈');
  if (input.occurredOn > ctx.today) throw new InputError('日期不能晚于今天', { field: 'occurredOn' });
  if (input.occurredOn < report.discovered_on)
    throw new InputError('日期不能早于发现日期', { field: 'occurredOn' });
  const note = input.note.trim();
  if (!note) throw new InputError('请填写内容', { field: 'note' });
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('mandatory_report_followup')
      .values({
        report_id: id,
        county_code: trx.selectFrom('mandatory_report').select('county_code').where('id', '=', id),
        kind: input.kind,
        occurred_on: input.occurredOn,
        note,
        author_id: ctx.actor.id,
        author_name: ctx.actor.name,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action:
        input.kind === 'police_feedback' ? 'mandatory_report.police_feedback' : 'mandatory_report.follow_up',
      entity: 'mandatory_report',
      entityId: id,
      childId: report.child_id,
      regionCode: report.village_code,
      changes: [{ field: input.kind, old: null, new: { occurredOn: input.occurredOn, note } }],
      detail: { followupId: row.id },
    });
    if (input.kind === 'police_feedback') await notifyFeedback(trx, ctx, report, '强制报告有公安机关反馈');
  });
  return getReport(ctx, id, { audit: false });
}

/**
 * Closes a report with its outcome. One never reported to the police closes only as recorded in error,
 * with a reason, by the township or above; a red factor still on the file opens a new task at the next
 * assessment, so the factor itself must be corrected first.
 */
export async function closeReport(
  ctx: TimedContext,
  id: string,
  input: { outcome: ReportOutcome; note?: string | null },
) {
  requirePermission(ctx.actor, 'mandatory_report.manage');
  const report = await loadReport(ctx, id);
  const note = input.note?.trim() || null;
  if (input.outcome === 'recorded_in_error') {
    if (!can(ctx.actor.role, 'mandatory_report.void'))
      throw new AppError('forbidden', '“录入错误”须由乡镇（街道）或县级确认后结案');
    if (!note) throw new InputError('请写明为何无需报告', { field: 'note' });
  } else if (input.outcome === 'other' && !note) throw new InputError('请写明结案情况', { field: 'note' });
  await ctx.db.transaction().execute(async (trx) => {
    const current = await lockedReport(trx, id);
    if (current.status === 'closed') throw new AppError('conflict', '该强制报告已结案');
    if (current.status === 'open' && input.outcome !== 'recorded_in_error')
      throw new AppError('conflict', '尚未向公安机关报告，不能结案：请先记录报告情况');
    if (current.status === 'reported' && input.outcome === 'recorded_in_error')
      throw new AppError('conflict', '已向公安机关报告的，不能以“录入错误”结案');
    await trx
      .updateTable('mandatory_report')
      .set({
        status: 'closed',
        outcome: input.outcome,
        outcome_note: note,
        closed_at: ctx.now,
        closed_by: ctx.actor.id,
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'mandatory_report.closed',
      entity: 'mandatory_report',
      entityId: id,
      childId: report.child_id,
      regionCode: report.village_code,
      changes: [
        { field: 'status', old: current.status, new: 'closed' },
        { field: 'outcome', old: null, new: input.outcome },
      ],
      detail: { note },
    });
    if (input.outcome !== 'recorded_in_error')
      await notifyFeedback(trx, ctx, report, '强制报告已结案，处理结果已反馈');
  });
  return getReport(ctx, id, { audit: false });
}

export async function getReport(ctx: TimedContext, id: string, options: { audit?: boolean } = {}) {
  requirePermission(ctx.actor, 'mandatory_report.read');
  const row = await loadReport(ctx, id);
  if (options.audit !== false)
    await recordAudit(ctx.db, ctx.actor, {
      action: 'mandatory_report.viewed',
      entity: 'mandatory_report',
      entityId: id,
      childId: row.child_id,
      regionCode: row.village_code,
    });
  const [loaded] = await withFollowups(ctx.db, [row]);
  return reportView(loaded!.row, loaded!.followups, ctx.now, DEFAULT_ALERT_HOURS);
}

export async function childReports(ctx: TimedContext, childId: string) {
  await requireChild(ctx.db, ctx.actor, childId, 'mandatory_report.read');
  const rows = await reportQuery(ctx.db)
    .where('mandatory_report.child_id', '=', childId)
    .orderBy('mandatory_report.opened_at', 'desc')
    .execute();
  return {
    items: (await withFollowups(ctx.db, rows)).map((r) =>
      reportView(r.row, r.followups, ctx.now, DEFAULT_ALERT_HOURS),
    ),
  };
}

export interface ReportFilters {
  status?: 'open' | 'reported' | 'closed' | 'all';
  asOf?: string;
  region?: string;
  thresholdHours?: number;
}

/**
 * The reports of the children in the actor's region, as of an instant: those discovered by then, with the
 * hours each has been open (or took to report) and the alert flag past the threshold. Unreported first,
 * longest open first.
 */
export async function listReports(ctx: TimedContext, f: ReportFilters = {}) {
  requirePermission(ctx.actor, 'mandatory_report.read');
  const asOf = asOfInstant(f.asOf, ctx.now);
  const threshold = f.thresholdHours ?? DEFAULT_ALERT_HOURS;
  let q = reportQuery(ctx.db).where(childInScope(ctx.actor));
  if (f.region) q = q.where('child.village_code', 'like', `${shortCode(f.region)}%`);
  const status = f.status ?? 'all';
  if (status !== 'all') q = q.where('mandatory_report.status', '=', status);
  const rows = (await q.orderBy('mandatory_report.opened_at').execute()).filter(
    (r) => discoveredAtOf(r) <= asOf,
  );
  const items = (await withFollowups(ctx.db, rows))
    .map((r) => reportView(r.row, r.followups, asOf, threshold))
    .sort(
      (a, b) =>
        Number(b.status === 'open') - Number(a.status === 'open') ||
        (b.hoursOpen ?? 0) - (a.hoursOpen ?? 0) ||
        b.openedAt.localeCompare(a.openedAt),
    );
  return { asOf: asOf.toISOString(), thresholdHours: threshold, total: items.length, items };
}

/** The alert to the county: reports not yet made to the police past the threshold (24 h by default). */
export async function reportAlerts(ctx: TimedContext, f: Omit<ReportFilters, 'status'> = {}) {
  const list = await listReports(ctx, { ...f, status: 'open' });
  const items = list.items.filter((r) => r.alert);
  return { ...list, total: items.length, items };
}
