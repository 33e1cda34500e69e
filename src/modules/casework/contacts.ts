// 入户走访 / 联系: one record, and in the same transaction what it changes — the conditions found or resolved,
// the last visit and contact dates, the re-assessment (level, schedule, next due dates) and the audit trail.
import { sql } from 'kysely';
import { maxDate } from '../../domain/dates.ts';
import { InputError } from '../../shared/errors.ts';
import { requireChild } from '../access/scope.ts';
import { recordAudit, type FieldChange } from '../audit/audit.ts';
import { reassessChild } from '../children/reassess.ts';
import type { ServiceContext } from '../children/service.ts';
import { childForRecord, checkDateFor, refuseIfExited } from './child-row.ts';
import { FINDING_AREAS } from './codes.ts';
import type { ContactInput, FindingsInput } from './schemas.ts';
import { contactView } from './views.ts';

/** The areas that were looked at, each with its status and note (null when none was written). */
function storedFindings(findings: FindingsInput) {
  const stored: Record<string, { status: string; note: string | null }> = {};
  for (const area of FINDING_AREAS) {
    const f = findings[area];
    if (f) stored[area] = { status: f.status, note: f.note?.trim() || null };
  }
  return stored;
}

function checkConditionChanges(input: ContactInput, current: readonly string[]) {
  const both = input.conditionsCleared.findIndex((c) => input.conditionsAdded.includes(c));
  if (both >= 0)
    throw new InputError(`情形 "${input.conditionsCleared[both]}" 不能在同一次记录中既新增又消除`, {
      field: `conditionsCleared.${both}`,
    });
  const absent = input.conditionsCleared.findIndex((c) => !current.includes(c));
  if (absent >= 0)
    throw new InputError(`该儿童档案中没有情形 "${input.conditionsCleared[absent]}"，无需消除`, {
      field: `conditionsCleared.${absent}`,
    });
}

export async function recordContact(ctx: ServiceContext, childId: string, input: ContactInput) {
  await requireChild(ctx.db, ctx.actor, childId, 'child.write');
  return ctx.db.transaction().execute(async (trx) => {
    const child = await childForRecord(trx, childId, { lock: true });
    checkDateFor(child, input.occurredOn, ctx.today, 'occurredOn', '走访或联系日期');
    checkConditionChanges(input, child.conditions);
    const added: string[] = [...new Set(input.conditionsAdded)];
    const cleared: string[] = [...new Set(input.conditionsCleared)];
    const conditions = [
      ...child.conditions.filter((c) => !cleared.includes(c)),
      ...added.filter((c) => !child.conditions.includes(c)),
    ];
    // Every cleared code was checked to be present, so clearing any is a change.
    const conditionsChanged = cleared.length > 0 || added.some((c) => !child.conditions.includes(c));
    if (conditionsChanged) refuseIfExited(child, '修改其情形');

    const row = await trx
      .insertInto('contact')
      .values({
        child_id: childId,
        kind: input.kind,
        occurred_on: input.occurredOn,
        recorded_by: ctx.actor.id,
        worker_name: input.workerName?.trim() || ctx.actor.name,
        findings: JSON.stringify(storedFindings(input.findings)),
        conditions_added: added,
        conditions_cleared: cleared,
        note: input.note?.trim() || null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();

    // A visit is also a contact; an old paper record back-entered today never moves either date backwards.
    const lastVisitOn =
      input.kind === 'visit' ? maxDate(child.last_visit_on, input.occurredOn) : child.last_visit_on;
    const lastContactOn = maxDate(child.last_contact_on, input.occurredOn);
    const updated = await trx
      .updateTable('child')
      .set({
        last_visit_on: lastVisitOn,
        last_contact_on: lastContactOn,
        ...(conditionsChanged ? { conditions, version: sql`version + 1`, updated_at: sql`now()` } : {}),
      })
      .where('id', '=', childId)
      .returning('version')
      .executeTakeFirstOrThrow();

    if (conditionsChanged)
      await recordAudit(trx, ctx.actor, {
        action: 'child.updated',
        entity: 'child',
        entityId: childId,
        childId,
        regionCode: child.village_code,
        changes: [{ field: 'conditions', old: child.conditions, new: conditions }],
        detail: { trigger: 'contact', contactId: row.id, version: updated.version },
      });
    const dateChanges: FieldChange[] = [];
    if (lastVisitOn !== child.last_visit_on)
      dateChanges.push({ field: 'last_visit_on', old: child.last_visit_on, new: lastVisitOn });
    if (lastContactOn !== child.last_contact_on)
      dateChanges.push({ field: 'last_contact_on', old: child.last_contact_on, new: lastContactOn });
    await recordAudit(trx, ctx.actor, {
      action: 'contact.recorded',
      entity: 'contact',
      entityId: row.id,
      childId,
      regionCode: child.village_code,
      changes: dateChanges,
      detail: {
        kind: row.kind,
        occurredOn: row.occurred_on,
        workerName: row.worker_name,
        conditionsAdded: added,
        conditionsCleared: cleared,
      },
    });

    const result = await reassessChild(trx, childId, {
      actor: ctx.actor,
      asOf: ctx.today,
      trigger: 'contact',
    });
    const after = await trx
      .selectFrom('child')
      .select([
        'version',
        'level',
        'immediate',
        'last_visit_on',
        'last_contact_on',
        'next_visit_due',
        'next_contact_due',
        'next_due',
      ])
      .where('id', '=', childId)
      .executeTakeFirstOrThrow();
    return {
      id: row.id,
      contact: contactView(row),
      version: after.version,
      previousLevel: result.previousLevel,
      level: after.level,
      immediate: after.immediate,
      mandatoryReportOpened: result.mandatoryReportOpened,
      lastVisitOn: after.last_visit_on,
      lastContactOn: after.last_contact_on,
      nextVisitDue: after.next_visit_due,
      nextContactDue: after.next_contact_due,
      nextDue: after.next_due,
    };
  });
}

/** A child's visits and contacts, newest first; the read is recorded like any read of the file. */
export async function listContacts(ctx: ServiceContext, childId: string) {
  await requireChild(ctx.db, ctx.actor, childId, 'child.read');
  const rows = await ctx.db
    .selectFrom('contact')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('occurred_on', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  const child = await childForRecord(ctx.db, childId, { lock: false });
  await recordAudit(ctx.db, ctx.actor, {
    action: 'contact.listed',
    entity: 'child',
    entityId: childId,
    childId,
    regionCode: child.village_code,
  });
  return rows.map(contactView);
}
