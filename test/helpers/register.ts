// Hand-built registers for report tests: children registered through the children service (so they are
// graded exactly as in use), interventions and contacts written as the casework records them.
import type { Kysely } from 'kysely';
import { idNumberFor } from './app.ts';
import type { DB } from '../../src/db/schema.ts';
import type { IsoDate } from '../../src/domain/dates.ts';
import { systemActor } from '../../src/modules/access/index.ts';
import { childCounty, childInput, createChild } from '../../src/modules/children/index.ts';
import type { ServiceContext } from '../../src/shared/service-context.ts';
import { recordContact } from '../../src/modules/casework/contacts.ts';
import { contactInput } from '../../src/modules/casework/schemas.ts';
import { createConference } from '../../src/modules/conferences/service.ts';
import { createReferrals } from '../../src/modules/referrals/service.ts';

export const AWAY = { statuses: ['migrant'], migrantMonths: 8, crossCounty: true, coreUrbanBoth: false };
export const LEFT_BEHIND_PARENTS = [
  { relation: 'father', ...AWAY },
  { relation: 'mother', ...AWAY },
];

export function serviceContext(db: Kysely<DB>, today: IsoDate): ServiceContext {
  return { db, actor: systemActor('测试'), today, deploymentRegion: null };
}

let sequence = 100;

/** Registers a child born on `birthDate` in `villageCode`; the rest of the record from `fields`. */
export async function register(
  ctx: ServiceContext,
  villageCode: string,
  birthDate: IsoDate,
  fields: Record<string, unknown> = {},
): Promise<string> {
  sequence += 1;
  const input = childInput.parse({
    name: `测试${sequence}`,
    idNumber: idNumberFor(birthDate, sequence),
    hukouType: 'rural',
    villageCode,
    registeredOn: '2025-01-01',
    ...fields,
  });
  return (await createChild(ctx, input)).id;
}

export async function intervene(db: Kysely<DB>, childId: string, on: IsoDate): Promise<void> {
  await db
    .insertInto('intervention')
    .values({ child_id: childId, county_code: childCounty(db, childId), occurred_on: on, kind: 'assistance' })
    .execute();
}

export async function contact(
  db: Kysely<DB>,
  childId: string,
  on: IsoDate,
  kind: 'visit' | 'phone' | 'video' = 'visit',
): Promise<void> {
  await db
    .insertInto('contact')
    .values({
      child_id: childId,
      county_code: childCounty(db, childId),
      occurred_on: on,
      kind,
      worker_name: '儿童主任',
      findings: '{}',
      conditions_added: [],
      conditions_cleared: [],
    })
    .execute();
}

/** The first village, by code, of a county (or any region prefix) the test database holds. */
export async function firstVillage(db: Kysely<DB>, prefix: string): Promise<string> {
  const { code } = await db
    .selectFrom('region')
    .select('code')
    .where('level', '=', 'village')
    .where('code', 'like', `${prefix}%`)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  return code;
}

/**
 * A case opened on a child of 普宁 at `now`: an education bureau of 普宁, a visit on 2026-11-21, a referral to the
 * bureau naming that visit, and a conference with the bureau (and `others` present) giving it a task.
 */
export async function openCase(
  ctx: ServiceContext & { now: Date },
  childId: string,
  others: { name: string; unit: string }[] = [],
) {
  const { id: department } = await ctx.db
    .insertInto('department')
    .values({ county_code: '445281', kind: 'education', name: '普宁市教育局' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const visit = await recordContact(
    ctx,
    childId,
    contactInput.parse({ kind: 'visit', occurredOn: '2026-11-21' }),
  );
  const [referral] = await createReferrals(ctx, childId, {
    finding: 'suspected_dropout',
    detail: '疑似辍学',
    departmentIds: [department],
    contactId: visit.id,
  });
  const conference = await createConference(ctx, childId, {
    topic: '复学安排',
    heldOn: '2026-11-22',
    participants: [{ departmentId: department }, ...others],
    decisions: '教育局负责劝返',
    actions: [{ description: '劝返复学', ownerDepartmentId: department, dueOn: '2026-12-01' }],
  });
  return { referral: referral!, conference };
}
