// Writes a planned demo county in the caller's transaction, in batched multi-row inserts: one statement
// per few thousand rows rather than one service call per child, so that `npm start` stays quick.
import { randomUUID } from 'node:crypto';
import { sql, type Insertable, type Kysely } from 'kysely';
import type { AuditEventTable, DB } from '../../db/schema.ts';
import type { Actor } from '../access/index.ts';
import type { DemoPlan } from './plan.ts';

/** Parameters per statement, well under PostgreSQL's 65,535. */
const PARAMETERS_PER_STATEMENT = 30_000;

async function insertAll<T extends keyof DB & string>(
  db: Kysely<DB>,
  table: T,
  rows: readonly Insertable<DB[T]>[],
): Promise<void> {
  if (!rows.length) return;
  const size = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / Object.keys(rows[0] as object).length));
  for (let i = 0; i < rows.length; i += size)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
}

export interface WriteContext {
  actor: Actor;
  /** Account id → argon2 hash, computed on libuv's threads while the rows go in. */
  passwordHashes: Promise<ReadonlyMap<string, string>>;
  /** The accounts' printed passwords are to be changed at the first sign-in. */
  mustChangePassword: boolean;
  detail: Record<string, unknown>;
}

/** Never a valid argon2 hash: no one can sign in with it, and the transaction replaces it before commit. */
const PENDING_HASH = '!pending';

export async function writeDemo(trx: Kysely<DB>, plan: DemoPlan, ctx: WriteContext): Promise<void> {
  const audit: Insertable<AuditEventTable>[] = [];
  const event = (entry: Omit<Insertable<AuditEventTable>, 'actor_id' | 'actor_name'>) =>
    audit.push({ actor_id: ctx.actor.id, actor_name: ctx.actor.name, ...entry });

  await insertAll(
    trx,
    'app_user',
    plan.accounts.map((a) => ({
      id: a.id,
      username: a.username,
      display_name: a.displayName,
      role: a.role,
      region_code: a.regionCode,
      phone: null,
      password_hash: PENDING_HASH,
      must_change_password: ctx.mustChangePassword,
    })),
  );
  for (const a of plan.accounts)
    event({
      action: 'user.created',
      entity: 'user',
      entity_id: a.id,
      region_code: a.regionCode,
      detail: JSON.stringify({ username: a.username, role: a.role, source: 'demo' }),
      child_id: null,
      changes: null,
    });

  await insertAll(trx, 'workforce_person', plan.ledger.people);
  await insertAll(trx, 'workforce_post', plan.ledger.posts);
  await insertAll(trx, 'training', plan.ledger.trainings);
  await insertAll(trx, 'training_record', plan.ledger.records);

  await insertAll(
    trx,
    'child',
    plan.records.map((r) => r.columns),
  );
  await insertAll(
    trx,
    'child_parent',
    plan.records.flatMap((r) => r.child.parents),
  );
  await insertAll(
    trx,
    'child_caregiver',
    plan.records.flatMap((r) => (r.child.caregiver ? [r.child.caregiver] : [])),
  );
  await insertAll(
    trx,
    'assessment',
    plan.records.map((r) => r.assessment),
  );
  await insertAll(
    trx,
    'contact',
    plan.records.flatMap((r) => r.history.contacts),
  );
  await insertAll(
    trx,
    'work_log',
    plan.records.flatMap((r) => r.history.workLogs),
  );
  await insertAll(
    trx,
    'intervention',
    plan.records.flatMap((r) => r.history.interventions),
  );
  const reports = plan.records.flatMap((r) =>
    r.history.mandatoryReport ? [{ ...r.history.mandatoryReport, id: randomUUID() }] : [],
  );
  await insertAll(trx, 'mandatory_report', reports);
  // The assistance a child's conditions say is in force (已落实保障, Annex 1's green lines), from registration on.
  const ASSISTANCE: Partial<Record<string, string>> = {
    'assist.dibao': 'dibao',
    'assist.dibao_marginal': 'dibao_marginal',
    'assist.tekun': 'tekun',
    'assist.expenditure_hardship': 'temporary',
    'disability.severe': 'rehabilitation',
  };
  await insertAll(
    trx,
    'child_assistance',
    plan.records.flatMap((r) =>
      r.child.row.conditions.flatMap((c) => {
        const kind = ASSISTANCE[c];
        return kind
          ? [
              {
                child_id: r.child.row.id,
                county_code: r.child.row.county_code,
                kind,
                starts_on: r.child.row.registered_on,
                ends_on: null,
                note: null,
                recorded_by: ctx.actor.id,
                recorded_by_name: ctx.actor.name,
              },
            ]
          : [];
      }),
    ),
  );
  const villageOf = new Map(plan.records.map((r) => [r.child.row.id, r.child.row.village_code]));

  for (const r of plan.records)
    event({
      action: 'demo.loaded',
      entity: 'child',
      entity_id: r.child.row.id,
      child_id: r.child.row.id,
      region_code: r.child.row.village_code,
      detail: JSON.stringify({ source: 'demo', kind: r.child.kind, ...ctx.detail }),
      changes: null,
    });
  for (const report of reports)
    event({
      action: 'mandatory_report.opened',
      entity: 'mandatory_report',
      entity_id: report.id,
      child_id: report.child_id,
      region_code: villageOf.get(report.child_id) ?? null,
      detail: JSON.stringify({ source: 'auto', factors: report.factors }),
      changes: null,
    });
  for (const report of reports.filter((r) => r.status === 'reported'))
    event({
      action: 'mandatory_report.reported',
      entity: 'mandatory_report',
      entity_id: report.id,
      child_id: report.child_id,
      region_code: villageOf.get(report.child_id) ?? null,
      detail: JSON.stringify({ reporterName: report.reporter_name, policeUnit: report.police_unit }),
      changes: null,
    });
  await insertAll(trx, 'audit_event', audit);

  const hashes = await ctx.passwordHashes;
  const pairs = plan.accounts.map((a) => {
    const hash = hashes.get(a.id);
    if (!hash) throw new Error(`no password hash for ${a.username}`);
    return sql`(${a.id}::uuid, ${hash})`;
  });
  for (let i = 0; i < pairs.length; i += 1000)
    await sql`
      update app_user set password_hash = v.hash
      from (values ${sql.join(pairs.slice(i, i + 1000))}) as v(id, hash)
      where app_user.id = v.id`.execute(trx);
}
