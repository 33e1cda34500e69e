// 帮扶干预: assistance, placement, counselling, referral … recorded against a child. Annex 1 counts a child as
// intervened ("其中已干预") when it has at least one of these on or before the report date (003 附件1).
import { requireChild } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { refreshRedHandling, INTERVENTION_KIND_NAMES, type InterventionInput } from '../children/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { auditedChildList, childForRecord, checkDateFor } from './child-row.ts';
import { interventionView } from './views.ts';

export async function addIntervention(ctx: ServiceContext, childId: string, input: InterventionInput) {
  await requireChild(ctx.db, ctx.actor, childId, 'child.write');
  return ctx.db.transaction().execute(async (trx) => {
    const child = await childForRecord(trx, childId, { lock: false });
    checkDateFor(child, input.date, ctx.today, 'date', '干预日期');
    const row = await trx
      .insertInto('intervention')
      .values({
        child_id: childId,
        county_code: child.county_code,
        occurred_on: input.date,
        kind: input.kind,
        note: input.note?.trim() || null,
        recorded_by: ctx.actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'intervention.recorded',
      entity: 'intervention',
      entityId: row.id,
      childId,
      regionCode: child.village_code,
      changes: [
        { field: 'intervention', old: null, new: { date: row.occurred_on, kind: row.kind, note: row.note } },
      ],
      detail: { kindName: INTERVENTION_KIND_NAMES[input.kind] },
    });
    await refreshRedHandling(trx, childId, { actor: ctx.actor, asOf: ctx.today });
    return interventionView({ ...row, recorded_by_name: ctx.actor.name });
  });
}

export async function listInterventions(ctx: ServiceContext, childId: string) {
  const rows = await auditedChildList(ctx, childId, 'intervention.listed', () =>
    ctx.db
      .selectFrom('intervention')
      .leftJoin('app_user', 'app_user.id', 'intervention.recorded_by')
      .selectAll('intervention')
      .select('app_user.display_name as recorded_by_name')
      .where('intervention.child_id', '=', childId)
      .orderBy('intervention.occurred_on', 'desc')
      .orderBy('intervention.created_at', 'desc')
      .orderBy('intervention.id')
      .execute(),
  );
  return rows.map(interventionView);
}
