// Writes a chunk of planned children with one statement (or COPY) per table: the children — new ones
// inserted, registered ones updated in place on their id — then what hangs off them. In two steps:
// encodeWrites() does the JavaScript work (sealing, COPY text) from the plans alone, on the judging thread
// (this one, or the import's worker: judge-thread.ts), and sendWrites() sends it on the transaction, so that
// the next chunk is prepared while the server writes this one.
import type { AuditContextColumns } from '../audit/index.ts';
import type { BulkEncoder, BulkWriter, Encoded } from './bulk.ts';
import type { ChildPlan } from './plan.ts';

/**
 * The chunk's tables, encoded in the order they must be written. `pause` is awaited between two tables (the
 * main thread lets its event loop in, so that a write in flight waits for nothing but its answer).
 */
export async function encodeWrites(
  encoder: BulkEncoder,
  plans: readonly ChildPlan[],
  auditContext: AuditContextColumns,
  pause: () => Promise<void>,
): Promise<Encoded[]> {
  const steps: Encoded[] = [];
  const add = async (step: Encoded | null) => {
    if (step) steps.push(step);
    await pause();
  };
  // New children are plain inserts (COPY on PostgreSQL): their ids are new, and an ID number registered
  // meanwhile fails the unique index either way. Registered ones are updated in place.
  await add(
    encoder.encode(
      'child',
      plans.filter((p) => p.action === 'create').map((p) => p.child),
    ),
  );
  await add(
    encoder.encode(
      'child',
      plans.filter((p) => p.action === 'update').map((p) => p.child),
      { updateOn: 'id' },
    ),
  );

  const parentsReplaced = plans.filter((p) => p.action === 'update' && p.parents).map((p) => p.id);
  if (parentsReplaced.length)
    steps.push({ kind: 'delete', table: 'child_parent', childIds: parentsReplaced });
  await add(
    encoder.encode(
      'child_parent',
      plans.flatMap((p) => p.parents ?? []),
    ),
  );

  const caregiverReplaced = plans
    .filter((p) => p.action === 'update' && p.caregiver !== undefined)
    .map((p) => p.id);
  if (caregiverReplaced.length)
    steps.push({ kind: 'delete', table: 'child_caregiver', childIds: caregiverReplaced });
  await add(
    encoder.encode(
      'child_caregiver',
      plans.flatMap((p) => (p.caregiver ? [p.caregiver] : [])),
    ),
  );

  await add(
    encoder.encode(
      'intervention',
      plans.flatMap((p) => p.interventions),
    ),
  );
  await add(
    encoder.encode(
      'assessment',
      plans.flatMap((p) => (p.assessment ? [p.assessment] : [])),
    ),
  );
  await add(
    encoder.encode(
      'mandatory_report',
      plans.flatMap((p) => (p.report ? [p.report] : [])),
    ),
  );
  // The upload's request context (address, user agent, session, request id) on every record; none from the CLI.
  await add(
    encoder.encode(
      'audit_event',
      plans.flatMap((p) => p.audits.map((a) => ({ ...a, ...auditContext }))),
    ),
  );
  return steps;
}

/** What writes the encoded tables on the transaction, one after another. */
export function sendWrites(bulk: BulkWriter, encoded: readonly Encoded[]): () => Promise<void> {
  const steps = encoded.map((e) => bulk.send(e));
  return async () => {
    for (const step of steps) await step();
  };
}
