// Reading the ledger (儿童主任信息台账, 000 (五)15, 002 §二.6): child directors and supervisors with their
// posts, background checks, training file and yearly evaluations. A supervisor sees the people of its township,
// a county its county; someone outside one's region is "not found", exactly like a missing one.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { maskIdNumber } from '../../domain/id-number.ts';
import { shortCode } from '../../domain/region-code.ts';
import { AppError, InputError, notFound } from '../../shared/errors.ts';
import { actorCovers, regionPrefix, can, type Permission, requirePermission } from '../access/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import {
  CHECK_RESULT_NAMES,
  EVALUATION_RESULT_NAMES,
  ORGANISER_LEVEL_NAMES,
  TRAINING_KIND_NAMES,
  WORKER_ROLE_NAMES,
} from './codes.ts';
import { coverageReport } from './coverage.ts';
import { personInScope, postOpenOn } from './repository.ts';

/** Throws not_found unless the person has a post within the actor's region; then checks the permission. */
export async function requirePerson(
  db: Kysely<DB>,
  ctx: ServiceContext,
  personId: string,
  permission: Permission,
): Promise<void> {
  const found = await db
    .selectFrom('workforce_person')
    .select('id')
    .where('id', '=', personId)
    .where(personInScope(ctx.actor))
    .executeTakeFirst();
  if (!found) throw notFound('人员');
  requirePermission(ctx.actor, permission);
}

/** The region asked for, which must lie within the actor's own; the actor's own when none is asked. */
export function scopedRegion(ctx: ServiceContext, region: string | undefined): string {
  const own = regionPrefix(ctx.actor);
  if (!region) {
    if (own) return own;
    if (ctx.deploymentRegion) return ctx.deploymentRegion;
    throw new InputError('请指定区划', { field: 'region' });
  }
  if (!actorCovers(ctx.actor, region)) throw notFound('区划');
  return shortCode(region);
}

export interface LedgerFilters {
  region?: string;
  role?: 'director' | 'supervisor';
  status?: 'active' | 'ended' | 'all';
  asOf?: IsoDate;
  q?: string;
  untrained?: boolean;
  noBackgroundCheck?: boolean;
  page?: number;
  pageSize?: number;
  fullIdNumber?: boolean;
}

function showId(id: string, full: boolean): string {
  return full ? id : maskIdNumber(id);
}

/** One page of ledger entries (a person in a post), filtered on the server. */
export async function listLedger(ctx: ServiceContext, f: LedgerFilters) {
  requirePermission(ctx.actor, 'workforce.read');
  const full = f.fullIdNumber === true && can(ctx.actor.role, 'workforce.manage');
  if (f.fullIdNumber && !full) throw new AppError('forbidden', '当前角色无权查看完整身份证号码');
  const asOf = f.asOf ?? ctx.today;
  const year = asOf.slice(0, 4);
  const page = Math.max(1, f.page ?? 1);
  const pageSize = Math.min(500, Math.max(1, f.pageSize ?? 50));
  const prefix = f.region ? scopedRegion(ctx, f.region) : regionPrefix(ctx.actor);
  const trainedThisYear = sql<boolean>`exists (select 1 from training_record t where t.person_id = person.id and t.trained_on between ${`${year}-01-01`} and ${`${year}-12-31`})`;
  let q = ctx.db
    .selectFrom('workforce_post')
    .innerJoin('workforce_person as person', 'person.id', 'workforce_post.person_id')
    .where('workforce_post.region_code', 'like', `${regionPrefix(ctx.actor)}%`)
    .where('workforce_post.region_code', 'like', `${prefix}%`);
  if (f.role) q = q.where('workforce_post.role', '=', f.role);
  const status = f.status ?? 'active';
  if (status === 'active') q = q.where(postOpenOn(asOf));
  if (status === 'ended') q = q.where('workforce_post.ended_on', '<', asOf);
  const term = f.q?.trim();
  if (term)
    q = /^[0-9Xx]{4,18}$/.test(term)
      ? // Sealed at rest: a full number matches exactly through its blind index, a partial one cannot.
        q.where('person.id_number', '=', fullIdNumberTerm(term))
      : q.where('person.name', 'like', `%${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  if (f.untrained !== undefined)
    q = q.where(f.untrained ? sql<boolean>`not ${trainedThisYear}` : trainedThisYear);
  if (f.noBackgroundCheck)
    q = q.where((eb) =>
      eb.or([eb('person.background_checked_on', 'is', null), eb('person.background_checked_on', '>', asOf)]),
    );
  const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await q
    .leftJoin('region as r', 'r.code', 'workforce_post.region_code')
    .leftJoin('region as parent', 'parent.code', 'r.parent_code')
    .leftJoin('app_user as u', 'u.id', 'person.user_id')
    .select([
      'person.id as person_id',
      'person.name',
      'person.id_number',
      'person.gender',
      'person.phone',
      'person.background_checked_on',
      'person.background_check_result',
      'person.user_id',
      'u.username',
      'workforce_post.id as post_id',
      'workforce_post.role',
      'workforce_post.region_code',
      'workforce_post.started_on',
      'workforce_post.ended_on',
      'r.name as region_name',
      'parent.name as parent_name',
      sql<IsoDate | null>`(select max(t.trained_on) from training_record t where t.person_id = person.id)`.as(
        'last_trained_on',
      ),
      trainedThisYear.as('trained_this_year'),
    ])
    .orderBy('workforce_post.region_code')
    .orderBy('workforce_post.role')
    .orderBy('person.name')
    .orderBy('workforce_post.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return {
    asOf,
    total: Number(total),
    page,
    pageSize,
    items: rows.map((r) => ({
      personId: r.person_id,
      postId: r.post_id,
      name: r.name,
      idNumber: showId(r.id_number, full),
      gender: r.gender,
      phone: r.phone,
      role: r.role,
      roleName: WORKER_ROLE_NAMES[r.role],
      regionCode: r.region_code,
      regionName: r.region_name,
      parentRegionName: r.parent_name,
      startedOn: r.started_on,
      endedOn: r.ended_on,
      active: (r.started_on === null || r.started_on <= asOf) && (r.ended_on === null || r.ended_on >= asOf),
      backgroundCheckedOn: r.background_checked_on,
      backgroundCheckResult: r.background_check_result,
      lastTrainedOn: r.last_trained_on,
      trainedThisYear: Boolean(r.trained_this_year),
      userId: r.user_id,
      username: r.username,
    })),
  };
}

/** A person's whole ledger file: posts, background check, training file (培训档案) and evaluations. */
export async function getPerson(
  ctx: ServiceContext,
  personId: string,
  options: { fullIdNumber?: boolean } = {},
) {
  await requirePerson(ctx.db, ctx, personId, 'workforce.read');
  const full = options.fullIdNumber === true && can(ctx.actor.role, 'workforce.manage');
  if (options.fullIdNumber && !full) throw new AppError('forbidden', '当前角色无权查看完整身份证号码');
  const [person, posts, trainings, evaluations] = await Promise.all([
    ctx.db
      .selectFrom('workforce_person as person')
      .leftJoin('app_user as u', 'u.id', 'person.user_id')
      .selectAll('person')
      .select(['u.username', 'u.display_name as user_display_name'])
      .where('person.id', '=', personId)
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom('workforce_post as p')
      .leftJoin('region as r', 'r.code', 'p.region_code')
      .selectAll('p')
      .select('r.name as region_name')
      .where('p.person_id', '=', personId)
      .orderBy(sql`coalesce(p.started_on, '0001-01-01')`)
      .orderBy('p.created_at')
      .execute(),
    ctx.db
      .selectFrom('training_record as t')
      .leftJoin('training as c', 'c.id', 't.training_id')
      .select([
        't.id',
        't.trained_on',
        't.training_id',
        't.source',
        't.note',
        'c.title',
        'c.kind',
        'c.organiser_level',
      ])
      .where('t.person_id', '=', personId)
      .orderBy('t.trained_on', 'desc')
      .execute(),
    ctx.db
      .selectFrom('workforce_evaluation')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('year', 'desc')
      .execute(),
  ]);
  const byYear = new Map<string, number>();
  for (const t of trainings)
    byYear.set(t.trained_on.slice(0, 4), (byYear.get(t.trained_on.slice(0, 4)) ?? 0) + 1);
  return {
    id: person.id,
    name: person.name,
    idNumber: showId(person.id_number, full),
    gender: person.gender,
    phone: person.phone,
    note: person.note,
    user: person.user_id
      ? { id: person.user_id, username: person.username, displayName: person.user_display_name }
      : null,
    backgroundCheck: person.background_checked_on
      ? {
          checkedOn: person.background_checked_on,
          result: person.background_check_result,
          resultName: person.background_check_result
            ? CHECK_RESULT_NAMES[person.background_check_result]
            : null,
          note: person.background_check_note,
        }
      : null,
    posts: posts.map((p) => ({
      id: p.id,
      role: p.role,
      roleName: WORKER_ROLE_NAMES[p.role],
      regionCode: p.region_code,
      regionName: p.region_name,
      startedOn: p.started_on,
      endedOn: p.ended_on,
      active:
        (p.started_on === null || p.started_on <= ctx.today) &&
        (p.ended_on === null || p.ended_on >= ctx.today),
    })),
    trainings: trainings.map((t) => ({
      id: t.id,
      trainedOn: t.trained_on,
      trainingId: t.training_id,
      title: t.title,
      kind: t.kind,
      kindName: t.kind ? TRAINING_KIND_NAMES[t.kind] : null,
      organiserLevel: t.organiser_level,
      organiserLevelName: t.organiser_level ? ORGANISER_LEVEL_NAMES[t.organiser_level] : null,
      source: t.source,
      note: t.note,
    })),
    trainingsByYear: [...byYear.entries()].sort().map(([year, count]) => ({ year: Number(year), count })),
    evaluations: evaluations.map((e) => ({
      year: e.year,
      result: e.result,
      resultName: EVALUATION_RESULT_NAMES[e.result],
      note: e.note,
    })),
  };
}

/** The coverage report for a region within the actor's own. */
export async function coverageFor(
  ctx: ServiceContext,
  region: string | undefined,
  asOf: IsoDate | undefined,
) {
  requirePermission(ctx.actor, 'workforce.read');
  return coverageReport(ctx.db, scopedRegion(ctx, region), asOf ?? ctx.today);
}

function fullIdNumberTerm(term: string): string {
  const idNumber = term.toUpperCase();
  if (!/^[0-9]{17}[0-9X]$/.test(idNumber))
    throw new InputError('按身份证号码查找须输入完整的18位号码（只做精确匹配）', { field: 'q' });
  return idNumber;
}
