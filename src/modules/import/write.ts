// Writes a chunk of planned children with one statement (or COPY) per table: the children — new ones
// inserted, registered ones updated in place on their id — then what hangs off them. Prepared in two steps:
// prepareWrites() does the JavaScript work (sealing, COPY text) and returns what sends it, so that the
// import can prepare the next chunk while the server writes this one.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { BulkWriter } from './bulk.ts';
import type { ChildPlan } from './plan.ts';
import { auditContextColumns } from '../audit/index.ts';

export async function prepareWrites(
  db: Kysely<DB>,
  bulk: BulkWriter,
  plans: readonly ChildPlan[],
): Promise<() => Promise<void>> {
  const steps: (() => Promise<void>)[] = [];
  const add = async (step: (() => Promise<void>) | null) => {
    if (step) steps.push(step);
    // Let the event loop in between two tables: a write in flight waits for nothing but its answer.
    await new Promise((resolve) => setImmediate(resolve));
  };
  // New children are plain inserts (COPY on PostgreSQL): their ids are new, and an ID number registered
  // meanwhile fails the unique index either way. Registered ones are updated in place.
  await add(
    await bulk.prepare(
      'child',
      plans.filter((p) => p.action === 'create').map((p) => p.child),
    ),
  );
  await add(
    await bulk.prepare(
      'child',
      plans.filter((p) => p.action === 'update').map((p) => p.child),
      { updateOn: 'id' },
    ),
  );

  const parentsReplaced = plans.filter((p) => p.action === 'update' && p.parents).map((p) => p.id);
  if (parentsReplaced.length)
    await add(async () => {
      await db.deleteFrom('child_parent').where('child_id', 'in', parentsReplaced).execute();
    });
  await add(
    await bulk.prepare(
      'child_parent',
      plans.flatMap((p) => p.parents ?? []),
    ),
  );

  const caregiverReplaced = plans
    .filter((p) => p.action === 'update' && p.caregiver !== undefined)
    .map((p) => p.id);
  if (caregiverReplaced.length)
    await add(async () => {
      await db.deleteFrom('child_caregiver').where('child_id', 'in', caregiverReplaced).execute();
    });
  await add(
    await bulk.prepare(
      'child_caregiver',
      plans.flatMap((p) => (p.caregiver ? [p.caregiver] : [])),
    ),
  );

  await add(
    await bulk.prepare(
      'intervention',
      plans.flatMap((p) => p.interventions),
    ),
  );
  await add(
    await bulk.prepare(
      'assessment',
      plans.flatMap((p) => (p.assessment ? [p.assessment] : [])),
    ),
  );
  await add(
    await bulk.prepare(
      'mandatory_report',
      plans.flatMap((p) => (p.report ? [p.report] : [])),
    ),
  );
  // The upload's request context (address, user agent, session, request id) on every record; none from the CLI.
  const context = auditContextColumns();
  await add(
    await bulk.prepare(
      'audit_event',
      plans.flatMap((p) => p.audits.map((a) => ({ ...a, ...context }))),
    ),
  );
  return async () => {
    for (const step of steps) await step();
  };
}
