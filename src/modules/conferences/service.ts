// Case conferences (个案会商, 铁东 §四.9; 普宁 §四(二) 特殊个案需多部门协商处理的): civil affairs convenes
// departments and people on one child, records the decisions and assigns actions with an owner and a due
// date. Every change is audited on the child's file.
import type { Kysely } from 'kysely';
import type { ActionStatus, DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { shortCode } from '../../domain/region-code.ts';
import { AppError, InputError, notFound } from '../../shared/errors.ts';
import {
  type Actor,
  can,
  accessibleChildIds,
  childInScope,
  isUuid,
  requireChild,
  requirePermission,
} from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { responderDepartmentIds } from '../departments/index.ts';
import type { TimedContext } from '../../shared/service-context.ts';
import { ACTION_MOVES, ACTION_STATUS_NAMES } from './action-status.ts';
import { checkDepartment, checkOwnerUser } from './owners.ts';
import { loadActions, loadConferences } from './views.ts';

export interface ParticipantInput {
  departmentId?: string | null;
  name?: string | null;
  unit?: string | null;
}

export interface ActionInput {
  description: string;
  ownerDepartmentId?: string | null;
  ownerUserId?: string | null;
  dueOn: IsoDate;
}

export interface ConferenceInput {
  topic: string;
  heldOn: IsoDate;
  location?: string | null;
  participants: ParticipantInput[];
  decisions?: string | null;
  actions?: ActionInput[];
}

/** The conference's county, which is its child's (0084), for the rows written beside it. */
const conferenceCounty = (db: Kysely<DB>, id: string) =>
  db.selectFrom('conference').select('county_code').where('id', '=', id);

type Child = { id: string; village_code: string; county_code: string; status: string };

async function childOf(db: Kysely<DB>, childId: string): Promise<Child> {
  return db
    .selectFrom('child')
    .select(['id', 'village_code', 'county_code', 'status'])
    .where('id', '=', childId)
    .executeTakeFirstOrThrow();
}

async function checkParticipants(db: Kysely<DB>, child: Child, participants: ParticipantInput[]) {
  const out: { department_id: string | null; person_name: string | null; unit: string | null }[] = [];
  const seen = new Set<string>();
  for (const [i, p] of participants.entries()) {
    if (p.departmentId) {
      const d = await checkDepartment(
        db,
        child.county_code,
        p.departmentId,
        `participants.${i}.departmentId`,
      );
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      out.push({ department_id: d.id, person_name: p.name?.trim() || null, unit: p.unit?.trim() || null });
    } else {
      const name = p.name?.trim();
      if (!name) throw new InputError('参会人须为部门或写明姓名', { field: `participants.${i}.name` });
      out.push({ department_id: null, person_name: name, unit: p.unit?.trim() || null });
    }
  }
  if (!out.some((p) => p.department_id))
    throw new InputError('个案会商须至少有一个参会部门', { field: 'participants' });
  return out;
}

async function insertActions(
  trx: Kysely<DB>,
  actor: Actor,
  conference: { id: string; held_on: string },
  child: Child,
  actions: ActionInput[],
  field = 'actions',
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, a] of actions.entries()) {
    const at = `${field}.${i}`;
    const description = a.description.trim();
    if (!description) throw new InputError('请写明任务内容', { field: `${at}.description` });
    if (Boolean(a.ownerDepartmentId) === Boolean(a.ownerUserId))
      throw new InputError('任务须指定一个责任部门或一个责任人', { field: `${at}.ownerDepartmentId` });
    if (a.dueOn < conference.held_on)
      throw new InputError('任务期限不能早于会商日期', { field: `${at}.dueOn` });
    const owner = a.ownerDepartmentId
      ? await checkDepartment(trx, child.county_code, a.ownerDepartmentId, `${at}.ownerDepartmentId`)
      : await checkOwnerUser(trx, child, a.ownerUserId!, `${at}.ownerUserId`);
    const { id } = await trx
      .insertInto('conference_action')
      .values({
        conference_id: conference.id,
        county_code: conferenceCounty(trx, conference.id),
        child_id: child.id,
        description,
        owner_department_id: a.ownerDepartmentId ? owner.id : null,
        owner_user_id: a.ownerUserId ? owner.id : null,
        due_on: a.dueOn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'conference.action_assigned',
      entity: 'conference_action',
      entityId: id,
      childId: child.id,
      regionCode: child.village_code,
      changes: [{ field: 'action', old: null, new: { description, owner: owner.name, dueOn: a.dueOn } }],
      detail: { conferenceId: conference.id },
    });
    ids.push(id);
  }
  return ids;
}

export async function createConference(ctx: TimedContext, childId: string, input: ConferenceInput) {
  await requireChild(ctx.db, ctx.actor, childId, 'conference.manage');
  const child = await childOf(ctx.db, childId);
  if (child.status !== 'active') throw new AppError('conflict', '该儿童已退出登记');
  const topic = input.topic.trim();
  if (!topic) throw new InputError('请写明会商议题', { field: 'topic' });
  const decisions = input.decisions?.trim() || null;
  if (decisions && input.heldOn > ctx.today)
    throw new InputError('会商尚未召开，不能记录会商决定', { field: 'decisions' });
  if (input.actions?.length && !decisions)
    throw new InputError('须先记录会商决定，才能分派任务', { field: 'actions' });
  const participants = await checkParticipants(ctx.db, child, input.participants);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('conference')
      .values({
        child_id: childId,
        county_code: child.county_code,
        topic,
        held_on: input.heldOn,
        location: input.location?.trim() || null,
        status: decisions ? 'held' : 'planned',
        decisions,
        convened_by: ctx.actor.id,
        convened_by_name: ctx.actor.name,
      })
      .returning(['id', 'held_on'])
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('conference_participant')
      .values(
        participants.map((p) => ({
          ...p,
          conference_id: row.id,
          county_code: conferenceCounty(trx, row.id),
        })),
      )
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'conference.created',
      entity: 'conference',
      entityId: row.id,
      childId,
      regionCode: child.village_code,
      changes: [
        {
          field: 'conference',
          old: null,
          new: { topic, heldOn: input.heldOn, status: decisions ? 'held' : 'planned' },
        },
      ],
      detail: { participants: participants.length },
    });
    await insertActions(trx, ctx.actor, row, child, input.actions ?? []);
    return row.id;
  });
  return getConference(ctx, id, { audit: false });
}

async function loadConference(ctx: ServiceContext, id: string) {
  if (!isUuid(id)) throw notFound('个案会商');
  const row = await ctx.db.selectFrom('conference').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('个案会商');
  if (!(await accessibleChildIds(ctx.db, ctx.actor, [row.child_id])).has(row.child_id))
    throw notFound('个案会商');
  return row;
}

export async function getConference(ctx: ServiceContext, id: string, options: { audit?: boolean } = {}) {
  requirePermission(ctx.actor, 'conference.read');
  const row = await loadConference(ctx, id);
  if (options.audit !== false)
    await recordAudit(ctx.db, ctx.actor, {
      action: 'conference.viewed',
      entity: 'conference',
      entityId: id,
      childId: row.child_id,
    });
  const [conference] = await loadConferences(ctx.db, [row], ctx.today);
  return conference!;
}

export async function childConferences(ctx: ServiceContext, childId: string) {
  await requireChild(ctx.db, ctx.actor, childId, 'conference.read');
  const rows = await ctx.db
    .selectFrom('conference')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('held_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return { items: await loadConferences(ctx.db, rows, ctx.today) };
}

/** Records what the conference decided (it has then been held), or corrects its topic, date and place. */
export async function recordConference(
  ctx: TimedContext,
  id: string,
  patch: {
    topic?: string;
    heldOn?: IsoDate;
    location?: string | null;
    decisions?: string | null;
    participants?: ParticipantInput[];
  },
) {
  requirePermission(ctx.actor, 'conference.manage');
  const before = await loadConference(ctx, id);
  if (before.status === 'closed') throw new AppError('conflict', '会商已结束，不能修改');
  const child = await childOf(ctx.db, before.child_id);
  const heldOn = patch.heldOn ?? before.held_on;
  const decisions = patch.decisions !== undefined ? patch.decisions?.trim() || null : before.decisions;
  if (before.status === 'held' && !decisions)
    throw new InputError('已召开的会商须保留会商决定', { field: 'decisions' });
  if (decisions && heldOn > ctx.today)
    throw new InputError('会商尚未召开，不能记录会商决定', { field: 'decisions' });
  const topic = patch.topic !== undefined ? patch.topic.trim() : before.topic;
  if (!topic) throw new InputError('请写明会商议题', { field: 'topic' });
  const participants = patch.participants ? await checkParticipants(ctx.db, child, patch.participants) : null;
  await ctx.db.transaction().execute(async (trx) => {
    const after = {
      topic,
      held_on: heldOn,
      location: patch.location !== undefined ? patch.location?.trim() || null : before.location,
      decisions,
      status: decisions ? ('held' as const) : ('planned' as const),
    };
    await trx
      .updateTable('conference')
      .set({ ...after, updated_at: ctx.now })
      .where('id', '=', id)
      .execute();
    if (participants) {
      await trx.deleteFrom('conference_participant').where('conference_id', '=', id).execute();
      await trx
        .insertInto('conference_participant')
        .values(
          participants.map((p) => ({ ...p, conference_id: id, county_code: conferenceCounty(trx, id) })),
        )
        .execute();
    }
    await recordAudit(trx, ctx.actor, {
      action: 'conference.updated',
      entity: 'conference',
      entityId: id,
      childId: before.child_id,
      regionCode: child.village_code,
      changes: (Object.keys(after) as (keyof typeof after)[])
        .filter((k) => before[k] !== after[k])
        .map((k) => ({ field: k, old: before[k], new: after[k] })),
      detail: participants ? { participants: participants.length } : undefined,
    });
  });
  return getConference(ctx, id, { audit: false });
}

export async function addActions(ctx: ServiceContext, id: string, actions: ActionInput[]) {
  requirePermission(ctx.actor, 'conference.manage');
  const conference = await loadConference(ctx, id);
  if (conference.status !== 'held')
    throw new AppError(
      'conflict',
      conference.status === 'closed' ? '会商已结束，不能再分派任务' : '须先记录会商决定，才能分派任务',
    );
  const child = await childOf(ctx.db, conference.child_id);
  await ctx.db.transaction().execute((trx) => insertActions(trx, ctx.actor, conference, child, actions));
  return getConference(ctx, id, { audit: false });
}

/** Moves an action on: its owner (a person, or whoever answers for the owning department), or the convener. */
export async function updateAction(
  ctx: TimedContext,
  conferenceId: string,
  actionId: string,
  input: { status: ActionStatus; result?: string | null },
) {
  requirePermission(ctx.actor, 'conference.action.update');
  if (!isUuid(conferenceId) || !isUuid(actionId)) throw notFound('任务');
  const action = await ctx.db
    .selectFrom('conference_action')
    .selectAll()
    .where('id', '=', actionId)
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
  if (!action) throw notFound('任务');
  const owner =
    (action.owner_user_id !== null && action.owner_user_id === ctx.actor.id) ||
    (action.owner_department_id !== null &&
      (await responderDepartmentIds(ctx.db, ctx.actor)).includes(action.owner_department_id));
  const seesChild = (await accessibleChildIds(ctx.db, ctx.actor, [action.child_id])).has(action.child_id);
  if (!owner && !seesChild) throw notFound('任务');
  const manager = seesChild && can(ctx.actor.role, 'conference.manage');
  if (!owner && !manager) throw new AppError('forbidden', '只有任务责任人或会商组织方可以更新任务');
  const move = ACTION_MOVES[input.status];
  if (move.managerOnly && !manager)
    throw new AppError('forbidden', `只有会商组织方可以把任务改为“${ACTION_STATUS_NAMES[input.status]}”`);
  const result = input.result?.trim() || null;
  if (move.needsResult && !result)
    throw new InputError(input.status === 'done' ? '请写明完成情况' : '请写明取消理由', { field: 'result' });
  const conference = await ctx.db
    .selectFrom('conference')
    .select('status')
    .where('id', '=', conferenceId)
    .executeTakeFirstOrThrow();
  if (conference.status === 'closed') throw new AppError('conflict', '会商已结束，任务不能再更新');
  await ctx.db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('conference_action')
      .selectAll()
      .where('id', '=', actionId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (!move.from.includes(current.status))
      throw new AppError(
        'conflict',
        `任务当前为“${ACTION_STATUS_NAMES[current.status]}”，不能改为“${ACTION_STATUS_NAMES[input.status]}”`,
      );
    const set = {
      status: input.status,
      result: result ?? current.result,
      done_on: input.status === 'done' ? ctx.today : input.status === 'open' ? null : current.done_on,
    };
    await trx
      .updateTable('conference_action')
      .set({ ...set, updated_at: ctx.now })
      .where('id', '=', actionId)
      .execute();
    const child = await trx
      .selectFrom('child')
      .select('village_code')
      .where('id', '=', current.child_id)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'conference.action_updated',
      entity: 'conference_action',
      entityId: actionId,
      childId: current.child_id,
      regionCode: child.village_code,
      changes: (Object.keys(set) as (keyof typeof set)[])
        .filter((k) => current[k] !== set[k])
        .map((k) => ({ field: k, old: current[k], new: set[k] })),
      detail: { conferenceId },
    });
  });
  const [view] = await loadActions(ctx.db, (q) => q.where('conference_action.id', '=', actionId), ctx.today);
  return view!;
}

/** Ends a conference once every action is done or cancelled. */
export async function closeConference(ctx: TimedContext, id: string, input: { note?: string | null }) {
  requirePermission(ctx.actor, 'conference.manage');
  const conference = await loadConference(ctx, id);
  if (conference.status !== 'held')
    throw new AppError('conflict', conference.status === 'closed' ? '会商已结束' : '会商尚未召开，不能结束');
  const open = await ctx.db
    .selectFrom('conference_action')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('conference_id', '=', id)
    .where('status', 'in', ['open', 'in_progress'])
    .executeTakeFirstOrThrow();
  if (Number(open.n) > 0)
    throw new AppError('conflict', `还有 ${open.n} 项任务未完成，须完成或取消后才能结束会商`);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('conference')
      .set({ status: 'closed', closed_on: ctx.today, updated_at: ctx.now })
      .where('id', '=', id)
      .execute();
    const child = await childOf(trx, conference.child_id);
    await recordAudit(trx, ctx.actor, {
      action: 'conference.closed',
      entity: 'conference',
      entityId: id,
      childId: conference.child_id,
      regionCode: child.village_code,
      changes: [{ field: 'status', old: 'held', new: 'closed' }],
      detail: { note: input.note?.trim() || null },
    });
  });
  return getConference(ctx, id, { audit: false });
}

/** The conferences of the children in the actor's region. */
export async function listConferences(
  ctx: ServiceContext,
  f: { status?: 'planned' | 'held' | 'closed'; region?: string } = {},
) {
  requirePermission(ctx.actor, 'conference.read');
  let q = ctx.db
    .selectFrom('conference')
    .innerJoin('child', 'child.id', 'conference.child_id')
    .selectAll('conference')
    .where(childInScope(ctx.actor));
  if (f.region) q = q.where('child.village_code', 'like', `${shortCode(f.region)}%`);
  if (f.status) q = q.where('conference.status', '=', f.status);
  const rows = await q.orderBy('conference.held_on', 'desc').limit(500).execute();
  return { items: await loadConferences(ctx.db, rows, ctx.today) };
}
