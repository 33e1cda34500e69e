// What confirming a finding changes in a child's file, through the register's own service so that each
// change is checked, audited and re-assessed exactly as an edit by hand would be.
import type { Condition } from '../../domain/codes.ts';
import { maxDate } from '../../domain/dates.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { exitChild, updateChild } from '../children/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';

async function current(ctx: ServiceContext, childId: string) {
  const child = await ctx.db
    .selectFrom('child')
    .select(['conditions', 'version', 'status', 'registered_on', 'level'])
    .where('id', '=', childId)
    .executeTakeFirst();
  if (!child) throw notFound('儿童档案');
  if (child.status !== 'active') throw new AppError('conflict', '该儿童已退出登记，档案不可修改');
  return child;
}

async function replaceConditions(
  ctx: ServiceContext,
  childId: string,
  next: (conditions: string[]) => string[],
  extra: { disabilityGrade?: number | null; disabilityCategory?: string | null } = {},
) {
  const child = await current(ctx, childId);
  const conditions = [...new Set(next(child.conditions))] as Condition[];
  const result = await updateChild(ctx, childId, { version: child.version, conditions, ...extra }, 'edit');
  return {
    conditionsBefore: child.conditions,
    conditionsAfter: conditions,
    levelBefore: child.level,
    level: result.level,
  };
}

export function addConditions(ctx: ServiceContext, childId: string, add: Condition[]) {
  return replaceConditions(ctx, childId, (c) => [...c, ...add]);
}

export function removeConditions(ctx: ServiceContext, childId: string, remove: Condition[]) {
  return replaceConditions(ctx, childId, (c) => c.filter((x) => !(remove as string[]).includes(x)));
}

export function setSevereDisability(
  ctx: ServiceContext,
  childId: string,
  certificate: { severe: boolean; grade: number; category: string | null },
) {
  return replaceConditions(
    ctx,
    childId,
    (c) => (certificate.severe ? [...c, 'disability.severe'] : c.filter((x) => x !== 'disability.severe')),
    { disabilityGrade: certificate.grade, disabilityCategory: certificate.category },
  );
}

/**
 * Takes the child off the register as deceased on the roster's date of death; a date after today or before
 * the child's registration (a late or early record) gives way to today or the registration date.
 */
export async function exitDeceased(
  ctx: ServiceContext,
  childId: string,
  deathDate: string | null,
  note: string,
) {
  const child = await current(ctx, childId);
  let exitedOn = deathDate && deathDate <= ctx.today ? deathDate : ctx.today;
  exitedOn = maxDate(exitedOn, child.registered_on) ?? ctx.today;
  await exitChild(ctx, childId, { reason: 'deceased', exitedOn, note, version: child.version });
  return { exitedOn, alreadyExited: false };
}
