// 入户走访 / 联系: one record, and in the same transaction what it changes — the conditions found or resolved,
// the last visit and contact dates, the re-assessment (level, schedule, next due dates) and the audit trail.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { ContactTable, DB, LevelCode } from '../../db/schema.ts';
import { maxDate, todayInChina } from '../../domain/dates.ts';
import type { Condition, ParentStatus } from '../../domain/codes.ts';
import { factsConflicts } from '../../domain/facts.ts';
import { InputError } from '../../shared/errors.ts';
import { requireChild } from '../access/index.ts';
import { recordAudit, type FieldChange } from '../audit/index.ts';
import { reassessChild } from '../children/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { auditedChildList, childForRecord, checkDateFor, datedRecords, refuseIfExited } from './child-row.ts';
import { isClientIdCollision, storedByClientId } from './client-ids.ts';
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

/** Where the child stands after a contact: the answer to a new record and to a replayed one alike. */
async function standingAfter(db: Kysely<DB>, childId: string) {
  return db
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
}

function answer(
  row: Selectable<ContactTable>,
  after: Awaited<ReturnType<typeof standingAfter>>,
  result: { previousLevel: LevelCode | null; mandatoryReportOpened: boolean },
) {
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
}

/** The same record sent again (issue 17.2): answered as stored, nothing written. */
async function replay(ctx: ServiceContext, contactId: string) {
  const row = await ctx.db
    .selectFrom('contact')
    .selectAll()
    .where('id', '=', contactId)
    .executeTakeFirstOrThrow();
  const after = await standingAfter(ctx.db, row.child_id);
  return {
    replayed: true,
    ...answer(row, after, { previousLevel: after.level, mandatoryReportOpened: false }),
  };
}

/**
 * Records a visit or contact. With a client id already stored, the earlier record is answered instead
 * (`replayed: true`), so a phone may send its outbox again after a dropped connection.
 */
export async function recordContact(ctx: ServiceContext, childId: string, input: ContactInput) {
  await requireChild(ctx.db, ctx.actor, childId, 'child.write');
  const earlier = await storedByClientId(ctx.db, 'contact', input.clientId, childId);
  if (earlier) return replay(ctx, earlier.id);
  if (input.recordedAt && todayInChina(new Date(input.recordedAt)) > ctx.today)
    throw new InputError('记录时间不能晚于现在', { field: 'recordedAt' });
  try {
    return { replayed: false, ...(await insertContact(ctx, childId, input)) };
  } catch (error) {
    if (!isClientIdCollision(error)) throw error;
    const stored = await storedByClientId(ctx.db, 'contact', input.clientId, childId);
    if (!stored) throw error;
    return replay(ctx, stored.id);
  }
}

async function insertContact(ctx: ServiceContext, childId: string, input: ContactInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const child = await childForRecord(trx, childId, { lock: true });
    checkDateFor(child, input.occurredOn, ctx.today, 'occurredOn', '走访或联系日期');
    checkConditionChanges(input, child.conditions);
    const added: Condition[] = [...new Set(input.conditionsAdded)];
    const cleared: Condition[] = [...new Set(input.conditionsCleared)];
    const conditions = [
      ...child.conditions.filter((c) => !cleared.includes(c)),
      ...added.filter((c) => !child.conditions.includes(c)),
    ];
    // Every cleared code was checked to be present, so clearing any is a change.
    const conditionsChanged = cleared.length > 0 || added.some((c) => !child.conditions.includes(c));
    if (conditionsChanged) {
      refuseIfExited(child, '修改其情形');
      // Facts that contradict each other are refused here as on the child's file (issue 19).
      const parents = await trx
        .selectFrom('child_parent')
        .select(['relation', 'statuses'])
        .where('child_id', '=', childId)
        .execute();
      const { guardianship } = await trx
        .selectFrom('child')
        .select('guardianship')
        .where('id', '=', childId)
        .executeTakeFirstOrThrow();
      const conflict = factsConflicts({
        guardianship,
        parents: parents.map((p) => ({ relation: p.relation, statuses: p.statuses as ParentStatus[] })),
        conditions: conditions as Condition[],
      })[0];
      if (conflict) throw new InputError(`情况相互矛盾：${conflict.message}`, { field: 'conditionsAdded' });
    }

    const row = await trx
      .insertInto('contact')
      .values({
        child_id: childId,
        county_code: child.county_code,
        kind: input.kind,
        occurred_on: input.occurredOn,
        recorded_by: ctx.actor.id,
        worker_name: input.workerName?.trim() || ctx.actor.name,
        findings: JSON.stringify(storedFindings(input.findings)),
        conditions_added: added,
        conditions_cleared: cleared,
        note: input.note?.trim() || null,
        client_id: input.clientId ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();

    // The contact's insert trigger (migration 0071) has moved the child's last visit and contact forward to this
    // record's date where it is later (an old paper record back-entered today moves neither backwards); the
    // dates for the audit record follow from the row read under lock above, with no second write or read.
    const lastVisitOn =
      input.kind === 'visit' ? maxDate(child.last_visit_on, input.occurredOn) : child.last_visit_on;
    const lastContactOn = maxDate(child.last_contact_on, input.occurredOn);
    if (conditionsChanged) {
      const updated = await trx
        .updateTable('child')
        .set({ conditions, version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', childId)
        .returning('version')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, ctx.actor, {
        action: 'child.updated',
        entity: 'child',
        entityId: childId,
        childId,
        regionCode: child.village_code,
        changes: [{ field: 'conditions', old: child.conditions, new: conditions }],
        detail: { trigger: 'contact', contactId: row.id, version: updated.version },
      });
    }
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
    if (result.mandatoryReportOpened && input.recordedAt)
      await dateReportFromVisit(trx, childId, input.occurredOn, new Date(input.recordedAt));
    return answer(row, await standingAfter(trx, childId), result);
  });
}

/**
 * A red finding recorded offline opens its mandatory report when it reaches the server; the report's clock
 * starts at the visit (the day it took place, and the moment the phone recorded it when that was the same
 * day), not at the sync, which may be days later.
 */
async function dateReportFromVisit(trx: Kysely<DB>, childId: string, occurredOn: string, recordedAt: Date) {
  await trx
    .updateTable('mandatory_report')
    .set({
      discovered_on: occurredOn,
      discovered_at: todayInChina(recordedAt) === occurredOn ? recordedAt : null,
    })
    .where('child_id', '=', childId)
    .where('source', '=', 'auto')
    .where('status', '<>', 'closed')
    .execute();
}

/** A child's visits and contacts, newest first; the read is recorded like any read of the file. */
export async function listContacts(ctx: ServiceContext, childId: string) {
  const rows = await auditedChildList(ctx, childId, 'contact.listed', () =>
    datedRecords(ctx.db, 'contact', childId),
  );
  return rows.map(contactView);
}
