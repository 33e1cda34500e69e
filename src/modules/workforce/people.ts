// Keeping the ledger: adding people, changing their details, background check and account link, posts
// (a transfer ends the old post), yearly evaluations and training days. Every change is audited.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { AppError, InputError, notFound } from '../../shared/errors.ts';
import { actorCovers, regionPrefix, requirePermission } from '../access/index.ts';
import { diff, recordAudit } from '../audit/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import type { FieldProblem } from '../children/index.ts';
import type { EvaluationResult, WorkerRole } from './codes.ts';
import { requirePerson } from './ledger.ts';
import { accountsQuery, placePost, recordTraining, upsertPerson } from './repository.ts';
import type { PersonInput, PersonPatch, PostInput } from './schemas.ts';
import { checkPerson, checkPostRegion, RegionLookup } from './validate.ts';
import { regionVisible } from './visibility.ts';

/** The problems of one entry, the first naming the field. */
class LedgerProblems extends InputError {
  constructor(problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('；'), { field: problems[0]?.field });
  }
}

/** Adds a person to the ledger with their first post; an ID number already there is a conflict. */
export async function createPerson(ctx: ServiceContext, input: PersonInput): Promise<{ id: string }> {
  requirePermission(ctx.actor, 'workforce.manage');
  const checked = await checkPerson(input, { ...ctx, regions: new RegionLookup(ctx.db) });
  if ('problems' in checked) throw new LedgerProblems(checked.problems);
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('workforce_person')
      .select('id')
      .where('id_number', '=', checked.value.idNumber)
      .executeTakeFirst();
    if (existing)
      throw new AppError('conflict', '该身份证号码已在台账中，请在原记录上修改', { field: 'idNumber' });
    const { personId } = await upsertPerson(trx, ctx.actor, checked.value, ctx.today, 'api');
    return { id: personId };
  });
}

export async function updatePerson(ctx: ServiceContext, personId: string, patch: PersonPatch): Promise<void> {
  await requirePerson(ctx.db, ctx, personId, 'workforce.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('workforce_person')
      .selectAll()
      .where('id', '=', personId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const after = {
      name: patch.name ?? before.name,
      phone: patch.phone === undefined ? before.phone : patch.phone,
      background_checked_on:
        patch.backgroundCheckedOn === undefined ? before.background_checked_on : patch.backgroundCheckedOn,
      background_check_result:
        patch.backgroundCheckResult === undefined
          ? before.background_check_result
          : patch.backgroundCheckResult,
      background_check_note:
        patch.backgroundCheckNote === undefined ? before.background_check_note : patch.backgroundCheckNote,
      user_id: patch.userId === undefined ? before.user_id : patch.userId,
      note: patch.note === undefined ? before.note : patch.note,
    };
    if (after.background_checked_on && !after.background_check_result)
      after.background_check_result = 'passed';
    if (!after.background_checked_on) after.background_check_result = null;
    if (after.background_checked_on && after.background_checked_on > ctx.today)
      throw new InputError(`入职查询日期 ${after.background_checked_on} 晚于今天`, {
        field: 'backgroundCheckedOn',
      });
    if (patch.userId) await checkUserLink(trx, ctx, personId, patch.userId);
    await trx
      .updateTable('workforce_person')
      .set({ ...after, updated_at: sql`now()` })
      .where('id', '=', personId)
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'workforce.person_updated',
      entity: 'workforce_person',
      entityId: personId,
      changes: diff(before, after, Object.keys(after) as (keyof typeof after)[]),
      detail: { trigger: 'api' },
    });
  });
}

/** A login account that may be linked to a person (the same role and region as one of their posts). */
export interface AccountCandidate {
  id: string;
  username: string;
  displayName: string;
  phone: string | null;
  role: WorkerRole;
  regionCode: string;
  /** The person the account is linked to now: this one, someone else (not free), or nobody. */
  linkedTo: { id: string; name: string } | null;
}

/**
 * The accounts the bureau may link to a person, for the ledger's 关联账号: enabled accounts whose role and
 * region are those of one of the person's posts, within the actor's region, those still free first. The
 * list is what checkUserLink accepts, so listing users (user.manage, admin only) is not needed for it.
 */
export async function accountCandidates(ctx: ServiceContext, personId: string): Promise<AccountCandidate[]> {
  await requirePerson(ctx.db, ctx, personId, 'workforce.manage');
  const posts = await ctx.db
    .selectFrom('workforce_post')
    .select(['role', 'region_code'])
    .distinct()
    .where('person_id', '=', personId)
    .execute();
  if (!posts.length) return [];
  const rows = await accountsQuery(ctx.db)
    .select(['app_user.role', 'app_user.region_code', 'linked.name as linked_name'])
    .where((eb) =>
      eb.or(
        posts.map((p) =>
          eb.and([eb('app_user.role', '=', p.role), eb('app_user.region_code', '=', p.region_code)]),
        ),
      ),
    )
    .orderBy(sql`linked.id is not null and linked.id <> ${personId}`)
    .orderBy('app_user.username')
    .execute();
  return rows
    .filter((r) => actorCovers(ctx.actor, r.region_code))
    .map((r) => ({
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      phone: r.phone,
      role: r.role as WorkerRole,
      regionCode: r.region_code,
      linkedTo: r.linked_to ? { id: r.linked_to, name: r.linked_name ?? '' } : null,
    }));
}

/** An account may be linked when it is a director's or supervisor's within the person's posts, and free. */
async function checkUserLink(trx: Kysely<DB>, ctx: ServiceContext, personId: string, userId: string) {
  const user = await trx
    .selectFrom('app_user')
    .select(['id', 'role', 'region_code', 'username'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || !actorCovers(ctx.actor, user.region_code))
    throw new InputError('账号不存在', { field: 'userId' });
  const posts = await trx
    .selectFrom('workforce_post')
    .select(['role', 'region_code'])
    .where('person_id', '=', personId)
    .execute();
  if (!posts.some((p) => p.role === user.role && p.region_code === user.region_code))
    throw new InputError(`账号 ${user.username} 的角色或区划与此人的任职不符`, { field: 'userId' });
  const other = await trx
    .selectFrom('workforce_person')
    .select('name')
    .where('user_id', '=', userId)
    .where('id', '<>', personId)
    .executeTakeFirst();
  if (other)
    throw new AppError('conflict', `账号 ${user.username} 已关联 ${other.name}`, { field: 'userId' });
}

/** A new post (a transfer ends the open posts of the same role the day before, unless told not to). */
export async function addPost(
  ctx: ServiceContext,
  personId: string,
  input: PostInput,
): Promise<{ id: string }> {
  await requirePerson(ctx.db, ctx, personId, 'workforce.manage');
  const problem = await checkPostRegion(
    {
      db: ctx.db,
      actor: ctx.actor,
      deploymentRegion: ctx.deploymentRegion,
      regions: new RegionLookup(ctx.db),
    },
    input.role,
    input.regionCode,
    'regionCode',
  );
  if (problem) throw new InputError(problem.message, { field: problem.field });
  if (input.startedOn && input.endedOn && input.endedOn < input.startedOn)
    throw new InputError('离任日期早于任职日期', { field: 'endedOn' });
  return ctx.db.transaction().execute(async (trx) => {
    const regionCode = input.regionCode.padEnd(12, '0');
    const { id } = await placePost(
      trx,
      personId,
      { ...input, regionCode, startedOn: input.startedOn ?? ctx.today },
      ctx.today,
    );
    await recordAudit(trx, ctx.actor, {
      action: 'workforce.post_added',
      entity: 'workforce_post',
      entityId: id,
      regionCode,
      changes: [{ field: 'post', old: null, new: { ...input, regionCode } }],
      detail: { personId },
    });
    return { id };
  });
}

export async function endPost(ctx: ServiceContext, postId: string, endedOn: IsoDate): Promise<void> {
  const post = await ctx.db
    .selectFrom('workforce_post')
    .selectAll()
    .where('id', '=', postId)
    .where('region_code', 'like', `${regionPrefix(ctx.actor)}%`)
    .executeTakeFirst();
  if (!post) throw notFound('任职记录');
  requirePermission(ctx.actor, 'workforce.manage');
  if (post.started_on && endedOn < post.started_on)
    throw new InputError(`离任日期 ${endedOn} 早于任职日期 ${post.started_on}`, { field: 'endedOn' });
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('workforce_post').set({ ended_on: endedOn }).where('id', '=', postId).execute();
    await recordAudit(trx, ctx.actor, {
      action: 'workforce.post_ended',
      entity: 'workforce_post',
      entityId: postId,
      regionCode: post.region_code,
      changes: [{ field: 'ended_on', old: post.ended_on, new: endedOn }],
      detail: { personId: post.person_id },
    });
  });
}

/** The year's evaluation (工作评价), one per person and year; a second call replaces it. */
export async function setEvaluation(
  ctx: ServiceContext,
  personId: string,
  year: number,
  input: { result: EvaluationResult; note?: string | null },
): Promise<void> {
  await requirePerson(ctx.db, ctx, personId, 'workforce.manage');
  if (year > Number(ctx.today.slice(0, 4)))
    throw new InputError(`不能评价尚未到来的 ${year} 年`, { field: 'year' });
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('workforce_evaluation')
      .select(['result', 'note'])
      .where('person_id', '=', personId)
      .where('year', '=', year)
      .executeTakeFirst();
    await trx
      .insertInto('workforce_evaluation')
      .values({
        person_id: personId,
        year,
        result: input.result,
        note: input.note ?? null,
        evaluated_by: ctx.actor.id,
      })
      .onConflict((oc) =>
        oc.columns(['person_id', 'year']).doUpdateSet({
          result: input.result,
          note: input.note ?? null,
          evaluated_by: ctx.actor.id,
        }),
      )
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'workforce.evaluated',
      entity: 'workforce_person',
      entityId: personId,
      changes: diff(before ?? null, { result: input.result, note: input.note ?? null }),
      detail: { year },
    });
  });
}

/** A training day in the person's file, with or without a course. */
export async function addTrainingRecord(
  ctx: ServiceContext,
  personId: string,
  input: { trainedOn: IsoDate; trainingId?: string | null; note?: string | null },
): Promise<void> {
  await requirePerson(ctx.db, ctx, personId, 'workforce.manage');
  if (input.trainedOn > ctx.today)
    throw new InputError(`培训日期 ${input.trainedOn} 晚于今天`, { field: 'trainedOn' });
  await ctx.db.transaction().execute(async (trx) => {
    if (input.trainingId) {
      const course = await trx
        .selectFrom('training')
        .select(['held_on', 'region_code'])
        .where('id', '=', input.trainingId)
        .executeTakeFirst();
      if (!course || !regionVisible(ctx.actor, course.region_code))
        throw new InputError('培训不存在', { field: 'trainingId' });
      if (course.held_on !== input.trainedOn)
        throw new InputError(`该培训举办于 ${course.held_on}，与培训日期不符`, { field: 'trainedOn' });
    }
    const added = await recordTraining(
      trx,
      personId,
      input.trainedOn,
      input.trainingId ?? null,
      input.trainingId ? 'course' : 'manual',
      input.note ?? null,
    );
    if (!added)
      throw new AppError('conflict', `培训档案中已有 ${input.trainedOn} 的记录`, { field: 'trainedOn' });
    await recordAudit(trx, ctx.actor, {
      action: 'workforce.training_recorded',
      entity: 'workforce_person',
      entityId: personId,
      changes: [{ field: 'trainedOn', old: null, new: input.trainedOn }],
      detail: { trainingId: input.trainingId ?? null },
    });
  });
}
