// Sending a referral (报送/转介) and every step after it. Each step runs in one transaction with its event on
// the referral's own history and its audit record on the child's file.
import type { Kysely, Selectable } from 'kysely';
import type { DB, DepartmentTable } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { DEPARTMENT_KIND_NAMES, type DepartmentKind } from '../../domain/department-kinds.ts';
import { routeFinding, type ReferralFinding } from '../../domain/referral-routing.ts';
import { AppError, InputError, notFound } from '../../shared/errors.ts';
import { type Actor, requireChild, requirePermission } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { notify } from '../notices/index.ts';
import { responderDepartmentIds } from '../departments/index.ts';
import type { TimedContext } from '../../shared/service-context.ts';
import { loadReferral, referralQuery } from './access.ts';
import { minimumChildData, type ReferralChildData } from './minimum-data.ts';
import { referralDetail } from './views.ts';
import {
  canStep,
  defaultDueOn,
  OPEN_STATUSES,
  STEP_RULES,
  stepRefusal,
  type ReferralStatus,
  type ReferralStep,
} from './workflow.ts';

type Department = Selectable<DepartmentTable>;

export interface ReferralInput {
  finding: ReferralFinding;
  detail: string;
  /** Where it goes; absent, the departments the finding routes to in the child's county. */
  departmentIds?: string[] | null;
  dueOn?: IsoDate | null;
  /** The visit or contact whose finding this is. */
  contactId?: string | null;
  source?: 'file' | 'visit' | 'comparison' | 'conference';
  /** The worker the department should call; the sender by default. */
  contactName?: string | null;
  contactPhone?: string | null;
}

async function loadChild(db: Kysely<DB>, childId: string) {
  const child = await db
    .selectFrom('child')
    .leftJoin('region as v', 'v.code', 'child.village_code')
    .leftJoin('region as t', 't.code', 'v.parent_code')
    .selectAll('child')
    .select(['v.name as village_name', 't.name as township_name'])
    .where('child.id', '=', childId)
    .executeTakeFirst();
  if (!child) throw notFound('儿童档案');
  const [caregiver, parents] = await Promise.all([
    db.selectFrom('child_caregiver').selectAll().where('child_id', '=', childId).executeTakeFirst(),
    db.selectFrom('child_parent').selectAll().where('child_id', '=', childId).orderBy('relation').execute(),
  ]);
  return { child, caregiver: caregiver ?? null, parents };
}
type LoadedChild = Awaited<ReturnType<typeof loadChild>>;

/** The departments a referral goes to: those named, or those the finding routes to in the child's county. */
async function chooseDepartments(
  db: Kysely<DB>,
  countyCode: string,
  finding: ReferralFinding,
  departmentIds: string[] | null | undefined,
): Promise<Department[]> {
  if (departmentIds?.length) {
    const ids = [...new Set(departmentIds)];
    const rows = await db.selectFrom('department').selectAll().where('id', 'in', ids).execute();
    return ids.map((id, i) => {
      const row = rows.find((r) => r.id === id);
      if (!row || row.county_code !== countyCode)
        throw new InputError('接收部门不存在或不属于儿童所在县', { field: `departmentIds.${i}` });
      if (row.disabled) throw new InputError(`部门“${row.name}”已停用`, { field: `departmentIds.${i}` });
      return row;
    });
  }
  const route = routeFinding(finding);
  if (!route.kinds.length) throw new InputError('请指定接收部门', { field: 'departmentIds' });
  const rows = await db
    .selectFrom('department')
    .selectAll()
    .where('county_code', '=', countyCode)
    .where('kind', 'in', route.kinds)
    .where('disabled', '=', false)
    .orderBy('name')
    .execute();
  const names = (kinds: readonly DepartmentKind[]) => kinds.map((k) => DEPARTMENT_KIND_NAMES[k]).join('、');
  const missing = route.kinds.filter((kind) => !rows.some((r) => r.kind === kind));
  if (missing.length)
    throw new InputError(
      `本县尚未登记${names(missing)}部门${route.kinds.length > 1 ? `（此类情况应报送${names(route.kinds)}）` : ''}：请县民政局在“部门管理”中登记，或指定已登记的接收部门`,
      { field: 'departmentIds' },
    );
  for (const kind of route.kinds)
    if (rows.filter((r) => r.kind === kind).length > 1)
      throw new InputError(`本县有多个${names([kind])}部门，请指定接收部门`, { field: 'departmentIds' });
  return rows;
}

async function referrerOf(db: Kysely<DB>, actor: Actor, input: ReferralInput) {
  const user = actor.id
    ? await db.selectFrom('app_user').select('phone').where('id', '=', actor.id).executeTakeFirst()
    : undefined;
  return {
    name: input.contactName?.trim() || actor.name,
    phone: input.contactPhone?.trim() || user?.phone || null,
  };
}

interface SendArgs {
  loaded: LoadedChild;
  department: Department;
  finding: ReferralFinding;
  detail: string;
  source: 'file' | 'visit' | 'comparison' | 'conference';
  contactId: string | null;
  dueOn: IsoDate | null;
  referrer: { name: string; phone: string | null };
  today: IsoDate;
  now: Date;
}

async function insertReferral(trx: Kysely<DB>, actor: Actor, a: SendArgs): Promise<string> {
  const open = await trx
    .selectFrom('referral')
    .select('id')
    .where('child_id', '=', a.loaded.child.id)
    .where('department_id', '=', a.department.id)
    .where('finding', '=', a.finding)
    .where('status', 'in', OPEN_STATUSES)
    .executeTakeFirst();
  if (open)
    throw new AppError('conflict', `已向“${a.department.name}”报送该情况且尚未答复，请勿重复报送`, {
      field: 'finding',
    });
  const kind = a.department.kind;
  const childData = minimumChildData(kind, {
    child: a.loaded.child,
    villageName: a.loaded.child.village_name,
    townshipName: a.loaded.child.township_name,
    caregiver: a.loaded.caregiver,
    parents: a.loaded.parents,
    referrer: a.referrer,
    asOf: a.today,
  });
  const dueOn = a.dueOn ?? defaultDueOn(kind, a.today);
  const { id } = await trx
    .insertInto('referral')
    .values({
      child_id: a.loaded.child.id,
      county_code: a.loaded.child.county_code,
      department_id: a.department.id,
      finding: a.finding,
      detail: a.detail,
      source: a.source,
      contact_id: a.contactId,
      due_on: dueOn,
      sent_on: a.today,
      sent_at: a.now,
      sent_by: actor.id,
      sent_by_name: actor.name,
      child_data: JSON.stringify(childData),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('referral_event')
    .values({
      referral_id: id,
      county_code: a.loaded.child.county_code,
      occurred_at: a.now,
      actor_id: actor.id,
      actor_name: actor.name,
      action: 'sent',
      from_status: null,
      to_status: 'sent',
      note: a.detail,
      detail: JSON.stringify({ departmentId: a.department.id, dueOn }),
    })
    .execute();
  await recordAudit(trx, actor, {
    action: 'referral.sent',
    entity: 'referral',
    entityId: id,
    childId: a.loaded.child.id,
    regionCode: a.loaded.child.village_code,
    changes: [{ field: 'status', old: null, new: 'sent' }],
    detail: {
      department: a.department.name,
      finding: a.finding,
      dueOn,
      // What left the register, for anyone who later asks who was told what.
      fieldsShared: Object.keys(childData),
    },
  });
  return id;
}

/** Sends one referral per department (from a child's file or a visit); returns them. */
export async function createReferrals(ctx: TimedContext, childId: string, input: ReferralInput) {
  await requireChild(ctx.db, ctx.actor, childId, 'referral.send');
  const loaded = await loadChild(ctx.db, childId);
  if (loaded.child.status !== 'active') throw new AppError('conflict', '该儿童已退出登记，不能报送');
  const detail = input.detail.trim();
  if (!detail) throw new InputError('请写明发现的情况', { field: 'detail' });
  if (input.dueOn && input.dueOn <= ctx.today) throw new InputError('答复期限应晚于今天', { field: 'dueOn' });
  if (input.contactId) {
    const contact = await ctx.db
      .selectFrom('contact')
      .select('id')
      .where('id', '=', input.contactId)
      .where('child_id', '=', childId)
      .executeTakeFirst();
    if (!contact) throw new InputError('该走访记录不属于此儿童', { field: 'contactId' });
  }
  const departments = await chooseDepartments(
    ctx.db,
    loaded.child.county_code,
    input.finding,
    input.departmentIds,
  );
  const referrer = await referrerOf(ctx.db, ctx.actor, input);
  const ids = await ctx.db.transaction().execute(async (trx) => {
    const out: string[] = [];
    for (const department of departments)
      out.push(
        await insertReferral(trx, ctx.actor, {
          loaded,
          department,
          finding: input.finding,
          detail,
          source: input.contactId ? 'visit' : (input.source ?? 'file'),
          contactId: input.contactId ?? null,
          dueOn: input.dueOn ?? null,
          referrer,
          today: ctx.today,
          now: ctx.now,
        }),
      );
    return out;
  });
  const rows = await referralQuery(ctx.db).where('referral.id', 'in', ids).execute();
  const responderFor = await responderDepartmentIds(ctx.db, ctx.actor);
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id)!;
    return referralDetail(row, [], ctx.today, { responder: responderFor.includes(row.department_id) });
  });
}

/**
 * For other modules that find something a department must act on inside their own transaction (a confirmed
 * dropout from data comparison → 教育): routes the finding within the child's county and sends it, unless
 * no department of that kind is registered or the same referral is already open. Never throws for those.
 */
export async function referFindingInTransaction(
  trx: Kysely<DB>,
  actor: Actor,
  args: {
    childId: string;
    finding: ReferralFinding;
    detail: string;
    source: 'comparison' | 'visit' | 'conference';
    today: IsoDate;
    now: Date;
  },
): Promise<{ sent: string[]; skipped: string[] }> {
  const loaded = await loadChild(trx, args.childId);
  const sent: string[] = [];
  const skipped: string[] = [];
  let departments: Department[];
  try {
    departments = await chooseDepartments(trx, loaded.child.county_code, args.finding, null);
  } catch (error) {
    if (error instanceof InputError) return { sent, skipped: [error.message] };
    throw error;
  }
  for (const department of departments) {
    const open = await trx
      .selectFrom('referral')
      .select('id')
      .where('child_id', '=', args.childId)
      .where('department_id', '=', department.id)
      .where('finding', '=', args.finding)
      .where('status', 'in', OPEN_STATUSES)
      .executeTakeFirst();
    if (open) {
      skipped.push(`已向“${department.name}”报送，尚未答复`);
      continue;
    }
    sent.push(
      await insertReferral(trx, actor, {
        loaded,
        department,
        finding: args.finding,
        detail: args.detail,
        source: args.source,
        contactId: null,
        dueOn: null,
        referrer: { name: actor.name, phone: null },
        today: args.today,
        now: args.now,
      }),
    );
  }
  return { sent, skipped };
}

export interface StepInput {
  note?: string | null;
  answer?: string | null;
  actionsTaken?: string | null;
  reason?: string | null;
  detail?: string | null;
  dueOn?: IsoDate | null;
  departmentId?: string | null;
}

const AUDIT_ACTION: Record<ReferralStep, string> = {
  receive: 'referral.received',
  progress: 'referral.progress',
  answer: 'referral.answered',
  return: 'referral.returned',
  close: 'referral.closed',
  resend: 'referral.resent',
};

function required(value: string | null | undefined, field: string, message: string): string {
  const v = value?.trim();
  if (!v) throw new InputError(message, { field });
  return v;
}

/** One step of the workflow by whoever may take it; refuses the rest (403) and wrong states (409). */
export async function stepReferral(ctx: TimedContext, id: string, step: ReferralStep, input: StepInput) {
  const rule = STEP_RULES[step];
  requirePermission(ctx.actor, rule.side === 'department' ? 'referral.respond' : 'referral.send');
  const access = await loadReferral(ctx.db, ctx.actor, id);
  if (rule.side === 'department' && !access.responder)
    throw new AppError('forbidden', `只有接收部门可以${rule.name}此报送`);
  if (rule.side === 'sender' && !access.senderSide)
    throw new AppError('forbidden', `只有报送方可以${rule.name}此报送`);

  // Validate what the step needs before touching anything.
  const note = input.note?.trim() || null;
  const set: Record<string, unknown> = {};
  let eventNote: string | null = note;
  let eventDetail: Record<string, unknown> | null = null;
  let newDepartment: Department | null = null;
  switch (step) {
    case 'receive':
      set.received_on = ctx.today;
      break;
    case 'progress':
      eventNote = required(input.note, 'note', '请填写办理进展');
      break;
    case 'answer': {
      const answer = required(input.answer, 'answer', '请填写答复意见');
      set.answered_on = ctx.today;
      set.answer = answer;
      set.actions_taken = input.actionsTaken?.trim() || null;
      eventNote = answer;
      break;
    }
    case 'return':
      set.return_reason = eventNote = required(input.reason, 'reason', '请写明退回理由');
      break;
    case 'close':
      set.closed_on = ctx.today;
      set.close_note = note;
      break;
    case 'resend': {
      if (input.dueOn && input.dueOn <= ctx.today)
        throw new InputError('答复期限应晚于今天', { field: 'dueOn' });
      if (input.departmentId && input.departmentId !== access.row.department_id)
        newDepartment =
          (
            await chooseDepartments(ctx.db, access.row.county_code, access.row.finding as ReferralFinding, [
              input.departmentId,
            ]).catch((error: unknown) => {
              if (error instanceof InputError) throw new InputError(error.message, { field: 'departmentId' });
              throw error;
            })
          )[0] ?? null;
      break;
    }
  }

  await ctx.db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('referral')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const from = current.status as ReferralStatus;
    if (!canStep(step, from)) throw new AppError('conflict', stepRefusal(step, from));
    if (step === 'resend') {
      const loaded = await loadChild(trx, current.child_id);
      const department =
        newDepartment ??
        (await trx
          .selectFrom('department')
          .selectAll()
          .where('id', '=', current.department_id)
          .executeTakeFirstOrThrow());
      const kind = department.kind;
      const data = current.child_data as { referrer: { name: string; phone: string | null } };
      const detail = input.detail?.trim() || current.detail;
      const dueOn = input.dueOn ?? defaultDueOn(kind, ctx.today);
      Object.assign(set, {
        department_id: department.id,
        detail,
        due_on: dueOn,
        sent_on: ctx.today,
        sent_at: ctx.now,
        sent_by: ctx.actor.id,
        sent_by_name: ctx.actor.name,
        sends: current.sends + 1,
        received_on: null,
        answered_on: null,
        answer: null,
        actions_taken: null,
        return_reason: null,
        // Refreshed: the child's file may have changed, and another kind needs other fields.
        child_data: JSON.stringify(
          minimumChildData(kind, {
            child: loaded.child,
            villageName: loaded.child.village_name,
            townshipName: loaded.child.township_name,
            caregiver: loaded.caregiver,
            parents: loaded.parents,
            referrer: data.referrer,
            asOf: ctx.today,
          }),
        ),
      });
      eventNote = note ?? (input.detail?.trim() || null);
      eventDetail = { departmentId: department.id, dueOn };
    }
    if (step === 'answer') eventDetail = { actionsTaken: set.actions_taken };
    await trx
      .updateTable('referral')
      .set({ ...set, status: rule.to, updated_at: ctx.now })
      .where('id', '=', id)
      .execute();
    await trx
      .insertInto('referral_event')
      .values({
        referral_id: id,
        // The referral's county, which is its child's (0084).
        county_code: trx.selectFrom('referral').select('county_code').where('id', '=', id),
        occurred_at: ctx.now,
        actor_id: ctx.actor.id,
        actor_name: ctx.actor.name,
        action: step,
        from_status: from,
        to_status: rule.to,
        note: eventNote,
        detail: eventDetail ? JSON.stringify(eventDetail) : null,
      })
      .execute();
    const child = await trx
      .selectFrom('child')
      .select('village_code')
      .where('id', '=', current.child_id)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: AUDIT_ACTION[step],
      entity: 'referral',
      entityId: id,
      childId: current.child_id,
      regionCode: child.village_code,
      changes: [
        { field: 'status', old: from, new: rule.to },
        ...Object.entries(set)
          .filter(([k]) => k !== 'child_data' && k !== 'sent_at')
          .map(([field, value]) => ({
            field,
            old: (current as Record<string, unknown>)[field] ?? null,
            new: value,
          })),
      ],
      detail: { note: eventNote },
    });
    if (step === 'answer' || step === 'return') {
      const department = await trx
        .selectFrom('department')
        .select('name')
        .where('id', '=', current.department_id)
        .executeTakeFirst();
      await notify(trx, {
        kind: 'referral_answered',
        childId: current.child_id,
        villageCode: child.village_code,
        entity: 'referral',
        entityId: id,
        message: `${department?.name ?? '接收部门'}${step === 'answer' ? '已答复报送' : '退回了报送'}`,
        actorId: ctx.actor.id,
      });
    }
  });
  return getReferral(ctx, id, { audit: false });
}

/** One referral with its history; the read is recorded on the child's file. */
function guardianPhoneShown(row: { child_data: unknown }): boolean {
  return Boolean((row.child_data as ReferralChildData | null)?.guardian?.phone);
}

export async function getReferral(ctx: TimedContext, id: string, options: { audit?: boolean } = {}) {
  requirePermission(ctx.actor, 'referral.read');
  const { row, responder } = await loadReferral(ctx.db, ctx.actor, id);
  const events = await ctx.db
    .selectFrom('referral_event')
    .selectAll()
    .where('referral_id', '=', id)
    .orderBy('id')
    .execute();
  if (options.audit !== false) {
    const child = await ctx.db
      .selectFrom('child')
      .select('village_code')
      .where('id', '=', row.child_id)
      .executeTakeFirstOrThrow();
    await recordAudit(ctx.db, ctx.actor, {
      action: 'referral.viewed',
      entity: 'referral',
      entityId: id,
      childId: row.child_id,
      regionCode: child.village_code,
      // The family's phone is what a department needs to act; who was shown it is on the file.
      ...(guardianPhoneShown(row) ? { detail: { shown: ['guardian.phone'] } } : {}),
    });
  }
  return referralDetail(row, events, ctx.today, { responder });
}
