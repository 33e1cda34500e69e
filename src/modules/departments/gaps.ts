// Which department kinds the county's referrals need and it has not registered (the bureau's dashboard):
// a referral routed to an unregistered kind is refused, so the gap is shown before a director meets it.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DEPARTMENT_KIND_NAMES, type DepartmentKind } from '../../domain/department-kinds.ts';
import { REFERRAL_FINDINGS, routeFinding } from '../../domain/referral-routing.ts';
import { regionPrefix, type Actor, requirePermission } from '../access/index.ts';

export interface DepartmentGap {
  countyCode: string;
  countyName: string | null;
  kind: DepartmentKind;
  kindName: string;
  /** The findings (by name) whose referrals go to this kind. */
  findings: string[];
}

/** Each kind a finding routes to, with the findings' names, in the routing table's order. */
export function kindsReferralsNeed(): Map<DepartmentKind, string[]> {
  const needs = new Map<DepartmentKind, string[]>();
  for (const finding of REFERRAL_FINDINGS) {
    const route = routeFinding(finding);
    for (const kind of route.kinds) needs.set(kind, [...(needs.get(kind) ?? []), route.name]);
  }
  return needs;
}

export async function departmentGaps(
  db: Kysely<DB>,
  actor: Actor,
  filter: { county?: string } = {},
): Promise<DepartmentGap[]> {
  requirePermission(actor, 'department.read');
  const prefix = regionPrefix(actor);
  // Someone inside a county (a township) sees its county; the county and above each county of its region.
  const scope = prefix.length >= 6 ? prefix.slice(0, 6) : prefix;
  if (filter.county && !filter.county.startsWith(scope)) return [];
  const countyPrefix = filter.county ?? scope;
  const counties = await db
    .selectFrom('region')
    .select(['code', 'name'])
    .where('level', '=', 'county')
    .where('code', 'like', `${countyPrefix}%`)
    .orderBy('code')
    .execute();
  if (!counties.length) return [];
  const registered = await db
    .selectFrom('department')
    .select(['county_code', 'kind'])
    .where('disabled', '=', false)
    .where(
      sql<string>`rpad(county_code, 12, '0')`,
      'in',
      counties.map((c) => c.code),
    )
    .execute();
  const have = new Set(registered.map((r) => `${r.county_code}:${r.kind}`));
  const gaps: DepartmentGap[] = [];
  for (const county of counties) {
    const code = county.code.slice(0, 6);
    for (const [kind, findings] of kindsReferralsNeed())
      if (!have.has(`${code}:${kind}`))
        gaps.push({
          countyCode: code,
          countyName: county.name,
          kind,
          kindName: DEPARTMENT_KIND_NAMES[kind],
          findings,
        });
  }
  return gaps;
}
