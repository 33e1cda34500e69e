// Directors per village (DOMAIN.md §5, CONTRACT.md `report coverage`): every village under a region that
// holds target children or directors on the as-of date, with the directors the profile requires there, the
// shortfall, and the directors untrained in the as-of date's calendar year. Beside it: villages with no
// director at all (每个村（社区）至少一名儿童主任) and directors without a background check.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { shortCode } from '../../domain/region-code.ts';
import type { PolicyProfile } from '../../domain/policy.ts';
import { profileForRegion } from '../../policies/index.ts';
import { postOpenOn } from './repository.ts';

export interface CoverageVillage {
  villageCode: string;
  targetChildren: number;
  directors: number;
  required: number;
  shortfall: number;
  untrainedThisYear: number;
}

export interface CoverageReport {
  region: string;
  asOf: IsoDate;
  villages: (CoverageVillage & { villageName: string | null; townshipName: string | null })[];
  totals: Omit<CoverageVillage, 'villageCode'> & { villages: number };
  /** Villages under the region (all of them, not only those listed above) with no director on the as-of date. */
  villagesWithoutDirector: { villageCode: string; villageName: string; targetChildren: number }[];
  /** Directors in post on the as-of date with no background check (从业限制和入职查询) on or before it. */
  directorsWithoutBackgroundCheck: { personId: string; name: string; villageCode: string }[];
  /** Directors in post whose check found a restriction on working with children. */
  directorsWithRestriction: { personId: string; name: string; villageCode: string }[];
}

/** 1 per village; `directorsAbove` where target children exceed `moreDirectorsAbove` (000 (五)15, 003 §五.16). */
export function requiredDirectors(targetChildren: number, workforce: PolicyProfile['workforce']): number {
  return workforce.moreDirectorsAbove !== null && targetChildren > workforce.moreDirectorsAbove
    ? workforce.directorsAbove
    : workforce.directorsPerVillage;
}

/** Target children on `asOf`: not yet off the register, not past the age that ends their care (registration date aside, as in the reports). */
export async function targetChildrenByVillage(
  db: Kysely<DB>,
  prefix: string,
  asOf: IsoDate,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('child')
    .select(['village_code', (eb) => eb.fn.countAll<number>().as('n')])
    .where('village_code', 'like', `${prefix}%`)
    .where('target_until', '>', asOf)
    .where((eb) => eb.or([eb('status', '=', 'active'), eb('exited_on', '>', asOf)]))
    .groupBy('village_code')
    .execute();
  return new Map(rows.map((r) => [r.village_code, Number(r.n)]));
}

export async function coverageReport(db: Kysely<DB>, region: string, asOf: IsoDate): Promise<CoverageReport> {
  const prefix = shortCode(region);
  const year = asOf.slice(0, 4);
  const [children, directors] = await Promise.all([
    targetChildrenByVillage(db, prefix, asOf),
    db
      .selectFrom('workforce_post')
      .innerJoin('workforce_person as person', 'person.id', 'workforce_post.person_id')
      .select([
        'workforce_post.region_code',
        'person.id',
        'person.name',
        'person.background_checked_on',
        'person.background_check_result',
        (eb) =>
          eb
            .exists(
              eb
                .selectFrom('training_record as t')
                .select(sql`1`.as('one'))
                .whereRef('t.person_id', '=', 'person.id')
                .where('t.trained_on', '>=', `${year}-01-01`)
                .where('t.trained_on', '<=', `${year}-12-31`),
            )
            .as('trained'),
      ])
      .where('workforce_post.role', '=', 'director')
      .where('workforce_post.region_code', 'like', `${prefix}%`)
      .where(postOpenOn(asOf))
      .orderBy('workforce_post.region_code')
      .orderBy('person.name')
      .execute(),
  ]);

  // A person counts once per village, whatever posts the data holds.
  const byVillage = new Map<string, Map<string, (typeof directors)[number]>>();
  for (const d of directors) {
    const people = byVillage.get(d.region_code) ?? new Map();
    people.set(d.id, d);
    byVillage.set(d.region_code, people);
  }
  const codes = [...new Set([...children.keys(), ...byVillage.keys()])].sort();
  const names = await db
    .selectFrom('region as v')
    .leftJoin('region as t', 't.code', 'v.parent_code')
    .select(['v.code', 'v.name as village_name', 't.name as township_name'])
    .where('v.code', 'like', `${prefix}%`)
    .where('v.level', '=', 'village')
    .orderBy('v.code')
    .execute();
  const nameOf = new Map(names.map((n) => [n.code, n]));

  const villages = codes.map((villageCode) => {
    const targetChildren = children.get(villageCode) ?? 0;
    const people = [...(byVillage.get(villageCode)?.values() ?? [])];
    const required = requiredDirectors(targetChildren, profileForRegion(villageCode).workforce);
    return {
      villageCode,
      targetChildren,
      directors: people.length,
      required,
      shortfall: Math.max(0, required - people.length),
      untrainedThisYear: people.filter((p) => !p.trained).length,
      villageName: nameOf.get(villageCode)?.village_name ?? null,
      townshipName: nameOf.get(villageCode)?.township_name ?? null,
    };
  });
  const sum = (key: keyof CoverageVillage) => villages.reduce((acc, v) => acc + (v[key] as number), 0);
  const inPost = [...byVillage.values()].flatMap((m) => [...m.values()]);
  return {
    region,
    asOf,
    villages,
    totals: {
      villages: villages.length,
      targetChildren: sum('targetChildren'),
      directors: sum('directors'),
      required: sum('required'),
      shortfall: sum('shortfall'),
      untrainedThisYear: sum('untrainedThisYear'),
    },
    villagesWithoutDirector: names
      .filter((n) => !byVillage.has(n.code))
      .map((n) => ({
        villageCode: n.code,
        villageName: n.village_name,
        targetChildren: children.get(n.code) ?? 0,
      })),
    directorsWithoutBackgroundCheck: inPost
      .filter((d) => d.background_checked_on === null || d.background_checked_on > asOf)
      .map((d) => ({ personId: d.id, name: d.name, villageCode: d.region_code })),
    directorsWithRestriction: inPost
      .filter((d) => d.background_check_result === 'restricted')
      .map((d) => ({ personId: d.id, name: d.name, villageCode: d.region_code })),
  };
}

/** The CONTRACT's JSON: the contract keys exactly, in their order, then what this project adds. */
export function coverageJson(report: CoverageReport) {
  return {
    region: report.region,
    villages: report.villages.map((v) => ({
      villageCode: v.villageCode,
      targetChildren: v.targetChildren,
      directors: v.directors,
      required: v.required,
      shortfall: v.shortfall,
      untrainedThisYear: v.untrainedThisYear,
    })),
    asOf: report.asOf,
    totals: report.totals,
    villagesWithoutDirector: report.villagesWithoutDirector,
    directorsWithoutBackgroundCheck: report.directorsWithoutBackgroundCheck,
    directorsWithRestriction: report.directorsWithRestriction,
  };
}
