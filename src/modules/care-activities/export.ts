// The coverage workbook names the children a duty has not reached: only those who may export rosters get it,
// and the export is recorded, with the children it names, before the file leaves.
import type { IsoDate } from '../../domain/dates.ts';
import { requirePermission } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import {
  resolveReportRegion,
  type ReportContext,
  reportDownloadName,
  reportFileName,
} from '../reports/index.ts';
import { buildCoverage } from './coverage.ts';
import { coverageXlsx } from './coverage-xlsx.ts';

export async function coverageExport(
  ctx: ReportContext,
  q: { region?: string | undefined; asOf?: IsoDate | undefined },
): Promise<{ fileName: string; downloadName: string; buffer: Buffer }> {
  requirePermission(ctx.actor, 'report.roster');
  const region = await resolveReportRegion(ctx.db, ctx.actor, q.region);
  const asOf = q.asOf ?? ctx.today;
  const report = await buildCoverage(ctx.db, region, asOf);
  const { buffer, childIds } = await coverageXlsx(ctx.db, report);
  const fileName = reportFileName('care-coverage', region.code, asOf);
  await recordAudit(ctx.db, ctx.actor, {
    action: 'care_activity.coverage_exported',
    entity: 'report',
    entityId: fileName,
    regionCode: region.code.padEnd(12, '0'),
    detail: { region: region.code, asOf, count: childIds.length, childIds },
  });
  return { fileName, downloadName: reportDownloadName('care-coverage', region.name, asOf), buffer };
}
