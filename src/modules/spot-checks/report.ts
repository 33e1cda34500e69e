// How the county's spot checks stand: when the next is due by the profile's frequency, and the year's
// figures (checks done, files checked, problems found and fixed).
import type { IsoDate } from '../../domain/dates.ts';
import { fullCode, shortCode } from '../../domain/region-code.ts';
import { profileForRegion } from '../../policies/index.ts';
import { InputError, notFound } from '../../shared/errors.ts';
import { actorCovers, regionPrefix, requirePermission } from '../access/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { spotCheckStatus } from './schedule.ts';
import { regionVisible } from '../workforce/index.ts';
import { checkSummary } from './service.ts';
import { FINDING_NAMES } from './suggestions.ts';

/** When the region's next check is due, by its profile's frequency. */
export async function spotCheckSchedule(ctx: ServiceContext, region: string | undefined, asOf?: IsoDate) {
  requirePermission(ctx.actor, 'spotcheck.read');
  const code = region ?? (regionPrefix(ctx.actor) || ctx.deploymentRegion);
  if (!code) throw new InputError('请指定区划', { field: 'region' });
  if (!regionVisible(ctx.actor, code)) throw notFound('区划');
  const date = asOf ?? ctx.today;
  const profile = profileForRegion(code);
  const rows = await ctx.db
    .selectFrom('spot_check')
    .select('drawn_on')
    .where('region_code', '=', fullCode(code))
    .execute();
  return {
    region: shortCode(code),
    asOf: date,
    policy: profile.id,
    rule: { every: profile.spotCheck.every, text: profile.spotCheck.text, source: profile.spotCheck.source },
    ...spotCheckStatus(
      profile.spotCheck.every,
      rows.map((r) => r.drawn_on),
      date,
    ),
  };
}

/** The year's checks under a region: how many, files checked, problems found and fixed, by kind. */
export async function spotCheckYearReport(ctx: ServiceContext, region: string | undefined, year: number) {
  requirePermission(ctx.actor, 'spotcheck.read');
  const code = region ?? (regionPrefix(ctx.actor) || ctx.deploymentRegion);
  if (!code) throw new InputError('请指定区划', { field: 'region' });
  if (!actorCovers(ctx.actor, code)) throw notFound('区划');
  const prefix = shortCode(code);
  const checks = await ctx.db
    .selectFrom('spot_check')
    .selectAll()
    .where('region_code', 'like', `${prefix}%`)
    .where('drawn_on', '>=', `${year}-01-01`)
    .where('drawn_on', '<=', `${year}-12-31`)
    .orderBy('drawn_on')
    .execute();
  const ids = checks.map((c) => c.id);
  const items = ids.length
    ? await ctx.db
        .selectFrom('spot_check_item')
        .select(['id', 'spot_check_id', 'checked_on'])
        .where('spot_check_id', 'in', ids)
        .execute()
    : [];
  const findings = items.length
    ? await ctx.db
        .selectFrom('spot_check_finding')
        .select(['item_id', 'code', 'fixed_on'])
        .where(
          'item_id',
          'in',
          items.map((i) => i.id),
        )
        .execute()
    : [];
  const byCode = new Map<string, { found: number; fixed: number }>();
  for (const f of findings) {
    const entry = byCode.get(f.code) ?? { found: 0, fixed: 0 };
    entry.found += 1;
    if (f.fixed_on) entry.fixed += 1;
    byCode.set(f.code, entry);
  }
  return {
    region: prefix,
    year,
    checks: checks.map((c) => ({
      ...checkSummary(c),
      filesChecked: items.filter((i) => i.spot_check_id === c.id && i.checked_on).length,
    })),
    checksDone: checks.length,
    filesDrawn: items.length,
    filesChecked: items.filter((i) => i.checked_on).length,
    filesWithProblems: new Set(findings.map((f) => f.item_id)).size,
    problemsFound: findings.length,
    problemsFixed: findings.filter((f) => f.fixed_on).length,
    byKind: [...byCode.entries()].map(([kindCode, v]) => ({
      code: kindCode,
      name: FINDING_NAMES[kindCode as keyof typeof FINDING_NAMES] ?? kindCode,
      ...v,
    })),
  };
}
