// Working the plan: tasks added, done or moved, the units' yearly progress reports, the inspections.
import type { IsoDate } from '../../domain/dates.ts';
import { fullCode, isUnder } from '../../domain/region-code.ts';
import { AppError, InputError, notFound } from '../../shared/errors.ts';
import { requirePermission } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { insertTask, requireKeeper, requirePlan } from './plans.ts';

export interface TaskInput {
  actionNo: number;
  actionTitle: string;
  taskNo?: number | null;
  title: string;
  dueOn?: IsoDate | null;
  measures: { text: string; units: string[] }[];
}

export async function addTask(
  ctx: ServiceContext,
  planId: string,
  input: TaskInput,
): Promise<{ id: string }> {
  requirePermission(ctx.actor, 'supervision.manage');
  const plan = await requirePlan(ctx.db, ctx.actor, planId);
  requireKeeper(ctx.actor, plan.region_code);
  return ctx.db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom('plan_task')
      .select((eb) => eb.fn.max('task_no').as('n'))
      .where('plan_id', '=', planId)
      .executeTakeFirst();
    const taskNo = input.taskNo ?? Number(last?.n ?? 0) + 1;
    const clash = await trx
      .selectFrom('plan_task')
      .select('id')
      .where('plan_id', '=', planId)
      .where('task_no', '=', taskNo)
      .executeTakeFirst();
    if (clash) throw new AppError('conflict', `已有第 ${taskNo} 项重点工作`, { field: 'taskNo' });
    const id = await insertTask(trx, planId, { ...input, taskNo });
    await recordAudit(trx, ctx.actor, {
      action: 'supervision.task_added',
      entity: 'plan_task',
      entityId: id,
      regionCode: plan.region_code,
      detail: { taskNo, title: input.title },
    });
    return { id };
  });
}

export interface TaskPatch {
  status?: 'open' | 'done';
  doneOn?: IsoDate | null;
  dueOn?: IsoDate | null;
  note?: string | null;
}

/** Marks a task done (on a date) or open again, moves its due date, notes its progress. */
export async function updateTask(ctx: ServiceContext, taskId: string, patch: TaskPatch): Promise<void> {
  requirePermission(ctx.actor, 'supervision.manage');
  const task = await ctx.db.selectFrom('plan_task').selectAll().where('id', '=', taskId).executeTakeFirst();
  if (!task) throw notFound('重点工作');
  const plan = await requirePlan(ctx.db, ctx.actor, task.plan_id);
  requireKeeper(ctx.actor, plan.region_code);
  const status = patch.status ?? task.status;
  const doneOn = status === 'done' ? (patch.doneOn ?? task.done_on ?? ctx.today) : null;
  if (doneOn && doneOn > ctx.today) throw new InputError('完成日期不能晚于今天', { field: 'doneOn' });
  const after = {
    status,
    done_on: doneOn,
    due_on: patch.dueOn === undefined ? task.due_on : patch.dueOn,
    note: patch.note === undefined ? task.note : patch.note,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('plan_task').set(after).where('id', '=', taskId).execute();
    await recordAudit(trx, ctx.actor, {
      action: 'supervision.task_updated',
      entity: 'plan_task',
      entityId: taskId,
      regionCode: plan.region_code,
      changes: (Object.keys(after) as (keyof typeof after)[])
        .filter((k) => after[k] !== task[k])
        .map((k) => ({ field: k, old: task[k], new: after[k] })),
    });
  });
}

export interface ReportInput {
  unitId?: string | null;
  unitName?: string | null;
  year: number;
  submittedOn?: IsoDate | null;
  content: string;
}

/** A responsible unit's progress report for a year; a second one for the same year replaces the first. */
export async function submitReport(
  ctx: ServiceContext,
  planId: string,
  input: ReportInput,
): Promise<{ id: string }> {
  requirePermission(ctx.actor, 'supervision.report');
  const plan = await requirePlan(ctx.db, ctx.actor, planId);
  requireKeeper(ctx.actor, plan.region_code);
  let q = ctx.db.selectFrom('plan_unit').select(['id', 'name']).where('plan_id', '=', planId);
  if (input.unitId) q = q.where('id', '=', input.unitId);
  else if (input.unitName) q = q.where('name', '=', input.unitName.trim());
  else throw new InputError('请指明责任单位', { field: 'unitId' });
  const unit = await q.executeTakeFirst();
  if (!unit)
    throw new InputError('该方案中没有这个责任单位', { field: input.unitId ? 'unitId' : 'unitName' });
  const submittedOn = input.submittedOn ?? ctx.today;
  if (submittedOn > ctx.today) throw new InputError('报送日期不能晚于今天', { field: 'submittedOn' });
  if (input.year > Number(submittedOn.slice(0, 4)))
    throw new InputError('不能提前报送以后年度的进展', { field: 'year' });
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('progress_report')
      .values({
        plan_id: planId,
        unit_id: unit.id,
        year: input.year,
        submitted_on: submittedOn,
        content: input.content,
        submitted_by: ctx.actor.id,
        submitted_by_name: ctx.actor.name,
      })
      .onConflict((oc) =>
        oc.columns(['unit_id', 'year']).doUpdateSet({
          submitted_on: submittedOn,
          content: input.content,
          submitted_by: ctx.actor.id,
          submitted_by_name: ctx.actor.name,
        }),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'supervision.report_submitted',
      entity: 'progress_report',
      entityId: row.id,
      regionCode: plan.region_code,
      detail: { unit: unit.name, year: input.year, submittedOn },
    });
    return { id: row.id };
  });
}

export interface InspectionInput {
  inspectedOn: IsoDate;
  inspector: string;
  regionCode?: string | null;
  method?: string | null;
  findings: string;
  followUp?: string | null;
}

/** An inspection of the plan's implementation (督促检查): when, by whom, where, what was found. */
export async function addInspection(
  ctx: ServiceContext,
  planId: string,
  input: InspectionInput,
): Promise<{ id: string }> {
  requirePermission(ctx.actor, 'supervision.manage');
  const plan = await requirePlan(ctx.db, ctx.actor, planId);
  requireKeeper(ctx.actor, plan.region_code);
  if (input.inspectedOn > ctx.today) throw new InputError('检查日期不能晚于今天', { field: 'inspectedOn' });
  let regionCode: string | null = null;
  if (input.regionCode) {
    regionCode = fullCode(input.regionCode);
    const found = await ctx.db
      .selectFrom('region')
      .select('code')
      .where('code', '=', regionCode)
      .executeTakeFirst();
    if (!found || !isUnder(regionCode, plan.region_code))
      throw new InputError(`区划 ${input.regionCode} 不在该方案的辖区内`, { field: 'regionCode' });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('plan_inspection')
      .values({
        plan_id: planId,
        inspected_on: input.inspectedOn,
        inspector: input.inspector,
        region_code: regionCode,
        method: input.method ?? null,
        findings: input.findings,
        follow_up: input.followUp ?? null,
        created_by: ctx.actor.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'supervision.inspected',
      entity: 'plan_inspection',
      entityId: id,
      regionCode: regionCode ?? plan.region_code,
      detail: { inspectedOn: input.inspectedOn, inspector: input.inspector },
    });
    return { id };
  });
}
