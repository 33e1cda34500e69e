// 关爱活动覆盖情况 (DOMAIN.md §7; issue 19.4): per village, township and the whole region, who the care duties
// of the region's profile reached in their period and who not — target children's families without
// family-education guidance this year (003 §五.4), villages without a safety visit (000 (三)9, 003 §五.13,
// 004 §二.14), streets without their quarterly talk (002 §二.5) — and what was held, by kind. Counts only: the
// names of who was not reached are a separate, recorded read (notReachedChildren).
import type { Level } from '../../domain/codes.ts';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { ageOn, type IsoDate } from '../../domain/dates.ts';
import type { CareActivityKind, CareActivityRule } from '../../domain/policy.ts';
import { profileForRegion } from '../../policies/index.ts';
import { regionsUnder } from '../../regions/repository.ts';
import { InputError } from '../../shared/errors.ts';
import { requirePermission } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import {
  levelAsOf,
  targetOnRegister,
  resolveReportRegion,
  type ReportRegion,
  type ReportContext,
} from '../reports/index.ts';
import { CARE_ACTIVITY_KINDS } from './codes.ts';
import { rulePeriod, ruleView, type RuleView } from './rules.ts';

/** One duty in one place: how many had to be reached (children, families, villages, townships) and how many were. */
export interface RuleCount {
  of: number;
  reached: number;
  missing: number;
}

type KindCounts = Record<CareActivityKind, number>;

export interface VillageCoverage {
  code: string;
  name: string;
  townshipCode: string;
  townshipName: string | null;
  targetChildren: number;
  /** Activities held in the village this year, by kind. */
  activities: KindCounts;
  /** Target children reached themselves / through their family this year, by kind. */
  childrenReached: KindCounts;
  familiesReached: KindCounts;
  rules: Record<string, RuleCount>;
}

export interface AreaCoverage {
  code: string;
  name: string;
  villages: number;
  targetChildren: number;
  activities: KindCounts;
  rules: Record<string, RuleCount>;
}

export interface CoverageReport {
  region: string;
  regionName: string;
  asOf: IsoDate;
  year: number;
  policy: { id: string; name: string };
  rules: RuleView[];
  total: AreaCoverage;
  townships: AreaCoverage[];
  villages: VillageCoverage[];
}

const zeroKinds = (): KindCounts => Object.fromEntries(CARE_ACTIVITY_KINDS.map((k) => [k, 0])) as KindCounts;

const count = (of: number, reached: number): RuleCount => ({ of, reached, missing: of - reached });

function addCount(into: Record<string, RuleCount>, id: string, c: RuleCount): void {
  const was = into[id] ?? count(0, 0);
  into[id] = count(was.of + c.of, was.reached + c.reached);
}

const activeActivity = sql`a.voided_at is null`;

/** Target children of each village reached by the rule's kind (themselves, or their family) in its period. */
async function childrenReachedBy(db: Kysely<DB>, prefix: string, asOf: IsoDate, rule: CareActivityRule) {
  const period = rulePeriod(rule, asOf);
  const reach = rule.reach === 'target_family' ? 'family' : 'child';
  const { rows } = await sql<{ village_code: string; n: number }>`
    select ch.village_code, count(distinct ch.id)::int as n
    from child ch
    join care_activity_child ac on ac.child_id = ch.id and ac.reach = ${reach}
    join care_activity a on a.id = ac.activity_id
    where ${targetOnRegister('ch', prefix, asOf)} and ${activeActivity} and a.kind = ${rule.kind}
      and a.held_on between ${period.start}::date and ${period.until}::date
    group by ch.village_code`.execute(db);
  return new Map(rows.map((r) => [r.village_code, r.n]));
}

/** Activities of the rule's kind in its period, per place held (12-digit code), under a prefix. */
async function heldBy(db: Kysely<DB>, prefix: string, asOf: IsoDate, rule: CareActivityRule) {
  const period = rulePeriod(rule, asOf);
  const { rows } = await sql<{ region_code: string; n: number }>`
    select a.region_code, count(*)::int as n
    from care_activity a
    where a.region_code like ${`${prefix}%`} and ${activeActivity} and a.kind = ${rule.kind}
      and a.held_on between ${period.start}::date and ${period.until}::date
    group by a.region_code`.execute(db);
  return rows;
}

export async function coverageReport(
  ctx: ReportContext,
  q: { region?: string | undefined; asOf?: IsoDate | undefined },
): Promise<CoverageReport> {
  requirePermission(ctx.actor, 'report.read');
  const region = await resolveReportRegion(ctx.db, ctx.actor, q.region);
  const asOf = q.asOf ?? ctx.today;
  return buildCoverage(ctx.db, region, asOf);
}

export async function buildCoverage(
  db: Kysely<DB>,
  region: ReportRegion,
  asOf: IsoDate,
): Promise<CoverageReport> {
  if (region.level === 'province')
    throw new InputError('请按市或县（区）统计关爱活动覆盖情况', { field: 'region' });
  const profile = profileForRegion(region.code);
  const prefix = region.code;
  const year = Number(asOf.slice(0, 4));
  const yearStart = `${year}-01-01`;

  const villageRows = await regionsUnder(db, prefix, 'village');
  const townshipCodes = [...new Set(villageRows.map((v) => v.code.slice(0, 9)))];
  const townshipRows = townshipCodes.length
    ? await db
        .selectFrom('region')
        .select(['code', 'name'])
        .where(
          'code',
          'in',
          townshipCodes.map((c) => `${c}000`),
        )
        .execute()
    : [];
  const townshipName = new Map(townshipRows.map((t) => [t.code.slice(0, 9), t.name]));

  const [targets, yearActivities, yearReached] = await Promise.all([
    sql<{ village_code: string; n: number }>`
      select ch.village_code, count(*)::int as n from child ch
      where ${targetOnRegister('ch', prefix, asOf)} group by ch.village_code`.execute(db),
    sql<{ region_code: string; kind: CareActivityKind; n: number }>`
      select a.region_code, a.kind, count(*)::int as n from care_activity a
      where a.region_code like ${`${prefix}%`} and ${activeActivity}
        and a.held_on between ${yearStart}::date and ${asOf}::date
      group by a.region_code, a.kind`.execute(db),
    sql<{ village_code: string; kind: CareActivityKind; reach: 'child' | 'family'; n: number }>`
      select ch.village_code, a.kind, ac.reach, count(distinct ch.id)::int as n
      from child ch
      join care_activity_child ac on ac.child_id = ch.id
      join care_activity a on a.id = ac.activity_id
      where ${targetOnRegister('ch', prefix, asOf)} and ${activeActivity}
        and a.held_on between ${yearStart}::date and ${asOf}::date
      group by ch.village_code, a.kind, ac.reach`.execute(db),
  ]);
  const targetsOf = new Map(targets.rows.map((r) => [r.village_code, r.n]));

  const villages: VillageCoverage[] = villageRows.map((v) => ({
    code: v.code,
    name: v.name,
    townshipCode: v.code.slice(0, 9),
    townshipName: townshipName.get(v.code.slice(0, 9)) ?? null,
    targetChildren: targetsOf.get(v.code) ?? 0,
    activities: zeroKinds(),
    childrenReached: zeroKinds(),
    familiesReached: zeroKinds(),
    rules: {},
  }));
  const byCode = new Map(villages.map((v) => [v.code, v]));
  const total: AreaCoverage = {
    code: prefix,
    name: region.name,
    villages: villages.length,
    targetChildren: villages.reduce((n, v) => n + v.targetChildren, 0),
    activities: zeroKinds(),
    rules: {},
  };
  const townships = new Map<string, AreaCoverage>(
    townshipCodes.map((code) => [
      code,
      {
        code,
        name: townshipName.get(code) ?? code,
        villages: 0,
        targetChildren: 0,
        activities: zeroKinds(),
        rules: {},
      },
    ]),
  );
  for (const v of villages) {
    const t = townships.get(v.townshipCode)!;
    t.villages += 1;
    t.targetChildren += v.targetChildren;
  }
  for (const r of yearActivities.rows) {
    total.activities[r.kind] += r.n;
    const t = townships.get(r.region_code.slice(0, 9));
    if (t && r.region_code.slice(6, 9) !== '000') t.activities[r.kind] += r.n;
    const v = byCode.get(r.region_code);
    if (v) v.activities[r.kind] += r.n;
  }
  for (const r of yearReached.rows) {
    const v = byCode.get(r.village_code);
    if (v) (r.reach === 'child' ? v.childrenReached : v.familiesReached)[r.kind] += r.n;
  }

  for (const rule of profile.careActivities) {
    if (rule.reach === 'target_family' || rule.reach === 'target_child') {
      const reached = await childrenReachedBy(db, prefix, asOf, rule);
      for (const v of villages) v.rules[rule.id] = count(v.targetChildren, reached.get(v.code) ?? 0);
    } else if (rule.reach === 'village') {
      const held = new Set((await heldBy(db, prefix, asOf, rule)).map((r) => r.region_code));
      for (const v of villages) v.rules[rule.id] = count(1, held.has(v.code) ? 1 : 0);
    } else {
      // A street's talk is held anywhere in the street: at its office or in one of its villages.
      const held = new Set(
        (await heldBy(db, prefix.slice(0, 6), asOf, rule))
          .filter((r) => r.region_code.slice(6, 9) !== '000')
          .map((r) => r.region_code.slice(0, 9)),
      );
      for (const t of townships.values()) t.rules[rule.id] = count(1, held.has(t.code) ? 1 : 0);
      for (const t of townships.values()) addCount(total.rules, rule.id, t.rules[rule.id]!);
      continue;
    }
    for (const v of villages) {
      addCount(townships.get(v.townshipCode)!.rules, rule.id, v.rules[rule.id]!);
      addCount(total.rules, rule.id, v.rules[rule.id]!);
    }
  }
  // Every duty has a line in the total, even where the region has no village to count.
  for (const rule of profile.careActivities) total.rules[rule.id] ??= count(0, 0);

  return {
    region: prefix,
    regionName: region.name,
    asOf,
    year,
    policy: { id: profile.id, name: profile.name },
    rules: profile.careActivities.map((r) => ruleView(r, asOf)),
    total,
    townships: [...townships.values()],
    villages,
  };
}

export interface RuleChild {
  id: string;
  name: string;
  birth_date: string;
  village_code: string;
  village_name: string | null;
  township_name: string | null;
  level: Level;
}

/** The target children under a prefix a duty to children or families reached (or not) in its period. */
export async function ruleChildren(
  db: Kysely<DB>,
  prefix: string,
  asOf: IsoDate,
  rule: CareActivityRule,
  reached: boolean,
  page?: { limit: number; offset: number },
): Promise<{ total: number; rows: RuleChild[] }> {
  const period = rulePeriod(rule, asOf);
  const reach = rule.reach === 'target_family' ? 'family' : 'child';
  // The reached set is looked up as a hashed subplan (IN / NOT IN over non-null ids): a correlated EXISTS, or a
  // join the planner may run as a nested loop, scans the reach table once per child where the tables have no
  // statistics yet (PGlite runs no autovacuum) — minutes at county scale.
  const from = sql`child ch`;
  const reachedSet = sql`(
      select ac.child_id from care_activity_child ac join care_activity a on a.id = ac.activity_id
      where ac.reach = ${reach} and a.voided_at is null and a.kind = ${rule.kind}
        and a.held_on between ${period.start}::date and ${period.until}::date)`;
  const where = sql`${targetOnRegister('ch', prefix, asOf)} and ch.id ${reached ? sql`in` : sql`not in`} ${reachedSet}`;
  const [{ rows: totals }, { rows }] = await Promise.all([
    sql<{ n: number }>`select count(*)::int as n from ${from} where ${where}`.execute(db),
    sql<RuleChild>`
      select ch.id, ch.name, ch.birth_date, ch.village_code, v.name as village_name, t.name as township_name,
        ${levelAsOf('ch')} as level
      from ${from}
      left join region v on v.code = ch.village_code
      left join region t on t.code = v.parent_code
      where ${where}
      order by ch.village_code, ch.name, ch.id
      ${page ? sql`limit ${page.limit} offset ${page.offset}` : sql``}`.execute(db),
  ]);
  return { total: totals[0]?.n ?? 0, rows };
}

export interface NotReachedQuery {
  region?: string | undefined;
  asOf?: IsoDate | undefined;
  rule: string;
  /** false (default): who was not reached; true: who was. */
  reached?: boolean | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/**
 * The target children a duty to children or families did (or did not) reach in its period, by name, village
 * and age (never an ID number); the read is recorded with the children it named.
 */
export async function reachedChildren(ctx: ReportContext, q: NotReachedQuery) {
  requirePermission(ctx.actor, 'care_activity.read');
  const region = await resolveReportRegion(ctx.db, ctx.actor, q.region);
  const asOf = q.asOf ?? ctx.today;
  const profile = profileForRegion(region.code);
  const rule = profile.careActivities.find((r) => r.id === q.rule);
  if (!rule)
    throw new InputError(
      `${profile.name}没有关爱活动要求 "${q.rule}"（可用：${profile.careActivities.map((r) => r.id).join('、')}）`,
      { field: 'rule' },
    );
  if (rule.reach !== 'target_family' && rule.reach !== 'target_child')
    throw new InputError('该要求按村（社区）或乡镇（街道）统计，没有儿童名单', { field: 'rule' });
  const page = Math.max(1, q.page ?? 1);
  const pageSize = Math.min(200, Math.max(1, q.pageSize ?? 50));
  const wanted = q.reached === true;
  const { total, rows } = await ruleChildren(ctx.db, region.code, asOf, rule, wanted, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  if (rows.length)
    await recordAudit(ctx.db, ctx.actor, {
      action: 'care_activity.coverage_listed',
      entity: 'report',
      entityId: `care-coverage-${region.code}-${asOf}`,
      regionCode: region.code.padEnd(12, '0'),
      detail: { rule: rule.id, reached: wanted, asOf, childIds: rows.map((r) => r.id) },
    });
  return {
    region: region.code,
    asOf,
    rule: ruleView(rule, asOf),
    reached: wanted,
    total,
    page,
    pageSize,
    items: rows.map((r) => ({
      childId: r.id,
      name: r.name,
      age: ageOn(r.birth_date, asOf),
      level: r.level,
      villageCode: r.village_code,
      villageName: r.village_name,
      townshipName: r.township_name,
    })),
  };
}
