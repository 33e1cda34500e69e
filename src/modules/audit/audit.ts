// The audit trail: every change to a child's file (who, when, what, old and new values), written in the
// same transaction as the change, and every read of a child's file.
import type { Insertable, Kysely } from 'kysely';
import type { AuditEventTable, DB } from '../../db/schema.ts';
import type { Actor } from '../access/index.ts';
import { auditContextColumns, currentAuditContext } from './context.ts';

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  childId?: string | null;
  regionCode?: string | null;
  changes?: FieldChange[];
  detail?: Record<string, unknown>;
}

/**
 * Writes one record. The request's context (client address, user agent, session hash, request id) comes from
 * the audit context of the request being served, if any; the chain fields are set by the database's trigger.
 * Write it last in a transaction: the chain head stays locked from this insert to the commit.
 */
export async function recordAudit(db: Kysely<DB>, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.insertInto('audit_event').values(auditRow(actor, entry)).execute();
}

/** One record's row, with the context of the request being served (counted as written by it). */
export function auditRow(actor: Actor, entry: AuditEntry): Insertable<AuditEventTable> {
  const context = currentAuditContext();
  if (context) context.written++;
  return {
    actor_id: actor.id,
    actor_name: actor.name,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId ?? null,
    child_id: entry.childId ?? null,
    region_code: entry.regionCode ?? null,
    changes: entry.changes ? JSON.stringify(entry.changes) : null,
    detail: entry.detail ? JSON.stringify(entry.detail) : null,
    ...auditContextColumns(context),
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields whose values differ between two versions of a record, with both values. */
export function diff<T extends object>(
  before: Partial<T> | null | undefined,
  after: Partial<T>,
  fields?: (keyof T)[],
): FieldChange[] {
  const keys = fields ?? ([...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])] as (keyof T)[]);
  const changes: FieldChange[] = [];
  for (const key of keys) {
    const old = before ? before[key] : undefined;
    const next = after[key];
    if (!same(old, next)) changes.push({ field: String(key), old: old ?? null, new: next ?? null });
  }
  return changes;
}
