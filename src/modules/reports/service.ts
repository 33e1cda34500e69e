// The reports as a user asks for them: the region checked against the user's own (outside it is "not
// found"), the date defaulting to today, the permission each report needs, and every roster export
// recorded in the audit trail before the file leaves.
import { exportTime } from '../../shared/xlsx/watermark.ts';
import type { Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { prefixLength } from '../../domain/region-code.ts';
import { AppError, InputError } from '../../shared/errors.ts';
import { type Actor, can, requirePermission } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { addLevels, countAnnex1, emptyLevels, totalOf, type Annex1Levels } from './annex1.ts';
import { annex1Xlsx } from './annex1-xlsx.ts';
import { rosterRows, rosterVillages } from './annex2.ts';
import { annex2Cells, writeAnnex2 } from './annex2-xlsx.ts';
import { partLevel, regionParts, resolveReportRegion, type ReportRegion } from './region.ts';
import { scheduleOverrides, timelinessReport, type TimelinessReport } from './timeliness.ts';
import { timelinessXlsx } from './timeliness-xlsx.ts';
import { reportDownloadName, reportFileName } from './xlsx-style.ts';

export interface ReportContext {
  db: Kysely<DB>;
  actor: Actor;
  today: IsoDate;
}

export interface ReportQuery {
  region?: string | undefined;
  asOf?: IsoDate | undefined;
}

export interface Annex1Part {
  region: string;
  name: string;
  levels: Annex1Levels;
  total: number;
}

export interface Annex1Report {
  region: ReportRegion;
  asOf: IsoDate;
  levels: Annex1Levels;
  total: number;
  parts: Annex1Part[] | null;
}

/** The most rows one sheet holds, less the form's own. */
const SHEET_ROWS = 1_048_576 - 10;

export async function annex1Report(
  ctx: ReportContext,
  q: ReportQuery & { breakdown?: boolean | undefined },
): Promise<Annex1Report> {
  requirePermission(ctx.actor, 'report.read');
  const region = await resolveReportRegion(ctx.db, ctx.actor, q.region);
  const asOf = q.asOf ?? ctx.today;
  const level = q.breakdown ? partLevel(region.level) : null;
  const counts = await countAnnex1(
    ctx.db,
    region.code,
    asOf,
    level ? prefixLength(level) : 0,
    await scheduleOverrides(ctx.db, region.code, asOf),
  );
  const levels = emptyLevels();
  for (const part of counts.values()) addLevels(levels, part);
  const parts = level
    ? (await regionParts(ctx.db, region)).map((p) => {
        const partLevels = counts.get(p.code) ?? emptyLevels();
        return { region: p.code, name: p.name, levels: partLevels, total: totalOf(partLevels) };
      })
    : null;
  return { region, asOf, levels, total: totalOf(levels), parts };
}

/** The CONTRACT's JSON (region, asOf, levels, total), with the parts only when they were asked for. */
export function annex1Json(report: Annex1Report) {
  return {
    region: report.region.code,
    asOf: report.asOf,
    levels: report.levels,
    total: report.total,
    ...(report.parts ? { parts: report.parts } : {}),
  };
}

export async function annex1File(report: Annex1Report, preparedBy: string | null) {
  const buffer = await annex1Xlsx({
    asOf: report.asOf,
    preparedBy,
    whole: {
      name: report.region.name,
      unitName: report.region.unitName,
      levels: report.levels,
      total: report.total,
    },
    parts: (report.parts ?? []).map((p) => ({
      name: p.name,
      unitName: `${report.region.unitName}${p.name}`,
      levels: p.levels,
      total: p.total,
    })),
  });
  return {
    fileName: reportFileName('annex1', report.region.code, report.asOf),
    downloadName: reportDownloadName('annex1', report.region.name, report.asOf),
    buffer,
  };
}

export interface Annex2Export {
  region: ReportRegion;
  asOf: IsoDate;
  count: number;
  fileName: string;
  downloadName: string;
  /** Writes the workbook; resolves with the number of children written. */
  write(stream: Writable): Promise<number>;
}

/**
 * Prepares the roster export: checks the right to export (and to see full ID numbers when asked),
 * counts the children and records the export before any of it is written.
 */
export async function annex2Export(
  ctx: ReportContext,
  q: ReportQuery & { fullIdNumber?: boolean | undefined; purpose?: string | undefined },
  now: Date,
): Promise<Annex2Export> {
  requirePermission(ctx.actor, 'report.roster');
  const full = q.fullIdNumber === true;
  if (full && !can(ctx.actor.role, 'child.id_number.export'))
    throw new AppError('forbidden', '当前角色无权在名单中导出完整身份证号码');
  const purpose = full ? (q.purpose?.trim() ?? '') : '';
  if (full && purpose.length < 2) throw new InputError('导出完整身份证号码须写明用途', { field: 'purpose' });
  const region = await resolveReportRegion(ctx.db, ctx.actor, q.region);
  const asOf = q.asOf ?? ctx.today;
  const villages = await rosterVillages(ctx.db, region.code, asOf);
  const count = villages.reduce((sum, v) => sum + v.children, 0);
  if (count > SHEET_ROWS)
    throw new InputError(`名单共 ${count} 人，超过一张工作表的容量，请按下级区划分别导出`, {
      field: 'region',
    });
  const fileName = reportFileName('annex2', region.code, asOf);
  await recordAudit(ctx.db, ctx.actor, {
    action: 'report.annex2_exported',
    entity: 'report',
    entityId: fileName,
    regionCode: region.code.padEnd(12, '0'),
    detail: { region: region.code, asOf, count, fullIdNumber: full, purpose: full ? purpose : null },
  });
  return {
    region,
    asOf,
    count,
    fileName,
    downloadName: reportDownloadName('annex2', region.name, asOf),
    write: (stream) =>
      writeAnnex2(stream, rosterRows(ctx.db, villages, asOf), {
        regionName: region.name,
        asOf,
        fullIdNumber: full,
        withCounty: region.level === 'city' || region.level === 'province',
        exportedBy: ctx.actor.name,
        exportedAt: exportTime(now),
        purpose: full ? purpose : null,
        count,
      }),
  };
}

export async function timeliness(ctx: ReportContext, q: ReportQuery): Promise<TimelinessReport> {
  requirePermission(ctx.actor, 'report.read');
  const region = await resolveReportRegion(ctx.db, ctx.actor, q.region);
  return timelinessReport(ctx.db, region, q.asOf ?? ctx.today);
}

export async function timelinessFile(report: TimelinessReport) {
  const buffer = await timelinessXlsx(report);
  return {
    fileName: reportFileName('timeliness', report.region, report.asOf),
    downloadName: reportDownloadName('timeliness', report.regionName, report.asOf),
    buffer,
  };
}

/** The most children the print view of Annex 2 lists at once; more is printed village by village or township. */
export const ANNEX2_PRINT_ROWS = 3000;

/**
 * Annex 2 (排查表) for printing: the roster's rows as the form shows them, ID numbers masked. It names children,
 * so it is recorded (report.annex2_viewed, with the count) before it is returned.
 */
export async function annex2Print(ctx: ReportContext, q: ReportQuery) {
  requirePermission(ctx.actor, 'report.roster');
  const region = await resolveReportRegion(ctx.db, ctx.actor, q.region);
  const asOf = q.asOf ?? ctx.today;
  const villages = await rosterVillages(ctx.db, region.code, asOf);
  const count = villages.reduce((sum, v) => sum + v.children, 0);
  if (count > ANNEX2_PRINT_ROWS)
    throw new InputError(`名单共 ${count} 人，一次最多打印 ${ANNEX2_PRINT_ROWS} 人，请选择乡镇或村分别打印`, {
      field: 'region',
    });
  await recordAudit(ctx.db, ctx.actor, {
    action: 'report.annex2_viewed',
    entity: 'report',
    entityId: reportFileName('annex2', region.code, asOf),
    regionCode: region.code.padEnd(12, '0'),
    detail: { region: region.code, asOf, count },
  });
  const rows = [];
  for await (const batch of rosterRows(ctx.db, villages, asOf)) rows.push(...batch);
  const withCounty = region.level === 'city' || region.level === 'province';
  return { regionName: region.name, asOf, count, ...annex2Cells(rows, { asOf, withCounty }) };
}
