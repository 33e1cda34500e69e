// The region a report covers: a code the actor may see (anything else is "not found", as for children),
// its names for titles, and the regions one level down that a roll-up breaks it into.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import {
  isRegionCode,
  prefixLength,
  REGION_LEVELS,
  regionLevel,
  shortCode,
  type RegionLevel,
} from '../../domain/region-code.ts';
import { findRegion, regionChain } from '../../regions/repository.ts';
import { AppError, InputError } from '../../shared/errors.ts';
import { actorCovers, type Actor } from '../access/index.ts';

export interface ReportRegion {
  /** The significant prefix: 445281 for 普宁市. */
  code: string;
  level: RegionLevel;
  /** 普宁市 */
  name: string;
  /** 普宁市 for a county, 普宁市赤岗镇 for a township: the names from the county (or the region itself) down. */
  unitName: string;
}

export interface RegionPart {
  code: string;
  name: string;
}

/** Checks a region code given by a person; `field` names it in the error. */
export function parseRegionCode(value: string, field: string): string {
  if (!isRegionCode(value))
    throw new InputError(`区划代码应为2、4、6、9或12位数字，实际 "${value}"`, { field });
  return shortCode(value);
}

/** The region of a report: the given code (or the actor's own), within the actor's region and loaded. */
export async function resolveReportRegion(
  db: Kysely<DB>,
  actor: Actor,
  code: string | undefined,
  field = 'region',
): Promise<ReportRegion> {
  const given = code ?? (actor.regionCode === '' ? undefined : actor.regionCode);
  if (given === undefined) throw new InputError('请指定统计区划', { field });
  const short = parseRegionCode(given, field);
  // Outside the actor's region reads exactly like a region that does not exist.
  const missing = new AppError('not_found', `区划 ${short} 不存在或未载入`, { field });
  if (!actorCovers(actor, short)) throw missing;
  const region = await findRegion(db, short);
  if (!region) throw missing;
  const chain = await regionChain(db, short);
  const fromCounty = chain.filter((r) => r.level !== 'province' && r.level !== 'city');
  const names = (fromCounty.length ? fromCounty : [region]).map((r) => r.name).filter((n) => n !== '市辖区');
  return { code: short, level: regionLevel(short), name: region.name, unitName: names.join('') };
}

/** The level a roll-up breaks a region into: province → cities, city → counties, county → townships. */
export function partLevel(level: RegionLevel): RegionLevel | null {
  const next = REGION_LEVELS[REGION_LEVELS.indexOf(level) + 1];
  return next ?? null;
}

/** The loaded regions one level down, in code order. */
export async function regionParts(db: Kysely<DB>, region: ReportRegion): Promise<RegionPart[]> {
  const level = partLevel(region.level);
  if (!level) return [];
  const rows = await db
    .selectFrom('region')
    .select(['code', 'name'])
    .where('code', 'like', `${region.code}%`)
    .where('level', '=', level)
    .orderBy('code')
    .execute();
  return rows.map((r) => ({ code: r.code.slice(0, prefixLength(level)), name: r.name }));
}
