// Verifying a finding (核实): the township confirms it, and the rule acts on the register (a death takes the
// child off it, a dropout adds the condition and goes to 教育, …), or dismisses it with a reason. The
// register's change runs through the register's own service (its transaction, audit and re-assessment);
// the finding is closed after it, only if still open, so two people verifying at once cannot both act.
import { sql } from 'kysely';
import { AppError, InputError } from '../../shared/errors.ts';
import { requirePermission } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import type { Outcome } from './rule.ts';
import { findRule } from './rules/index.ts';
import { getFinding, loadFinding } from './worklist.ts';

async function close(
  ctx: ServiceContext,
  id: string,
  change: { status: 'confirmed' | 'dismissed'; note: string | null; outcome: Outcome },
  finding: { child_id: string | null; region_code: string; finding: string; roster_kind: string },
) {
  await ctx.db.transaction().execute(async (trx) => {
    const closed = await trx
      .updateTable('comparison_finding')
      .set({
        status: change.status,
        note: change.note,
        outcome: JSON.stringify(change.outcome),
        verified_by: ctx.actor.id,
        verified_by_name: ctx.actor.name,
        verified_at: sql`now()`,
      })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .returning('id')
      .executeTakeFirst();
    if (!closed) throw new AppError('conflict', '该比对结果已由他人核实');
    await recordAudit(trx, ctx.actor, {
      action: `comparison_finding.${change.status}`,
      entity: 'comparison_finding',
      entityId: id,
      childId: finding.child_id,
      regionCode: finding.region_code,
      changes: [
        { field: 'status', old: 'open', new: change.status },
        ...(change.note ? [{ field: 'note', old: null, new: change.note }] : []),
      ],
      detail: { rosterKind: finding.roster_kind, finding: finding.finding, outcome: change.outcome },
    });
  });
}

async function openFinding(ctx: ServiceContext, id: string) {
  requirePermission(ctx.actor, 'comparison.verify');
  const finding = await loadFinding(ctx.db, ctx.actor, id);
  if (finding.status !== 'open') throw new AppError('conflict', '该比对结果已核实，不能重复处理');
  return finding;
}

export async function confirmFinding(ctx: ServiceContext, id: string, input: { note?: string | null }) {
  const finding = await openFinding(ctx, id);
  const note = input.note?.trim() || null;
  const act = findRule(finding.roster_kind)?.onConfirm?.[finding.finding];
  const outcome: Outcome = act
    ? await act(
        ctx,
        {
          id,
          finding: finding.finding,
          childId: finding.child_id,
          rosterRow: (finding.roster_row ?? {}) as Record<string, unknown>,
          rowNumber: finding.row_number,
          fileName: finding.file_name,
          asOf: finding.as_of,
        },
        note,
      )
    : { action: 'recorded' };
  await close(ctx, id, { status: 'confirmed', note, outcome }, finding);
  return getFinding(ctx, id);
}

export async function dismissFinding(ctx: ServiceContext, id: string, input: { reason?: string | null }) {
  const finding = await openFinding(ctx, id);
  const reason = input.reason?.trim();
  if (!reason) throw new InputError('排除比对结果须写明理由', { field: 'reason' });
  await close(ctx, id, { status: 'dismissed', note: reason, outcome: { action: 'dismissed' } }, finding);
  return getFinding(ctx, id);
}
