// The timeliness report: per village (with its directors, or none), per township, per county (and per
// city under a province) and in total. Villages are the unit the figures are counted in; the levels above
// add their villages up, so every child counts once at every level.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { prefixLength, REGION_LEVELS, type RegionLevel } from '../../domain/region-code.ts';
import { evaluateChild } from '../children/index.ts';
import type { ReportRegion } from './region.ts';
import {
  DUE_SOON_DAYS,
  quarterStart,
  staleSchedules,
  villageCounts,
  type ScheduleOverride,
  type VillageCounts,
} from './timeliness-sql.ts';

export interface TimelinessFigures {
  targetChildren: number;
  byLevel: { red: number; yellow: number; blue: number; green: number };
  visitsOverdue: number;
  visitsDueSoon: number;
  contactsOverdue: number;
  contactsDueSoon: number;
  /** Visits that fell due in the quarter before the date (after quarterStart, on or before asOf). */
  visitsFellDueLastQuarter: number;
  /** Of those, the ones done on or before their due date. */
  visitsOnTimeLastQuarter: number;
  /** visitsOnTimeLastQuarter / visitsFellDueLastQuarter, null when none fell due. */
  onTimeShare: number | null;
  neverVisited: number;
  leftBehind: number;
  leftBehindWithoutAgreement: number;
}

export interface DirectorRef {
  name: string;
  username: string;
}

export interface VillageTimeliness extends TimelinessFigures {
  code: string;
  name: string;
  townshipCode: string;
  directors: DirectorRef[];
  hasDirector: boolean;
}

export interface AreaTimeliness extends TimelinessFigures {
  code: string;
  name: string;
  villages: number;
  villagesWithoutDirector: number;
}

export interface TimelinessReport {
  region: string;
  regionName: string;
  asOf: IsoDate;
  quarterStart: IsoDate;
  dueSoonDays: number;
  total: AreaTimeliness;
  cities?: AreaTimeliness[];
  counties?: AreaTimeliness[];
  townships?: AreaTimeliness[];
  villages: VillageTimeliness[];
}

function zero(): TimelinessFigures {
  return {
    targetChildren: 0,
    byLevel: { red: 0, yellow: 0, blue: 0, green: 0 },
    visitsOverdue: 0,
    visitsDueSoon: 0,
    contactsOverdue: 0,
    contactsDueSoon: 0,
    visitsFellDueLastQuarter: 0,
    visitsOnTimeLastQuarter: 0,
    onTimeShare: null,
    neverVisited: 0,
    leftBehind: 0,
    leftBehindWithoutAgreement: 0,
  };
}

function share(onTime: number, fellDue: number): number | null {
  return fellDue === 0 ? null : Math.round((onTime / fellDue) * 10_000) / 10_000;
}

function figuresOf(v: VillageCounts | undefined): TimelinessFigures {
  if (!v) return zero();
  return {
    targetChildren: v.target,
    byLevel: { red: v.red, yellow: v.yellow, blue: v.blue, green: v.green },
    visitsOverdue: v.visits_overdue,
    visitsDueSoon: v.visits_due_soon,
    contactsOverdue: v.contacts_overdue,
    contactsDueSoon: v.contacts_due_soon,
    visitsFellDueLastQuarter: v.fell_due,
    visitsOnTimeLastQuarter: v.on_time,
    onTimeShare: share(v.on_time, v.fell_due),
    neverVisited: v.never_visited,
    leftBehind: v.left_behind,
    leftBehindWithoutAgreement: v.left_behind_without_agreement,
  };
}

function add(into: TimelinessFigures, f: TimelinessFigures): void {
  into.targetChildren += f.targetChildren;
  for (const level of ['red', 'yellow', 'blue', 'green'] as const) into.byLevel[level] += f.byLevel[level];
  into.visitsOverdue += f.visitsOverdue;
  into.visitsDueSoon += f.visitsDueSoon;
  into.contactsOverdue += f.contactsOverdue;
  into.contactsDueSoon += f.contactsDueSoon;
  into.visitsFellDueLastQuarter += f.visitsFellDueLastQuarter;
  into.visitsOnTimeLastQuarter += f.visitsOnTimeLastQuarter;
  into.onTimeShare = share(into.visitsOnTimeLastQuarter, into.visitsFellDueLastQuarter);
  into.neverVisited += f.neverVisited;
  into.leftBehind += f.leftBehind;
  into.leftBehindWithoutAgreement += f.leftBehindWithoutAgreement;
}

/**
 * The schedules of children graded after they left the target groups (their stored schedule is empty),
 * graded again as of the date: a report for an earlier date must judge their visits by the schedule they
 * had then, not count them "never overdue". Annex 1's 已定期介入跟踪 uses it too.
 */
export async function scheduleOverrides(
  db: Kysely<DB>,
  prefix: string,
  asOf: IsoDate,
): Promise<ScheduleOverride[]> {
  const stale = await staleSchedules(db, prefix, asOf);
  return stale.map((child) => {
    const schedule = evaluateChild({ ...child, status: 'active' }, child.parents, asOf).assessment.schedule;
    return {
      id: child.id,
      visitEvery: schedule?.visitEvery ?? null,
      contactEvery: schedule?.contactEvery ?? null,
    };
  });
}

async function directorsByVillage(db: Kysely<DB>, prefix: string): Promise<Map<string, DirectorRef[]>> {
  const rows = await db
    .selectFrom('app_user')
    .select(['region_code', 'display_name', 'username'])
    .where('role', '=', 'director')
    .where('disabled', '=', false)
    .where('region_code', 'like', `${prefix}%`)
    .orderBy('region_code')
    .orderBy('display_name')
    .execute();
  const map = new Map<string, DirectorRef[]>();
  for (const r of rows) {
    const list = map.get(r.region_code) ?? [];
    list.push({ name: r.display_name, username: r.username });
    map.set(r.region_code, list);
  }
  return map;
}

const AREA_KEYS: Partial<Record<RegionLevel, 'cities' | 'counties' | 'townships'>> = {
  city: 'cities',
  county: 'counties',
  township: 'townships',
};

export async function timelinessReport(
  db: Kysely<DB>,
  region: ReportRegion,
  asOf: IsoDate,
): Promise<TimelinessReport> {
  const prefix = region.code;
  const counts = await villageCounts(db, prefix, asOf, await scheduleOverrides(db, prefix, asOf));
  const byVillage = new Map(counts.map((c) => [c.village_code, c]));
  const directors = await directorsByVillage(db, prefix);
  const codes = [...new Set([...byVillage.keys(), ...directors.keys()])].sort();

  // Every area between the region and its villages, with the names people know them by.
  const below = REGION_LEVELS.slice(REGION_LEVELS.indexOf(region.level) + 1, -1);
  const regions = await db
    .selectFrom('region')
    .select(['code', 'name', 'level'])
    .where('code', 'like', `${prefix}%`)
    .where((eb) =>
      eb.or([
        eb('level', 'in', below.length ? below : ['none' as RegionLevel]),
        eb('code', 'in', codes.length ? codes : ['']),
      ]),
    )
    .orderBy('code')
    .execute();
  const names = new Map(regions.map((r) => [r.code, r.name]));

  const villages: VillageTimeliness[] = codes.map((code) => {
    const list = directors.get(code) ?? [];
    return {
      code,
      name: names.get(code) ?? code,
      townshipCode: code.slice(0, 9),
      directors: list,
      hasDirector: list.length > 0,
      ...figuresOf(byVillage.get(code)),
    };
  });

  const area = (code: string, name: string): AreaTimeliness => ({
    code,
    name,
    villages: 0,
    villagesWithoutDirector: 0,
    ...zero(),
  });
  const total = area(region.code, region.name);
  const report: Omit<TimelinessReport, 'villages'> = {
    region: region.code,
    regionName: region.name,
    asOf,
    quarterStart: quarterStart(asOf),
    dueSoonDays: DUE_SOON_DAYS,
    total,
  };
  const areas = new Map<string, AreaTimeliness>();
  for (const level of below) {
    const key = AREA_KEYS[level]!;
    const list = regions
      .filter((r) => r.level === level)
      .map((r) => area(r.code.slice(0, prefixLength(level)), r.name));
    for (const a of list) areas.set(a.code, a);
    report[key] = list;
  }
  for (const v of villages) {
    for (const a of [total, ...below.map((level) => areas.get(v.code.slice(0, prefixLength(level))))]) {
      if (!a) continue;
      a.villages += 1;
      if (!v.hasDirector) a.villagesWithoutDirector += 1;
      add(a, v);
    }
  }
  return { ...report, villages };
}
