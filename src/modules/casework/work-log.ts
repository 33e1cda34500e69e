// 工作日志: what was done for a child between visits (calls to the school, a word with the caregiver, an
// application filed), kept with the child's file (003 §五.8, 004 §三.8, 002 "工作日志").
import { requireChild } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { auditedChildList, childForRecord, checkDateFor, datedRecords } from './child-row.ts';
import { isClientIdCollision, storedByClientId } from './client-ids.ts';
import type { WorkLogInput } from './schemas.ts';
import { workLogView } from './views.ts';

/** Adds a work-log entry; one already stored under the same client id is answered instead (`replayed`). */
export async function addWorkLog(ctx: ServiceContext, childId: string, input: WorkLogInput) {
  await requireChild(ctx.db, ctx.actor, childId, 'child.write');
  const replay = async (id: string) => ({
    replayed: true,
    log: workLogView(
      await ctx.db.selectFrom('work_log').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    ),
  });
  const earlier = await storedByClientId(ctx.db, 'work_log', input.clientId, childId);
  if (earlier) return replay(earlier.id);
  try {
    return { replayed: false, log: await insertWorkLog(ctx, childId, input) };
  } catch (error) {
    if (!isClientIdCollision(error)) throw error;
    const stored = await storedByClientId(ctx.db, 'work_log', input.clientId, childId);
    if (!stored) throw error;
    return replay(stored.id);
  }
}

async function insertWorkLog(ctx: ServiceContext, childId: string, input: WorkLogInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const child = await childForRecord(trx, childId, { lock: false });
    checkDateFor(child, input.occurredOn, ctx.today, 'occurredOn', '工作日期');
    const row = await trx
      .insertInto('work_log')
      .values({
        child_id: childId,
        county_code: child.county_code,
        occurred_on: input.occurredOn,
        author_id: ctx.actor.id,
        author_name: input.authorName?.trim() || ctx.actor.name,
        content: input.content,
        client_id: input.clientId ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'work_log.recorded',
      entity: 'work_log',
      entityId: row.id,
      childId,
      regionCode: child.village_code,
      changes: [
        {
          field: 'work_log',
          old: null,
          new: { occurredOn: row.occurred_on, authorName: row.author_name, content: row.content },
        },
      ],
    });
    return workLogView(row);
  });
}

export async function listWorkLogs(ctx: ServiceContext, childId: string) {
  const rows = await auditedChildList(ctx, childId, 'work_log.listed', () =>
    datedRecords(ctx.db, 'work_log', childId),
  );
  return rows.map(workLogView);
}
