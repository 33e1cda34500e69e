// Revealing one full ID number on a child's file (issue 16.1): one field of one child at a time, by a role with
// the right, with a reason chosen or typed, audited, and limited per user per hour. The number itself goes
// only into the response, never into the audit record or a log.
import { z } from 'zod';
import { AppError, notFound } from '../../shared/errors.ts';
import { requireChild } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { loadChild } from './repository.ts';
import type { ServiceContext } from '../../shared/service-context.ts';

/** Reveals per user in any rolling hour; enough for a day's casework, too few to walk a register. */
export const REVEALS_PER_HOUR = 20;

export const REVEAL_FIELDS = [
  'idNumber',
  'father.idNumber',
  'mother.idNumber',
  'caregiver.idNumber',
] as const;
export type RevealField = (typeof REVEAL_FIELDS)[number];

export const REVEAL_FIELD_NAMES: Record<RevealField, string> = {
  idNumber: '儿童身份证号码',
  'father.idNumber': '父亲身份证号码',
  'mother.idNumber': '母亲身份证号码',
  'caregiver.idNumber': '照护人身份证号码',
};

/** Reasons offered in the dialog; any other is typed. */
export const REVEAL_REASONS = [
  '办理救助或保障待遇',
  '核对户籍或学籍信息',
  '部门核实或转介',
  '强制报告或报警',
] as const;

export const revealInput = z.object({
  field: z.enum(REVEAL_FIELDS, { error: '请选择要查看的号码' }),
  reason: z
    .string({ error: '请写明查看理由' })
    .trim()
    .min(2, { error: '请写明查看理由' })
    .max(200, { error: '理由不超过200字' }),
});
export type RevealInput = z.infer<typeof revealInput>;

export async function revealIdNumber(
  ctx: ServiceContext,
  childId: string,
  input: RevealInput,
  now: Date,
): Promise<{ field: RevealField; value: string | null; remaining: number }> {
  await requireChild(ctx.db, ctx.actor, childId, 'child.id_number.reveal');
  if (!ctx.actor.id) throw new AppError('forbidden', '当前角色无权查看完整身份证号码');
  const userId = ctx.actor.id;
  return ctx.db.transaction().execute(async (trx) => {
    // Serialises one user's reveals so that parallel requests cannot each slip under the limit.
    await trx.selectFrom('app_user').select('id').where('id', '=', userId).forUpdate().execute();
    const since = new Date(now.getTime() - 3_600_000);
    const { used } = await trx
      .selectFrom('id_reveal')
      .select((eb) => eb.fn.countAll<number>().as('used'))
      .where('user_id', '=', userId)
      .where('revealed_at', '>', since)
      .executeTakeFirstOrThrow();
    if (Number(used) >= REVEALS_PER_HOUR)
      throw new AppError(
        'too_many_requests',
        `一小时内最多查看${REVEALS_PER_HOUR}次完整身份证号码，请稍后再试`,
      );
    const loaded = await loadChild(trx, childId);
    if (!loaded) throw notFound('儿童档案');
    const value = pick(loaded, input.field);
    await trx
      .insertInto('id_reveal')
      .values({
        user_id: userId,
        child_id: childId,
        county_code: loaded.child.county_code,
        field: input.field,
        reason: input.reason,
        revealed_at: now,
      })
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'child.id_number_revealed',
      entity: 'child',
      entityId: childId,
      childId,
      regionCode: loaded.child.village_code,
      detail: { field: input.field, fieldName: REVEAL_FIELD_NAMES[input.field], reason: input.reason },
    });
    return { field: input.field, value, remaining: REVEALS_PER_HOUR - Number(used) - 1 };
  });
}

function pick(loaded: NonNullable<Awaited<ReturnType<typeof loadChild>>>, field: RevealField): string | null {
  switch (field) {
    case 'idNumber':
      return loaded.child.id_number;
    case 'father.idNumber':
      return loaded.parents.find((p) => p.relation === 'father')?.id_number ?? null;
    case 'mother.idNumber':
      return loaded.parents.find((p) => p.relation === 'mother')?.id_number ?? null;
    case 'caregiver.idNumber':
      return loaded.caregiver?.id_number ?? null;
  }
}
