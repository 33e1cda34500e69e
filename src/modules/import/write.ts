// Writes a chunk of planned children with one statement (or COPY) per table: the children — new ones
// inserted, registered ones updated in place on their id — then what hangs off them.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { BulkWriter } from './bulk.ts';
import type { ChildPlan } from './plan.ts';
import { auditContextColumns } from '../audit/index.ts';

export async function writePlans(
  db: Kysely<DB>,
  bulk: BulkWriter,
  plans: readonly ChildPlan[],
): Promise<void> {
  // New children are plain inserts (COPY on PostgreSQL): their ids are new, and an ID number registered
  // meanwhile fails the unique index either way. Registered ones are updated in place.
  await bulk.insert(
    'child',
    plans.filter((p) => p.action === 'create').map((p) => p.child),
  );
  await bulk.insert(
    'child',
    plans.filter((p) => p.action === 'update').map((p) => p.child),
    { upsertOn: 'id' },
  );

  const parentsReplaced = plans.filter((p) => p.action === 'update' && p.parents).map((p) => p.id);
  if (parentsReplaced.length)
    await db.deleteFrom('child_parent').where('child_id', 'in', parentsReplaced).execute();
  await bulk.insert(
    'child_parent',
    plans.flatMap((p) => p.parents ?? []),
  );

  const caregiverReplaced = plans
    .filter((p) => p.action === 'update' && p.caregiver !== undefined)
    .map((p) => p.id);
  if (caregiverReplaced.length)
    await db.deleteFrom('child_caregiver').where('child_id', 'in', caregiverReplaced).execute();
  await bulk.insert(
    'child_caregiver',
    plans.flatMap((p) => (p.caregiver ? [p.caregiver] : [])),
  );

  await bulk.insert(
    'intervention',
    plans.flatMap((p) => p.interventions),
  );
  await bulk.insert(
    'assessment',
    plans.flatMap((p) => (p.assessment ? [p.assessment] : [])),
  );
  await bulk.insert(
    'mandatory_report',
    plans.flatMap((p) => (p.report ? [p.report] : [])),
  );
  // The upload's request context (address, user agent, session, request id) on every record; none from the CLI.
  const context = auditContextColumns();
  await bulk.insert(
    'audit_event',
    plans.flatMap((p) => p.audits.map((a) => ({ ...a, ...context }))),
  );
}
