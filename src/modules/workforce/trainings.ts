// Training (培训): courses a county or city holds (示范培训, 全覆盖培训, 技能大赛) with their attendees, and
// the yearly coverage the plans demand: every director trained every year (001 §四.16, 003 §五.16,
// 004 §二.18), counted per county and calendar year.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { normalizeIdNumber } from '../../domain/id-number.ts';
import { ancestorCodes, fullCode, isRegionCode, regionLevel, shortCode } from '../../domain/region-code.ts';
import { InputError, notFound } from '../../shared/errors.ts';
import { actorCovers, regionPrefix, requirePermission } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { ORGANISER_LEVEL_NAMES, TRAINING_KIND_NAMES, WORKER_ROLE_NAMES, type WorkerRole } from './codes.ts';
import { scopedRegion } from './ledger.ts';
import { personInScope, recordTraining } from './repository.ts';
import type { AttendeesInput, TrainingInput } from './schemas.ts';
import { regionVisible } from './visibility.ts';

const ORGANISER_REGION_LEVEL = { county: 'county', city: 'city', province: 'province' } as const;

/** Resolves attendees named by ledger id or ID number, within the actor's region; unknown ones are an error. */
async function attendeeIds(ctx: ServiceContext, input: AttendeesInput): Promise<string[]> {
  const ids = new Set<string>();
  if (input.personIds.length) {
    const rows = await ctx.db
      .selectFrom('workforce_person')
      .select('id')
      .where('id', 'in', input.personIds)
      .where(personInScope(ctx.actor))
      .execute();
    const found = new Set(rows.map((r) => r.id));
    const missing = input.personIds.findIndex((id) => !found.has(id));
    if (missing >= 0) throw new InputError('台账中没有此人', { field: `attendees.personIds.${missing}` });
    for (const id of found) ids.add(id);
  }
  if (input.idNumbers.length) {
    const wanted = input.idNumbers.map(normalizeIdNumber);
    const rows = await ctx.db
      .selectFrom('workforce_person')
      .select(['id', 'id_number'])
      .where('id_number', 'in', wanted)
      .where(personInScope(ctx.actor))
      .execute();
    const byNumber = new Map(rows.map((r) => [r.id_number, r.id]));
    const missing = wanted.findIndex((n) => !byNumber.has(n));
    if (missing >= 0)
      throw new InputError(`台账中没有身份证号码为 ${wanted[missing]} 的人员`, {
        field: `attendees.idNumbers.${missing}`,
      });
    for (const id of byNumber.values()) ids.add(id);
  }
  return [...ids];
}

export async function createTraining(ctx: ServiceContext, input: TrainingInput) {
  requirePermission(ctx.actor, 'workforce.manage');
  if (!isRegionCode(input.regionCode)) throw new InputError('区划代码无效', { field: 'regionCode' });
  const level = regionLevel(input.regionCode);
  if (level !== ORGANISER_REGION_LEVEL[input.organiserLevel])
    throw new InputError(
      `${ORGANISER_LEVEL_NAMES[input.organiserLevel]}培训的举办单位应为${ORGANISER_LEVEL_NAMES[input.organiserLevel]}区划，${input.regionCode} 不是`,
      { field: 'regionCode' },
    );
  const regionCode = fullCode(input.regionCode);
  const region = await ctx.db
    .selectFrom('region')
    .select('code')
    .where('code', '=', regionCode)
    .executeTakeFirst();
  if (!region) throw new InputError(`区划 ${input.regionCode} 不存在`, { field: 'regionCode' });
  if (!actorCovers(ctx.actor, regionCode))
    throw new InputError('不能为辖区以外的单位登记培训', { field: 'regionCode' });
  if (input.heldOn > ctx.today)
    throw new InputError(`培训日期 ${input.heldOn} 晚于今天`, { field: 'heldOn' });
  const people = await attendeeIds(ctx, input.attendees);
  return ctx.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('training')
      .values({
        held_on: input.heldOn,
        organiser_level: input.organiserLevel,
        kind: input.kind,
        title: input.title,
        region_code: regionCode,
        note: input.note ?? null,
        created_by: ctx.actor.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const added = await recordAttendance(trx, people, input.heldOn, id);
    await recordAudit(trx, ctx.actor, {
      action: 'workforce.training_created',
      entity: 'training',
      entityId: id,
      regionCode,
      detail: { title: input.title, heldOn: input.heldOn, attendees: added },
    });
    return { id, attendees: added };
  });
}

/** A course's day in each attendee's file; how many files it was new to. */
async function recordAttendance(trx: Kysely<DB>, people: string[], heldOn: IsoDate, trainingId: string) {
  let added = 0;
  for (const personId of people)
    if (await recordTraining(trx, personId, heldOn, trainingId, 'course')) added += 1;
  return added;
}

async function requireTraining(ctx: ServiceContext, trainingId: string) {
  const course = await ctx.db
    .selectFrom('training')
    .selectAll()
    .where('id', '=', trainingId)
    .executeTakeFirst();
  if (!course || !regionVisible(ctx.actor, course.region_code)) throw notFound('培训');
  return course;
}

export async function addAttendees(ctx: ServiceContext, trainingId: string, input: AttendeesInput) {
  const course = await requireTraining(ctx, trainingId);
  requirePermission(ctx.actor, 'workforce.manage');
  const people = await attendeeIds(ctx, input);
  return ctx.db.transaction().execute(async (trx) => {
    const added = await recordAttendance(trx, people, course.held_on, trainingId);
    await recordAudit(trx, ctx.actor, {
      action: 'workforce.training_attendees_added',
      entity: 'training',
      entityId: trainingId,
      regionCode: course.region_code,
      detail: { added, asked: people.length },
    });
    return { added };
  });
}

function courseView(c: {
  id: string;
  held_on: IsoDate;
  organiser_level: keyof typeof ORGANISER_LEVEL_NAMES;
  kind: keyof typeof TRAINING_KIND_NAMES;
  title: string;
  region_code: string;
  note: string | null;
}) {
  return {
    id: c.id,
    heldOn: c.held_on,
    organiserLevel: c.organiser_level,
    organiserLevelName: ORGANISER_LEVEL_NAMES[c.organiser_level],
    kind: c.kind,
    kindName: TRAINING_KIND_NAMES[c.kind],
    title: c.title,
    regionCode: c.region_code,
    note: c.note,
  };
}

/** Courses held by the region, by the regions above it, or by the regions under it, in a year. */
export async function listTrainings(ctx: ServiceContext, filters: { region?: string; year?: number }) {
  requirePermission(ctx.actor, 'workforce.read');
  const prefix = scopedRegion(ctx, filters.region);
  const above = ancestorCodes(prefix);
  let q = ctx.db
    .selectFrom('training')
    .selectAll('training')
    .select(
      sql<number>`(select count(*) from training_record r where r.training_id = training.id)`.as('attendees'),
    )
    .where((eb) =>
      eb.or([
        eb('training.region_code', 'like', `${prefix}%`),
        ...(above.length
          ? [
              eb(
                'training.region_code',
                'in',
                above.map((p) => p.padEnd(12, '0')),
              ),
            ]
          : []),
      ]),
    );
  if (filters.year)
    q = q.where('held_on', '>=', `${filters.year}-01-01`).where('held_on', '<=', `${filters.year}-12-31`);
  const rows = await q.orderBy('held_on', 'desc').orderBy('id').execute();
  return { items: rows.map((r) => ({ ...courseView(r), attendees: Number(r.attendees) })) };
}

export async function getTraining(ctx: ServiceContext, trainingId: string) {
  requirePermission(ctx.actor, 'workforce.read');
  const course = await requireTraining(ctx, trainingId);
  const attendees = await ctx.db
    .selectFrom('training_record as t')
    .innerJoin('workforce_person as workforce_person', 'workforce_person.id', 't.person_id')
    .select(['workforce_person.id', 'workforce_person.name'])
    .where('t.training_id', '=', trainingId)
    .where(personInScope(ctx.actor))
    .orderBy('workforce_person.name')
    .execute();
  return { ...courseView(course), attendees: attendees.map((a) => ({ personId: a.id, name: a.name })) };
}

export interface TrainingCoverageRow {
  countyCode: string;
  countyName: string | null;
  role: WorkerRole;
  roleName: string;
  total: number;
  trained: number;
  untrained: number;
  rate: number | null;
}

/**
 * Per county and role: the people who held a post at any time in the calendar year, and how many of them
 * have a training day in that year. Every director trained every year means `trained === total`.
 */
export async function trainingCoverage(ctx: ServiceContext, filters: { region?: string; year?: number }) {
  requirePermission(ctx.actor, 'workforce.read');
  const prefix = scopedRegion(ctx, filters.region);
  const year = filters.year ?? Number(ctx.today.slice(0, 4));
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const rows = await ctx.db
    .selectFrom('workforce_post as p')
    .select([
      sql<string>`substr(p.region_code, 1, 6)`.as('county'),
      'p.role',
      sql<number>`count(distinct p.person_id)`.as('total'),
      sql<number>`count(distinct p.person_id) filter (where exists (
        select 1 from training_record t where t.person_id = p.person_id and t.trained_on between ${from} and ${to}))`.as(
        'trained',
      ),
    ])
    .where('p.region_code', 'like', `${regionPrefix(ctx.actor)}%`)
    .where('p.region_code', 'like', `${prefix}%`)
    .where((eb) => eb.or([eb('p.started_on', 'is', null), eb('p.started_on', '<=', to)]))
    .where((eb) => eb.or([eb('p.ended_on', 'is', null), eb('p.ended_on', '>=', from)]))
    .groupBy([sql`substr(p.region_code, 1, 6)`, 'p.role'])
    .orderBy(sql`substr(p.region_code, 1, 6)`)
    .orderBy('p.role')
    .execute();
  const counties = rows.length
    ? await ctx.db
        .selectFrom('region')
        .select(['code', 'name'])
        .where(
          'code',
          'in',
          rows.map((r) => r.county.padEnd(12, '0')),
        )
        .execute()
    : [];
  const nameOf = new Map(counties.map((c) => [shortCode(c.code), c.name]));
  const items: TrainingCoverageRow[] = rows.map((r) => {
    const total = Number(r.total);
    const trained = Number(r.trained);
    return {
      countyCode: r.county,
      countyName: nameOf.get(r.county) ?? null,
      role: r.role,
      roleName: WORKER_ROLE_NAMES[r.role],
      total,
      trained,
      untrained: total - trained,
      rate: total ? Math.round((trained / total) * 1000) / 1000 : null,
    };
  });
  return { region: prefix, year, items };
}
