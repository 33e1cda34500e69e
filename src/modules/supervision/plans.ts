// Three-year action plans (DOMAIN.md §8): a county's (or city's) plan with the phases of its profile and its
// tasks, measures and responsible units (江宁's list as a starting point). A plan is seen by those inside
// its region and those above it, and kept by the bureau whose region covers it.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { fullCode, isUnder, shortCode } from '../../domain/region-code.ts';
import { profileForRegion } from '../../policies/index.ts';
import { AppError, InputError, notFound } from '../../shared/errors.ts';
import { actorCovers, regionPrefix, type Actor, requirePermission } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { regionVisible } from '../workforce/index.ts';
import { phasesFor } from './data/phases.ts';
import type { PlanTemplate } from './data/template.ts';
import { PLAN_TEMPLATES } from './data/templates.ts';

export async function requirePlan(db: Kysely<DB>, actor: Actor, planId: string) {
  const plan = await db.selectFrom('action_plan').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!plan || !regionVisible(actor, plan.region_code)) throw notFound('行动方案');
  return plan;
}

/** The plan must be the actor's to keep: within the actor's own region. */
export function requireKeeper(actor: Actor, regionCode: string): void {
  if (!actorCovers(actor, regionCode)) throw new AppError('forbidden', '只能维护本辖区的行动方案');
}

async function unitIds(trx: Kysely<DB>, planId: string, names: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const row = await trx
      .insertInto('plan_unit')
      .values({ plan_id: planId, name })
      .onConflict((oc) => oc.columns(['plan_id', 'name']).doUpdateSet({ name }))
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}

export async function insertTask(
  trx: Kysely<DB>,
  planId: string,
  task: {
    actionNo: number;
    actionTitle: string;
    taskNo: number;
    title: string;
    dueOn?: IsoDate | null;
    /** The seed paragraph, for a task of a seed's list. */
    source?: string | null;
    measures: { text: string; units: string[] }[];
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('plan_task')
    .values({
      plan_id: planId,
      action_no: task.actionNo,
      action_title: task.actionTitle,
      task_no: task.taskNo,
      title: task.title,
      due_on: task.dueOn ?? null,
      done_on: null,
      source: task.source ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  let seq = 0;
  for (const m of task.measures)
    await trx
      .insertInto('plan_measure')
      .values({ task_id: id, seq: ++seq, text: m.text, unit_ids: await unitIds(trx, planId, m.units) })
      .execute();
  return id;
}

export interface PlanInput {
  regionCode: string;
  title?: string | null;
  /** Start from a seed's task list (jiangning, tiedong, songjiang, puning, zhuzhou). */
  template?: string | null;
}

/** A region's plan, with the phases of its profile and, if asked, a task list to start from. */
export async function createPlan(
  ctx: ServiceContext,
  input: PlanInput,
): Promise<{ id: string; tasks: number }> {
  requirePermission(ctx.actor, 'supervision.manage');
  const regionCode = fullCode(input.regionCode);
  const region = await ctx.db
    .selectFrom('region')
    .select(['name', 'level'])
    .where('code', '=', regionCode)
    .executeTakeFirst();
  if (!region || !['county', 'city', 'province'].includes(region.level))
    throw new InputError(`区划 ${input.regionCode} 不存在或不是县级以上区划`, { field: 'regionCode' });
  requireKeeper(ctx.actor, regionCode);
  const template = input.template ? findTemplate(input.template) : undefined;
  const profile = profileForRegion(regionCode);
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('action_plan')
      .select('id')
      .where('region_code', '=', regionCode)
      .executeTakeFirst();
    if (existing) throw new AppError('conflict', `${region.name}已有行动方案`, { field: 'regionCode' });
    const { id } = await trx
      .insertInto('action_plan')
      .values({
        region_code: regionCode,
        policy: profile.id,
        title:
          input.title?.trim() ||
          template?.title ||
          `${region.name}农村留守儿童和困境儿童关爱服务质量提升三年行动`,
        template: template?.id ?? null,
        created_by: ctx.actor.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    let seq = 0;
    for (const p of phasesFor(profile.id))
      await trx
        .insertInto('plan_phase')
        .values({
          plan_id: id,
          seq: ++seq,
          key: p.key,
          name: p.name,
          starts_on: p.startsOn,
          ends_on: p.endsOn,
          text: p.text,
          source: p.source,
        })
        .execute();
    const tasks = template ? (await addListTasks(trx, id, template)).added : 0;
    await recordAudit(trx, ctx.actor, {
      action: 'supervision.plan_created',
      entity: 'action_plan',
      entityId: id,
      regionCode,
      detail: { template: template?.id ?? null, tasks },
    });
    return { id, tasks };
  });
}

export function findTemplate(name: string): PlanTemplate {
  const template = PLAN_TEMPLATES[name];
  if (!template)
    throw new InputError(`没有任务清单 "${name}"（可用：${Object.keys(PLAN_TEMPLATES).join('、')}）`, {
      field: 'template',
    });
  return template;
}

/**
 * Puts a seed's list into a plan: every task whose citation the plan lacks, with its measures, units and the
 * seed's own due date. A task added by hand under the seed task's title is taken to be it (it gets the
 * citation) rather than doubled; a hand-added task keeps its number beside the seed's.
 */
export async function addListTasks(
  trx: Kysely<DB>,
  planId: string,
  template: PlanTemplate,
): Promise<{ added: number; matched: number }> {
  const existing = await trx
    .selectFrom('plan_task')
    .select(['id', 'title', 'source'])
    .where('plan_id', '=', planId)
    .execute();
  let added = 0;
  let matched = 0;
  for (const action of template.actions)
    for (const task of action.tasks) {
      if (existing.some((t) => t.source === task.source)) continue;
      const same = existing.find((t) => t.source === null && t.title === task.title);
      if (same) {
        await trx.updateTable('plan_task').set({ source: task.source }).where('id', '=', same.id).execute();
        same.source = task.source;
        matched += 1;
        continue;
      }
      await insertTask(trx, planId, {
        actionNo: action.no,
        actionTitle: action.title,
        taskNo: task.no,
        title: task.title,
        dueOn: task.dueOn ?? null,
        source: task.source,
        measures: task.measures,
      });
      added += 1;
    }
  return { added, matched };
}

/** Loads a seed's task list into an existing plan (by default the list of the plan's own profile). Idempotent. */
export async function loadTaskList(
  ctx: ServiceContext,
  planId: string,
  name?: string | null,
): Promise<{ template: string; added: number; matched: number }> {
  requirePermission(ctx.actor, 'supervision.manage');
  const plan = await requirePlan(ctx.db, ctx.actor, planId);
  requireKeeper(ctx.actor, plan.region_code);
  const template = findTemplate(name ?? plan.template ?? plan.policy);
  return ctx.db.transaction().execute(async (trx) => {
    const result = await addListTasks(trx, planId, template);
    if (plan.template === null)
      await trx.updateTable('action_plan').set({ template: template.id }).where('id', '=', planId).execute();
    if (result.added || result.matched)
      await recordAudit(trx, ctx.actor, {
        action: 'supervision.task_list_loaded',
        entity: 'action_plan',
        entityId: planId,
        regionCode: plan.region_code,
        detail: { template: template.id, ...result },
      });
    return { template: template.id, ...result };
  });
}

/** The task lists there are, the one of the region's own profile marked. */
export function listTemplates(ctx: ServiceContext, region?: string) {
  requirePermission(ctx.actor, 'supervision.read');
  const code = region ?? (regionPrefix(ctx.actor) || ctx.deploymentRegion);
  const own = code ? profileForRegion(code).id : null;
  return {
    items: Object.values(PLAN_TEMPLATES).map((t) => ({
      id: t.id,
      title: t.title,
      source: t.source,
      tasks: t.actions.reduce((n, a) => n + a.tasks.length, 0),
      own: t.id === own,
    })),
  };
}

/** Plans of the actor's region, those under it, and the one above it. */
export async function listPlans(ctx: ServiceContext, region?: string) {
  requirePermission(ctx.actor, 'supervision.read');
  const rows = await ctx.db
    .selectFrom('action_plan')
    .leftJoin('region', 'region.code', 'action_plan.region_code')
    .select([
      'action_plan.id',
      'action_plan.region_code',
      'action_plan.policy',
      'action_plan.title',
      'action_plan.template',
      'region.name as region_name',
    ])
    .orderBy('action_plan.region_code')
    .execute();
  return {
    items: rows
      .filter((p) => regionVisible(ctx.actor, p.region_code))
      .filter((p) => !region || isUnder(p.region_code, region) || isUnder(region, p.region_code))
      .map((p) => ({
        id: p.id,
        regionCode: p.region_code,
        regionName: p.region_name,
        policy: p.policy,
        title: p.title,
        template: p.template,
      })),
  };
}

interface PlanTaskView {
  id: string;
  no: number;
  title: string;
  source: string | null;
  dueOn: string | null;
  status: 'open' | 'done';
  doneOn: string | null;
  note: string | null;
  measures: { seq: number; text: string; units: string[] }[];
}

/** The whole plan: phases, actions with their tasks, measures and units, reports and inspections. */
export async function getPlan(ctx: ServiceContext, planId: string) {
  requirePermission(ctx.actor, 'supervision.read');
  const plan = await requirePlan(ctx.db, ctx.actor, planId);
  const [phases, tasks, measures, units, reports, inspections] = await Promise.all([
    ctx.db.selectFrom('plan_phase').selectAll().where('plan_id', '=', planId).orderBy('seq').execute(),
    ctx.db
      .selectFrom('plan_task')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('task_no')
      .orderBy(sql`source is null`)
      .execute(),
    ctx.db
      .selectFrom('plan_measure')
      .innerJoin('plan_task', 'plan_task.id', 'plan_measure.task_id')
      .selectAll('plan_measure')
      .where('plan_task.plan_id', '=', planId)
      .orderBy('plan_measure.seq')
      .execute(),
    ctx.db.selectFrom('plan_unit').selectAll().where('plan_id', '=', planId).orderBy('name').execute(),
    ctx.db
      .selectFrom('progress_report')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('year', 'desc')
      .orderBy('submitted_on')
      .execute(),
    ctx.db
      .selectFrom('plan_inspection')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('inspected_on', 'desc')
      .execute(),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const actions = new Map<number, { no: number; title: string; tasks: PlanTaskView[] }>();
  for (const t of tasks) {
    const action = actions.get(t.action_no) ?? { no: t.action_no, title: t.action_title, tasks: [] };
    action.tasks.push({
      id: t.id,
      no: t.task_no,
      title: t.title,
      source: t.source,
      dueOn: t.due_on,
      status: t.status,
      doneOn: t.done_on,
      note: t.note,
      measures: measures
        .filter((m) => m.task_id === t.id)
        .map((m) => ({ seq: m.seq, text: m.text, units: m.unit_ids.map((u) => unitName.get(u) ?? u) })),
    });
    actions.set(t.action_no, action);
  }
  return {
    id: plan.id,
    regionCode: plan.region_code,
    policy: plan.policy,
    title: plan.title,
    template: plan.template,
    phases: phases.map((p) => ({
      key: p.key,
      name: p.name,
      startsOn: p.starts_on,
      endsOn: p.ends_on,
      text: p.text,
      source: p.source,
    })),
    actions: [...actions.values()].sort((a, b) => a.no - b.no),
    units: units.map((u) => ({ id: u.id, name: u.name })),
    reports: reports.map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      unitName: unitName.get(r.unit_id) ?? null,
      year: r.year,
      submittedOn: r.submitted_on,
      content: r.content,
      submittedBy: r.submitted_by_name,
    })),
    inspections: inspections.map((i) => ({
      id: i.id,
      inspectedOn: i.inspected_on,
      inspector: i.inspector,
      regionCode: i.region_code,
      method: i.method,
      findings: i.findings,
      followUp: i.follow_up,
    })),
  };
}

/** The plans the overview covers: the one of the asked region (or the actor's) and those under it. */
export async function plansFor(ctx: ServiceContext, region: string | undefined) {
  const code = region ?? (regionPrefix(ctx.actor) || ctx.deploymentRegion);
  if (!code) throw new InputError('请指定区划', { field: 'region' });
  if (!regionVisible(ctx.actor, code)) throw notFound('区划');
  const prefix = shortCode(code);
  const rows = await ctx.db.selectFrom('action_plan').selectAll().orderBy('region_code').execute();
  return rows.filter(
    (p) =>
      regionVisible(ctx.actor, p.region_code) &&
      (isUnder(p.region_code, prefix) || isUnder(prefix, p.region_code)),
  );
}
