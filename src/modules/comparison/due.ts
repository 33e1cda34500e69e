// Which roster kinds are due for comparison (数据比对, DOMAIN.md §6; issue 19.5): each kind must be compared at
// least once in every period of the profile's interval — 铁东 quarterly (001 §四.18: 县民政部门至少每季度比对一次);
// the other seeds say only "定期" (000 (一)3, 003 §四(一)) or nothing, and there the quarter is Tonghu's
// default, labelled so. "At least once a quarter" is read as once per calendar quarter, as spot checks are
// read (spot-checks/schedule.ts). A run counts for a region when it covered the whole of it.
import { sql } from 'kysely';
import type { IsoDate } from '../../domain/dates.ts';
import type { IsoDuration } from '../../domain/duration.ts';
import type { PolicyProfile } from '../../domain/policy.ts';
import { profileForRegion } from '../../policies/index.ts';
import { requirePermission } from '../access/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { resolveReportRegion } from '../reports/index.ts';
import { spotCheckStatus } from '../spot-checks/index.ts';
import { ROSTER_RULES } from './rules/index.ts';

/** Tonghu's interval where the seed sets none: a quarter, the only rate any seed gives (001 §四.18). */
export const DEFAULT_COMPARISON_EVERY: IsoDuration = 'P3M';

const STATES_A_RATE = /每季度|每月|每半年|每年|季度/;

export interface ComparisonInterval {
  every: IsoDuration;
  /** seed: the profile's own seed sets it; adopted: another seed's rate; default: Tonghu's, the seed sets none. */
  basis: 'seed' | 'adopted' | 'default';
  label: string;
  /** The paragraph the profile cites for data comparison, whatever the basis of the interval. */
  text: string | null;
  source: string | null;
}

/**
 * The interval and where it comes from. A profile's interval counts as its seed's only when the text it
 * cites states a rate; a citation of "定期比对" leaves the interval Tonghu's, and it is labelled so.
 */
export function comparisonInterval(profile: PolicyProfile): ComparisonInterval {
  const rule = profile.dataComparison;
  if (!rule)
    return {
      every: DEFAULT_COMPARISON_EVERY,
      basis: 'default',
      label: 'Tonghu 默认：每季度至少比对一次（本地方案未规定比对间隔）',
      text: null,
      source: null,
    };
  const own = profile.seed !== null && rule.source.startsWith(`${profile.seed} `);
  const basis = !STATES_A_RATE.test(rule.text) ? 'default' : own ? 'seed' : 'adopted';
  const rate =
    rule.every === 'P3M'
      ? '每季度'
      : rule.every === 'P1M'
        ? '每月'
        : rule.every === 'P6M'
          ? '每半年'
          : rule.every;
  return {
    every: rule.every,
    basis,
    label:
      basis === 'seed'
        ? `${rate}至少比对一次（${rule.source}）`
        : basis === 'adopted'
          ? `${rate}至少比对一次（借用 ${rule.source}）`
          : `Tonghu 默认：${rate}至少比对一次（${rule.source} 只要求定期比对，未规定间隔）`,
    text: rule.text,
    source: rule.source,
  };
}

export async function comparisonDue(ctx: ServiceContext, q: { region?: string; asOf?: IsoDate }) {
  requirePermission(ctx.actor, 'comparison.read');
  const region = await resolveReportRegion(ctx.db, ctx.actor, q.region ?? ctx.deploymentRegion ?? undefined);
  const asOf = q.asOf ?? ctx.today;
  const profile = profileForRegion(region.code);
  const interval = comparisonInterval(profile);
  const { rows } = await sql<{ roster_kind: string; as_of: string }>`
    select distinct roster_kind, as_of from comparison_run
    where ${region.code} like region_code || '%' and as_of <= ${asOf}::date and finished_at is not null`.execute(
    ctx.db,
  );
  const kinds = ROSTER_RULES.map((rule) => {
    const dates = rows.filter((r) => r.roster_kind === rule.kind).map((r) => r.as_of);
    const status = spotCheckStatus(interval.every, dates, asOf);
    return {
      kind: rule.kind,
      title: rule.title,
      lastRunOn: status.lastCheckOn,
      doneThisPeriod: status.doneThisPeriod,
      period: status.period,
      /** Not yet compared in this period. */
      due: !status.doneThisPeriod,
      nextDueBy: status.nextDueBy,
      /** The last period passed without a comparison and none is done in this one. */
      overdue: status.overdue,
    };
  });
  return {
    region: region.code,
    regionName: region.name,
    asOf,
    policy: { id: profile.id, name: profile.name },
    interval,
    kinds,
    due: kinds.filter((k) => k.due).length,
    overdue: kinds.filter((k) => k.overdue).length,
  };
}
