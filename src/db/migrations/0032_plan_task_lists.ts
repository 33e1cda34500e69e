// Every seed's task list in supervision (issue 19.6). A plan task now cites the seed paragraph it is (`source`:
// "003 §五.16"), and a plan's list can be loaded into a plan that already holds tasks added by hand, so task
// numbers are no longer unique within a plan (a hand-added task keeps its number beside the seed's); a seed task
// is there once per plan (unique source).
//
// Existing databases get the new lists here: a plan made before this migration without a list (only 江宁's
// existed) receives its own profile's, a plan made from a list gets its tasks' citations. Idempotent: a task
// whose citation is already in the plan is skipped, and a hand-added task with the seed task's title is taken
// to be that task (it gets the citation, keeps its number, status and measures) rather than doubled. The SQL
// here is this migration's own, so that later changes to the service cannot change what it did; it reads only
// the task lists, which are plain data.
import { sql, type Kysely } from 'kysely';
import { PLAN_TEMPLATES } from '../../modules/supervision/data/templates.ts';

interface PlanRow {
  id: string;
  policy: string;
  template: string | null;
}

interface TaskRow {
  id: string;
  task_no: number;
  title: string;
  source: string | null;
}

async function unitId(db: Kysely<unknown>, planId: string, name: string): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into plan_unit (plan_id, name) values (${planId}, ${name})
    on conflict (plan_id, name) do update set name = excluded.name
    returning id`.execute(db);
  return rows[0]!.id;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table plan_task add column source text`.execute(db);
  await sql`alter table plan_task drop constraint if exists plan_task_plan_id_task_no_key`.execute(db);
  await sql`create index plan_task_plan_no_idx on plan_task (plan_id, task_no)`.execute(db);
  await sql`create unique index plan_task_source_key on plan_task (plan_id, source) where source is not null`.execute(
    db,
  );

  const { rows: plans } = await sql<PlanRow>`select id, policy, template from action_plan`.execute(db);
  for (const plan of plans) {
    const list = PLAN_TEMPLATES[plan.template ?? plan.policy];
    if (!list) continue;
    const { rows: existing } = await sql<TaskRow>`
      select id, task_no, title, source from plan_task where plan_id = ${plan.id}`.execute(db);
    for (const action of list.actions)
      for (const task of action.tasks) {
        if (existing.some((t) => t.source === task.source)) continue;
        const same = existing.find((t) => t.source === null && t.title === task.title);
        if (same) {
          await sql`update plan_task set source = ${task.source} where id = ${same.id}`.execute(db);
          same.source = task.source;
          continue;
        }
        // A plan made from a list holds its tasks already (matched above); only a plan without one gets tasks.
        if (plan.template !== null) continue;
        const { rows } = await sql<{ id: string }>`
          insert into plan_task (plan_id, action_no, action_title, task_no, title, due_on, source)
          values (${plan.id}, ${action.no}, ${action.title}, ${task.no}, ${task.title}, ${task.dueOn ?? null},
                  ${task.source})
          returning id`.execute(db);
        let seq = 0;
        for (const m of task.measures) {
          const units: string[] = [];
          for (const name of m.units) units.push(await unitId(db, plan.id, name));
          await sql`
            insert into plan_measure (task_id, seq, text, unit_ids)
            values (${rows[0]!.id}, ${++seq}, ${m.text}, ${sql.val(units)}::uuid[])`.execute(db);
        }
      }
    if (plan.template === null)
      await sql`update action_plan set template = ${list.id} where id = ${plan.id}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index plan_task_source_key`.execute(db);
  await sql`drop index plan_task_plan_no_idx`.execute(db);
  await sql`alter table plan_task drop column source`.execute(db);
  // Fails where a list was loaded beside hand-added tasks of the same numbers: those plans need sorting first.
  await sql`alter table plan_task add constraint plan_task_plan_id_task_no_key unique (plan_id, task_no)`.execute(
    db,
  );
}
